GOLD = "gold-f75.jsonl"
NOT_LITERAL = {("f7512", "Yekaterina Solovyova")}
ROLE_FROM_VERB = {("f7512", "founder"), ("f7513", "chair")}
WORDS = (420, 480)
