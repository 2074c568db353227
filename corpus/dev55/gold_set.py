GOLD = "gold-f55.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f5501", "founder"), ("f5501", "teacher"), ("f5505", "coordinator")}
WORDS = (420, 480)
