GOLD = "gold-f37.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f3701", "coordinator"), ("f3708", "leader")}
WORDS = (420, 480)
