GOLD = "gold-f82.jsonl"
NOT_LITERAL = {("f8201", "Panagiotis Hatzis"), ("f8201", "Kalliopi Koutsoukou"),
               ("f8203", "António Cabral"), ("f8203", "Jacinto Raposo"), ("f8203", "Rhode Island"),
               ("f8204", "Taras Hnatiuk"), ("f8204", "Oksana Boiko"), ("f8204", "Mykola Boiko"),
               ("f8206", "Gábor Tóth"), ("f8206", "Ildikó Varga"), ("f8206", "Péter Szabó-Leclerc"),
               ("f8206", "Lajos Molnár"), ("f8206", "Margit Kovács"),
               ("f8207", "Rosina Straface"), ("f8207", "Domenico Pirillo"),
               ("f8209", "Vesna Jurić"),
               ("f8211", "Savita Desai"),
               ("f8212", "Marcia Osei"), ("f8212", "Marcia Campbell"), ("f8212", "Lloyd Campbell"),
               ("f8212", "Keisha Baptiste"), ("f8212", "Errol Baptiste"), ("f8212", "Samuel Mensah"),
               ("f8212", "Ivy Louise Spence"), ("f8212", "Ivy Spence"), ("f8212", "Augustin Charles"),
               ("f8212", "Pearl Joseph"),
               ("f8214", "Christos Charalambous"),
               ("f8215", "Babatunde Adeyemi")}
ROLE_FROM_VERB = {("f8214", "founder"), ("f8215", "founder")}
WORDS = (420, 480)
