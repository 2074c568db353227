GOLD = "gold-f47.jsonl"
NOT_LITERAL = {("f4702", "Elvin Rustamov"), ("f4702", "Elvin Rustamovs"), ("f4702", "Gunay Rustamova"),
               ("f4714", "Farrukh Nazarov"), ("f4714", "Farrukh Nazarovs")}
ROLE_FROM_VERB = {("f4706", "chair")}
WORDS = (420, 480)
