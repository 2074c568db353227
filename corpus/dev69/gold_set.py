GOLD = "gold-f69.jsonl"
NOT_LITERAL = {("f6901", "Epeli Vuniwaqa"), ("f6907", "Nestor Magbanua"), ("f6908", "Hrayr Papazian"),
               ("f6910", "Levan Gogiberidze"), ("f6914", "Mykola Hrytsenko"), ("f6915", "Zvonimir Perković"),
               ("f6916", "Kārlis Ozols")}
ROLE_FROM_VERB = {("f6904", "chair"), ("f6906", "leader")}
WORDS = (420, 480)
