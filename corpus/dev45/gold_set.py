GOLD = "gold-f45.jsonl"
NOT_LITERAL = {("f4502", "Overseas Friends of BJP Australia"), ("f4502", "Indian Overseas Congress Australia")}
ROLE_FROM_VERB = {("f4501", "teacher"), ("f4515", "teacher")}
WORDS = (420, 480)
