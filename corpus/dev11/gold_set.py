GOLD = "gold-f11.jsonl"
NOT_LITERAL = {("f1101", "Yousif Khalid"), ("f1109", "George Kawabata"), ("f1110", "Óscar Chávez Monterroso"),
               ("f1111", "Illinois"), ("f1114", "Phonsavanh Sithideth")}
ROLE_FROM_VERB = {("f1101", "chair")}
WORDS = (420, 470)
