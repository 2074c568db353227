GOLD = "gold-f28.jsonl"
NOT_LITERAL = {("f2811", "Sherzod Rakhimov")}
ROLE_FROM_VERB = {("f2801", "chair")}
WORDS = (420, 480)
