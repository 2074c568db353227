# What scripts/blind_gold.py needs to know about this set (see its doc comment).
GOLD = "gold-f5.jsonl"
# aliases that are legitimate variants but do not occur literally (parenthesised acronym removed)
NOT_LITERAL = {("f514", "AK Party"), ("f514", "Justice and Development Party")}
# roles that are the noun of a verb in the text ("who founded ORG", "represents ORG")
ROLE_FROM_VERB = {("f502", "founder"), ("f516", "representative")}
WORDS = (280, 450)
