GOLD = "gold-f31.jsonl"
NOT_LITERAL = {("f3101", "Migrant Workers Office in Prague")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
