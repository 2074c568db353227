GOLD = "gold-f27.jsonl"
NOT_LITERAL = {("f2703", "Garbis Hagopian"), ("f2706", "Adnan Begić")}
ROLE_FROM_VERB = {("f2704", "commander"), ("f2711", "teacher"), ("f2713", "founder"), ("f2714", "leader")}
WORDS = (420, 480)
