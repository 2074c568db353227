GOLD = "gold-f57.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f5709", "founder")}
WORDS = (420, 480)
