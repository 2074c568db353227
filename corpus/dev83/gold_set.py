GOLD = "gold-f83.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = set()
WORDS = (420, 480)
