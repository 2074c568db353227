GOLD = "gold-f86.jsonl"
NOT_LITERAL = {("f8605", "Dara Hernon"), ("f8607", "Nurbek Abdykadyrov"), ("f8609", "Aurelio Lorenzo")}
ROLE_FROM_VERB = {("f8604", "head"), ("f8608", "founder"), ("f8611", "owner")}
WORDS = (420, 480)
