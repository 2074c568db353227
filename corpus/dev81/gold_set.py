GOLD = "gold-f81.jsonl"
NOT_LITERAL = {("f8113", "Rodrigo Santana")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
