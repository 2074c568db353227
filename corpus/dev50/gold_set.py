GOLD = "gold-f50.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f5003", "teacher"), ("f5013", "chair"), ("f5014", "chair"), ("f5015", "chair")}
WORDS = (420, 480)
