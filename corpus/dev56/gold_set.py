GOLD = "gold-f56.jsonl"
NOT_LITERAL = set()
ROLE_FROM_VERB = {("f5601", "leader"), ("f5603", "conductor"), ("f5606", "founder"), ("f5607", "co-founder"),
                  ("f5607", "volunteer"), ("f5610", "teacher"), ("f5612", "host"), ("f5612", "teacher"),
                  ("f5614", "founder"), ("f5615", "dancer"), ("f5616", "founder"), ("f5616", "teacher")}
WORDS = (420, 480)
