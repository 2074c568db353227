GOLD = "gold-f76.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f7609", "head")}
WORDS = (420, 480)
