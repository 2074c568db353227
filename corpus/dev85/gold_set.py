GOLD = "gold-f85.jsonl"
NOT_LITERAL = {("f8506", "Stanisław Kowal"), ("f8511", "Rodrigo Araya")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
