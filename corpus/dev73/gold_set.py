GOLD = "gold-f73.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f7301", "co-founder")}
WORDS = (420, 480)
