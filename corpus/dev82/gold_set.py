GOLD = "gold-f82.jsonl"
NOT_LITERAL = {("f8201", "Panagiotis Hatzis"), ("f8201", "Kalliopi Koutsoukou"),
               ("f8203", "António Cabral"), ("f8203", "Jacinto Raposo"), ("f8203", "Rhode Island"),
               ("f8204", "Taras Hnatiuk"), ("f8204", "Oksana Boiko"), ("f8204", "Mykola Boiko")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
