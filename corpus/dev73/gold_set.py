GOLD = "gold-f73.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f7301", "co-founder"), ("f7306", "founder"), ("f7312", "founder")}
WORDS = (420, 480)
