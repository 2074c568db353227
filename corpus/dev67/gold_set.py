GOLD = "gold-f67.jsonl"
NOT_LITERAL = {("f6714", "Emir Hodžić")}
ROLE_FROM_VERB = {("f6709", "head")}
WORDS = (420, 480)
