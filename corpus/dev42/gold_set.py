GOLD = "gold-f42.jsonl"
NOT_LITERAL = {("f4207", "Leyla Huseynova"), ("f4208", "Elvin Mammadov")}
ROLE_FROM_VERB = {("f4203", "leader"), ("f4204", "founder"), ("f4204", "chair"), ("f4207", "leader"),
                  ("f4208", "leader"), ("f4215", "chair")}
WORDS = (420, 480)
