GOLD = "gold-f86.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f8604", "head")}
WORDS = (420, 480)
