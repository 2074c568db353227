GOLD = "gold-f74.jsonl"
NOT_LITERAL = {("f7404", "Nurmemet Yasinov"), ("f7408", "Eskender Bekirov")}
ROLE_FROM_VERB = {("f7410", "teacher"), ("f7411", "leader"), ("f7416", "teacher"), ("f7416", "producer")}
WORDS = (420, 480)
