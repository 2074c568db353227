GOLD = "gold-f51.jsonl"
NOT_LITERAL = {("f5102", "Illinois"), ("f5102", "Marek Sikora"), ("f5107", "Pennsylvania"),
               ("f5108", "United States"), ("f5108", "New Jersey"), ("f5111", "Maryland"),
               ("f5113", "Massachusetts"), ("f5101", "Massachusetts")}
ROLE_FROM_VERB = {("f5102", "founder"), ("f5107", "founder")}
WORDS = (420, 480)
