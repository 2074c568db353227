GOLD = "gold-f36.jsonl"
NOT_LITERAL = {("f3601", "Aldona Vaitkutė"), ("f3602", "Anahit Petrosyan"), ("f3604", "Drita Gjonaj"),
               ("f3607", "Stevan Rakić"), ("f3607", "Desanka Rakić"), ("f3609", "Manuel Fortes"),
               ("f3616", "Regina Schapira")}
ROLE_FROM_VERB = {("f3602", "teacher"), ("f3606", "founder"), ("f3608", "founder")}
WORDS = (420, 480)
