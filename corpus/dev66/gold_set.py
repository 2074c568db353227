GOLD = "gold-f66.jsonl"
NOT_LITERAL = {("f6614", "Ma. Cristina Soriano-Lim")}
ROLE_FROM_VERB = {("f6601", "chair"), ("f6603", "founder"), ("f6604", "chair"), ("f6608", "head"),
                  ("f6614", "founder")}
WORDS = (420, 480)
