GOLD = "gold-f84.jsonl"
NOT_LITERAL = {("f8401", "California"), ("f8401", "New Mexico"), ("f8405", "New South Wales"),
               ("f8407", "Minnesota"), ("f8407", "Georgia"), ("f8407", "Indiana"), ("f8410", "Illinois"),
               ("f8414", "Maryland"), ("f8414", "Kansas"), ("f8416", "Virginia")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
