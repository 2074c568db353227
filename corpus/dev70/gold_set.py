GOLD = "gold-f70.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f7004", "chair"), ("f7005", "chair"), ("f7007", "coordinator")}
WORDS = (420, 480)
