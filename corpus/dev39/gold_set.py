GOLD = "gold-f39.jsonl"
NOT_LITERAL = {("f3911", "Rosalinda Macapagal-Tiu"), ("f3911", "Migrant Workers Office in Hong Kong")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
