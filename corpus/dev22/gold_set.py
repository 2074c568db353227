GOLD = "gold-f22.jsonl"
NOT_LITERAL = {("f2202", "Ravshan Abdurakhmonov"), ("f2209", "Sevinj Mammadova"),
               ("f2211", "Consulate General of the Republic of Indonesia in Hong Kong"),
               ("f2213", "Petar Nedelchev")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
