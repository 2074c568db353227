GOLD = "gold-f38.jsonl"
NOT_LITERAL = {("f3805", "Rodrigo Bautista")}
ROLE_FROM_VERB = {("f3801", "coordinator"), ("f3808", "leader")}
WORDS = (420, 480)
