GOLD = "gold-f72.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f7209", "founder"), ("f7215", "founder")}
WORDS = (420, 480)
