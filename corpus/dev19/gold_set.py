GOLD = "gold-f19.jsonl"
NOT_LITERAL = {("f1905", "Alexander Terekhin"), ("f1905", "Yekaterina Soboleva")}
ROLE_FROM_VERB = {("f1902", "leader")}
WORDS = (420, 480)
