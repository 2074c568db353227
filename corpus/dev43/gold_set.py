GOLD = "gold-f43.jsonl"
NOT_LITERAL = {("f4301", "Nigerians in Diaspora Organisation in Ireland"), ("f4309", "Mohamed Abdi Nur")}
ROLE_FROM_VERB = {("f4311", "chair"), ("f4314", "coordinator")}
WORDS = (420, 480)
