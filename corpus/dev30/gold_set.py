GOLD = "gold-f30.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f3002", "chair"), ("f3009", "chair"), ("f3013", "founder"), ("f3014", "chair")}
WORDS = (420, 480)
