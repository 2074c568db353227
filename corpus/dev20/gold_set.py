GOLD = "gold-f20.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f2005", "co-founder"), ("f2013", "teacher")}
WORDS = (420, 480)
