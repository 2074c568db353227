GOLD = "gold-f19.jsonl"
NOT_LITERAL = {("f1905", "Alexander Terekhin"), ("f1905", "Yekaterina Soboleva"), ("f1916", "Zelimkhan Abdurzakov")}
ROLE_FROM_VERB = {("f1902", "leader"), ("f1909", "teacher")}
WORDS = (420, 480)
