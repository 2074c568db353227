GOLD = "gold-f35.jsonl"
NOT_LITERAL = {("f3504", "Omar Barakat")}
ROLE_FROM_VERB = {("f3501", "volunteer"), ("f3503", "volunteer"), ("f3511", "chair")}
WORDS = (420, 480)
