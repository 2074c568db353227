GOLD = "gold-f46.jsonl"
NOT_LITERAL = {("f4601", "Irina Petrova"), ("f4601", "Pavel Demidov"),
               ("f4602", "Stanislav Dubrovsky"), ("f4602", "Olga Yaroshevich"), ("f4602", "Aleksei Kovalyonok"),
               ("f4603", "Daniyar Kaliyev"), ("f4603", "Serik Zhaksybekov"), ("f4603", "Madina Abenova"),
               ("f4604", "Jamshid Toshpulatov"), ("f4604", "Dilfuza Saidova"), ("f4604", "Rustam Abdullayev"),
               ("f4604", "Gulnora Nazarova"), ("f4604", "Madina Karimova"), ("f4604", "Timur Yusupov"),
               ("f4604", "Nilufar Ergasheva"), ("f4604", "Sardor Rahimov"),
               ("f4605", "Aibek Sydykov"), ("f4605", "Almaz Toktosunov"), ("f4605", "Kanybek Zhumaliev"),
               ("f4610", "Karen Sarkisyan"), ("f4610", "Karen Sargsyan"),
               ("f4616", "Alan Tamerlanovich Gabaraev"), ("f4616", "Alan Gabaraev"), ("f4616", "Kazbek Dzutsev"),
               ("f4616", "Zarina Tsagaeva"), ("f4616", "Taymuraz Kozaev"), ("f4616", "Ruslan Tsagaev")}
ROLE_FROM_VERB = {("f4601", "chair"), ("f4606", "head"), ("f4607", "leader"), ("f4607", "teacher"),
                  ("f4611", "teacher"), ("f4612", "chair"), ("f4615", "teacher")}
WORDS = (420, 480)
