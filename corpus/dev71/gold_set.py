GOLD = "gold-f71.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f7106", "volunteer"), ("f7108", "chair"), ("f7116", "producer")}
WORDS = (420, 480)
