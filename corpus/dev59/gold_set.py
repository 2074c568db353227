GOLD = "gold-f59.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f5901", "chair"), ("f5905", "chair"), ("f5913", "chair")}
WORDS = (420, 480)
