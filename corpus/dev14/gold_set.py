GOLD = "gold-f14.jsonl"
NOT_LITERAL = {("f1409", "Bakyt Osmonaliev"), ("f1412", "Jose Maria Macaraeg")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
