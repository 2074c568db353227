GOLD = "gold-f24.jsonl"
NOT_LITERAL = {("f2403", "Maria Concepcion Dimaculangan-Reyes"),
               ("f2404", "Overseas Election Committee of Kuala Lumpur")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
