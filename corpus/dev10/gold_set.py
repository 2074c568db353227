GOLD = "gold-f10.jsonl"
NOT_LITERAL = {("f1001", "Talant Moldokulov"), ("f1002", "Rustam Nazarov"), ("f1002", "Sherali Ismoilov"),
               ("f1002", "Zarina Ismoilova"), ("f1004", "Vasile Munteanu"), ("f1005", "Stoyan Kolev"),
               ("f1005", "Stoyan Kolevi"), ("f1006", "Milan Todorović"),
               ("f1008", "Senad Begić"), ("f1008", "Sead Hodžić"),
               ("f1011", "Nur Aisyah Kamaruddin"), ("f1013", "Rowena Pacquing-Dimaculangan"), ("f1013", "Rodel Villanueva"),
               ("f1013", "Migrant Workers Office in Hong Kong")}
ROLE_FROM_VERB = {("f1005", "founder")}
WORDS = (420, 470)
