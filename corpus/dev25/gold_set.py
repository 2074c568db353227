GOLD = "gold-f25.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f2504", "leader"), ("f2505", "founder")}
WORDS = (420, 480)
