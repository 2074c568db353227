GOLD = "gold-f65.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f6508", "chair")}
WORDS = (420, 480)
