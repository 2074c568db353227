GOLD = "gold-f33.jsonl"
NOT_LITERAL = {("f3314", "Ayub Elmurzaev")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
