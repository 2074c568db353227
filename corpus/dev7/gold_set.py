# What scripts/blind_gold.py needs to know about this set (see its doc comment).
GOLD = "gold-f7.jsonl"
# aliases that are legitimate variants but do not occur literally: individual names of a couple named as a pair
# ("Elnur and Sevda Huseynovs", "Irakli and Mariam Jorjadzes", as the seed gold does for "Ilgar and Peri Mamedovs"),
# a name without its nickname in quotation marks (Rodelio "Jun" Bautista, Anoushiravan "Ash" Mehrabi) and the full
# name of a province given only as an abbreviation ("B.C.")
NOT_LITERAL = {("f702", "Elnur Huseynov"), ("f702", "Elnur Huseynovs"), ("f702", "Sevda Huseynova"),
               ("f710", "Irakli Jorjadze"), ("f710", "Irakli Jorjadzes"),
               ("f713", "Rodelio Bautista"), ("f717", "Anoushiravan Mehrabi"), ("f717", "Ash Mehrabi"),
               ("f717", "British Columbia")}
# roles that are the noun of a verb in the text ("who teach", "led by", "will represent"), or the singular of a
# plural role noun ("deputies of the ... Legislature")
ROLE_FROM_VERB = {("f709", "deputy"), ("f710", "teacher"), ("f710", "leader"), ("f712", "representative")}
WORDS = (350, 600)
