GOLD = "gold-f79.jsonl"
NOT_LITERAL = {("f7906", "Səbinə Hüseynova")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
