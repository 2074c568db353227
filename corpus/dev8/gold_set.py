GOLD = "gold-f8.jsonl"
NOT_LITERAL = {("f801", "Kofi Boateng"), ("f803", "Verónica Sandoval-Ruiz"), ("f804", "Jhon Fredy Pérez Díaz"),
               ("f804", "Wilson Mosquera"), ("f808", "Stavroula Marinakis-Kelly"), ("f809", "Giuseppina Di Stefano-Roy"),
               ("f810", "New Jersey"), ("f811", "Seán Ó Briain"), ("f812", "Suresh Pillai"),
               ("f813", "Kirtikumar Mehta-Shah"), ("f813", "Bhavesh Lakhani"), ("f814", "Arulselvan Rajendran"),
               ("f817", "Jean-Robert Pierre-Louis"), ("f818", "Winston McFarlane"), ("f819", "Baran Şêxmûs")}
ROLE_FROM_VERB = {("f808", "player"), ("f809", "coordinator"), ("f813", "leader"), ("f816", "leader"),
                  ("f817", "director")}
WORDS = (380, 470)
