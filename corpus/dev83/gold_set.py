GOLD = "gold-f83.jsonl"
NOT_LITERAL = {("f8315", "Finland"), ("f8315", "Portugal")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
