GOLD = "gold-f32.jsonl"
NOT_LITERAL = {("f3212", "Mirsad Kovačević")}
ROLE_FROM_VERB = {("f3211", "leader")}
WORDS = (420, 480)
