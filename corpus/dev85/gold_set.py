GOLD = "gold-f85.jsonl"
NOT_LITERAL = {("f8506", "Stanisław Kowal")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
