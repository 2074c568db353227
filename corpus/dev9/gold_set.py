GOLD = "gold-f9.jsonl"
NOT_LITERAL = {("f904", "Tevita Vaipulu"), ("f904", "New South Wales"), ("f905", "Dúlio Furtado"),
               ("f913", "Jorge Luiz Nascimento"), ("f913", "Massachusetts"), ("f915", "Héctor Vásquez"),
               ("f915", "Massachusetts"), ("f916", "Mercedes Valdés-Iglesias"), ("f916", "Florida")}
ROLE_FROM_VERB = {("f911", "coordinator"), ("f913", "member"), ("f914", "leader"), ("f910", "mayor")}
WORDS = (380, 470)
