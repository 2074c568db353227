GOLD = "gold-f23.jsonl"
NOT_LITERAL = {("f2311", "Albanian Cultural Association Bashkimi")}
ROLE_FROM_VERB = {("f2310", "leader"), ("f2310", "coordinator"), ("f2310", "founder")}
WORDS = (420, 480)
