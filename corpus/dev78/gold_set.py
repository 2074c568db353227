GOLD = "gold-f78.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f7803", "chair"), ("f7816", "editor")}
WORDS = (420, 480)
