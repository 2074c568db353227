GOLD = "gold-f64.jsonl"
NOT_LITERAL = {("f6415", "Maria Cristina Dalisay")}
ROLE_FROM_VERB = {("f6403", "chair"), ("f6406", "convenor"), ("f6410", "owner"), ("f6413", "lecturer")}
WORDS = (420, 480)
