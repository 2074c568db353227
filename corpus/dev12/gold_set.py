GOLD = "gold-f12.jsonl"
NOT_LITERAL = {("f1211", "Rasim Guseinov"), ("f1211", "Olga Markina"), ("f1211", "Eldar Mamedov"),
               ("f1213", "Ilgar Rustamov"), ("f1213", "Ilgar Rustamovs"), ("f1213", "Shahla Rustamova"),
               ("f1216", "Kamran Behbudov"), ("f1216", "Kamran Behbudovs"), ("f1216", "Nigar Behbudova")}
ROLE_FROM_VERB = {("f1207", "head"), ("f1211", "head"), ("f1213", "chair"), ("f1209", "head")}
WORDS = (420, 480)
