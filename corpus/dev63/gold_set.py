GOLD = "gold-f63.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f6311", "coordinator"), ("f6316", "director")}
WORDS = (420, 480)
