GOLD = "gold-f53.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f5303", "founder"), ("f5304", "teacher"), ("f5305", "chair"), ("f5307", "chair"),
                  ("f5316", "chair")}
WORDS = (420, 480)
