GOLD = "gold-f54.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f5402", "coordinator"), ("f5403", "leader"), ("f5410", "researcher")}
WORDS = (420, 480)
