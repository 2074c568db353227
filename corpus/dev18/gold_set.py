GOLD = "gold-f18.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f1811", "teacher")}
WORDS = (420, 480)
