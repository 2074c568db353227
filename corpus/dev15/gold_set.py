GOLD = "gold-f15.jsonl"
NOT_LITERAL = {("f1510", "Tharshika Sivapalan")}
ROLE_FROM_VERB = {("f1506", "founder")}
WORDS = (420, 480)
