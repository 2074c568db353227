GOLD = "gold-f21.jsonl"
NOT_LITERAL = {("f2101", "Yekaterina Zhuravleva"), ("f2101", "Dmitry Saveliev"),
               ("f2109", "Yerlan Tokhtarov"), ("f2109", "Marat Dzhaksybekov"),
               ("f2110", "Bahodir Sultonov"), ("f2110", "Alisher Nazarov"), ("f2110", "Viktor Lagutin")}
ROLE_FROM_VERB = {("f2104", "founder"), ("f2104", "chair"), ("f2111", "founder")}
WORDS = (420, 480)
