GOLD = "gold-f13.jsonl"
NOT_LITERAL = {("f1308", "Vladislav Kan"), ("f1314", "Committee of Italians Abroad of Charleroi"),
               ("f1315", "Boris Kandinov")}
ROLE_FROM_VERB = {("f1305", "teacher"), ("f1308", "leader"), ("f1309", "chair"), ("f1316", "volunteer"),
                  ("f1302", "volunteer")}
WORDS = (420, 480)
