GOLD = "gold-f40.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f4013", "chair"), ("f4014", "teacher")}
WORDS = (420, 480)
