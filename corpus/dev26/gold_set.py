GOLD = "gold-f26.jsonl"
NOT_LITERAL = {("f2613", "Florida")}
ROLE_FROM_VERB = {("f2601", "head"), ("f2601", "chair"), ("f2603", "chair"), ("f2606", "chair"), ("f2609", "chair"),
                  ("f2609", "adviser"), ("f2612", "coordinator"), ("f2614", "chair")}
WORDS = (420, 480)
