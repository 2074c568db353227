GOLD = "gold-f61.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f6103", "chair"), ("f6106", "coordinator"), ("f6109", "chair"), ("f6113", "chair"),
                  ("f6114", "head"), ("f6115", "founder")}
WORDS = (420, 480)
