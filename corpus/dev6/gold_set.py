# What scripts/blind_gold.py needs to know about this set (see its doc comment).
GOLD = "gold-f6.jsonl"
# aliases that are legitimate variants but do not occur literally: full names of states given only by postal
# abbreviation (GUIDELINES: "a state given only by its postal abbreviation ... with the full name as an alias")
# and the full name of one of two twins named as a pair ("Dimitra and Yannis Alexopoulos", as the seed gold does)
NOT_LITERAL = {("f602", "California"), ("f613", "Rhode Island"), ("f614", "Dimitra Alexopoulos")}
# roles that are the noun of a verb in the text ("who teaches at", "who co-founded", "who led", "who founded")
ROLE_FROM_VERB = {("f602", "teacher"), ("f606", "co-founder"), ("f612", "leader"), ("f612", "teacher"),
                  ("f615", "founder"), ("f617", "teacher")}
WORDS = (350, 650)
