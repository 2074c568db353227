GOLD = "gold-f34.jsonl"
NOT_LITERAL = {("f3401", "Vugar Safarli"), ("f3401", "Gulnara Rzayeva"), ("f3404", "Yerlan Zhaksylykov"),
               ("f3405", "Sherzod Nurmatov"), ("f3406", "Nurlan Toktosunov")}
ROLE_FROM_VERB = set()
WORDS = (420, 480)
