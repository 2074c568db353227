GOLD = "gold-f49.jsonl"
NOT_LITERAL = {("f4908", "Dejan Lazarević"), ("f4908", "Milan Đorđević"), ("f4911", "Abdirahman Warsame"),
               ("f4915", "Obinna Nwachukwu-Reid")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
