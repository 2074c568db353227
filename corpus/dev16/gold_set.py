GOLD = "gold-f16.jsonl"
NOT_LITERAL = {("f1602", "Kamran Rzayev"), ("f1604", "Ilgar Huseynov"), ("f1604", "Galina Lukashina")}
ROLE_FROM_VERB = {("f1613", "head")}
WORDS = (420, 480)
