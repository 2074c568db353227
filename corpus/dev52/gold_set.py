GOLD = "gold-f52.jsonl"
NOT_LITERAL = {("f5201", "California"), ("f5215", "Michigan"), ("f5215", "South Carolina"), ("f5215", "New York")}
ROLE_FROM_VERB = {("f5201", "chair"), ("f5202", "chair"), ("f5208", "head"), ("f5212", "coordinator"),
                  ("f5213", "chair"), ("f5216", "chair")}
WORDS = (420, 480)
