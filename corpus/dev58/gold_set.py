GOLD = "gold-f58.jsonl"
NOT_LITERAL = {("f5802", "Arsenije Lazić"), ("f5802", "Justin Ilić"), ("f5807", "Emir Hodžić"),
               ("f5807", "Nedžad Alić"), ("f5809", "Simon Toledano")}
ROLE_FROM_VERB = {("f5803", "teacher"), ("f5806", "leader"), ("f5813", "chair"), ("f5815", "coordinator")}
WORDS = (420, 480)
