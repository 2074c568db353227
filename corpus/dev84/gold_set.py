GOLD = "gold-f84.jsonl"
NOT_LITERAL = {("f8401", "California"), ("f8401", "New Mexico")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
