GOLD = "gold-f48.jsonl"
NOT_LITERAL = {("f4803", "Erskine Marshall")}
ROLE_FROM_VERB = {("f4801", "chair"), ("f4802", "leader")}
WORDS = (420, 480)
