GOLD = "gold-f41.jsonl"
NOT_LITERAL = {("f4104", "Migrant Workers Office in Taichung")}
ROLE_FROM_VERB = {("f4107", "chair")}
WORDS = (420, 480)
