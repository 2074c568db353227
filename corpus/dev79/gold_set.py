GOLD = "gold-f79.jsonl"
NOT_LITERAL = {("f7906", "Səbinə Hüseynova")}
ROLE_FROM_VERB = {("f7910", "teacher")}
WORDS = (420, 480)
