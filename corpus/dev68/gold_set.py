GOLD = "gold-f68.jsonl"
NOT_LITERAL = {("f6801", "Nargiz Guliyeva"), ("f6804", "Hatice Özkan"), ("f6808", "Olena Hrytsenko"),
               ("f6808", "Iryna Savchuk")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
