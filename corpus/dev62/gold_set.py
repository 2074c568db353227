GOLD = "gold-f62.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f6203", "founder"), ("f6204", "founder"), ("f6208", "founder"), ("f6211", "founder"),
                  ("f6213", "founder"), ("f6214", "founder")}
WORDS = (420, 480)
