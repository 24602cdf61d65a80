⟦Mali|L⟧ : le blocus du carburant imposé par le ⟦JNIM|O|Groupe de soutien à l'islam et aux musulmans⟧ asphyxie ⟦Bamako|L⟧

⟦Bamako|L⟧, ⟦29 octobre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Des files de plus d'⟦un kilomètre|Q:measure|1|km|1⟧ devant les stations-service, des écoles fermées et des coupures d'électricité de près de ⟦20 heures|Q:duration|20|hour|1⟧ par jour : près de ⟦deux mois|Q:duration|2|month|1⟧ après le début du blocus imposé par les jihadistes du ⟦Groupe de soutien à l'islam et aux musulmans|O⟧ (⟦JNIM|O|Groupe de soutien à l'islam et aux musulmans⟧), la capitale ⟦malienne|N⟧ suffoque.

Depuis ⟦début septembre|D⟧, les combattants liés à ⟦Al-Qaïda|O⟧ attaquent les convois de camions-citernes venus du ⟦Sénégal|L⟧ et de ⟦Côte d'Ivoire|L⟧ sur les axes qui mènent à la capitale. Selon l'⟦Union des transporteurs routiers du Mali|O⟧, au moins ⟦120|Q:count|120||1⟧ camions ont été incendiés et ⟦une quarantaine|Q:count|40||1⟧ de chauffeurs enlevés ou tués. Le ⟦JNIM|O|Groupe de soutien à l'islam et aux musulmans⟧, qui a annoncé en ⟦septembre|D⟧ l'interdiction de toute importation de carburant vers les régions de ⟦Kayes|L⟧ et de ⟦Nioro du Sahel|L⟧, entend ainsi étrangler la junte au pouvoir depuis ⟦2020|D⟧.

Dans les rues, la vie tourne au ralenti. «{NBSP}On dort devant la station depuis ⟦deux jours|Q:duration|2|day|0⟧. Quand le camion arrive, il y a ⟦300|Q:count|300||0⟧ motos pour ⟦4{NBSP}000 litres|Q:measure|4000|L|0⟧{NBSP}», raconte ⟦Moussa Diarra|P⟧, un chauffeur de taxi de ⟦34 ans|Q:duration|34|year|0⟧ rencontré dans le quartier de ⟦Hamdallaye|L⟧. Le litre d'essence, officiellement vendu ⟦775 francs CFA|Q:money|775|XOF|0⟧, s'échange jusqu'à ⟦2{NBSP}500 francs CFA|Q:money|2500|XOF|1⟧ au marché noir.

Les autorités ont ordonné le ⟦26 octobre|D⟧ la fermeture des écoles et des universités pour ⟦deux semaines|Q:duration|2|week|0⟧. Le président de la transition, le général ⟦Assimi Goïta|P⟧, a appelé ⟦mardi|D⟧ les ⟦Maliens|N⟧ à «{NBSP}la résilience{NBSP}» et assuré que l'armée «{NBSP}maîtrise la situation{NBSP}» le long des corridors.

Escortes ⟦russes|N⟧

Les convois sont désormais escortés par les ⟦Forces armées maliennes|O⟧ (⟦FAMa|O|Forces armées maliennes⟧), appuyées par les paramilitaires ⟦russes|N⟧ de l'⟦Africa Corps|O⟧, qui a succédé au groupe ⟦Wagner|O|groupe Wagner⟧ en ⟦juin|D⟧. Mais plusieurs escortes sont tombées dans des embuscades, notamment le ⟦14 septembre|D⟧ près de ⟦Kati|L⟧, à ⟦une quinzaine de kilomètres|Q:measure|15|km|1⟧ de ⟦Bamako|L⟧. «{NBSP}Les jihadistes ont compris que le carburant était le point faible du régime{NBSP}», estime ⟦Ousmane Traoré|P⟧, chercheur à l'⟦Institut d'études de sécurité|O⟧ (⟦ISS|O|Institut d'études de sécurité⟧), joint par téléphone à ⟦Dakar|L⟧. Selon lui, le groupe cherche moins à prendre la capitale qu'à provoquer un soulèvement contre les militaires.

Selon la télévision publique ⟦ORTM|O|Office de radiodiffusion télévision du Mali⟧, la ⟦Russie|L⟧ a promis de livrer ⟦160{NBSP}000 tonnes|Q:measure|160000|t|0⟧ de produits pétroliers d'ici ⟦la fin de l'année|D⟧. Le ⟦Mali|L⟧ importe chaque année environ ⟦1,2 million de tonnes|Q:measure|1200000|t|1⟧ de carburant, dont plus de ⟦60{NBSP}%|Q:percent|60|%|1⟧ transitent par le port de ⟦Dakar|L⟧, d'après le ⟦ministère de l'Économie et des Finances|O|ministère malien de l'Économie et des Finances⟧. La ⟦Banque mondiale|O⟧ a abaissé sa prévision de croissance pour ⟦2025|D⟧ à ⟦3,1{NBSP}%|Q:percent|3.1|%|0⟧, contre ⟦5{NBSP}%|Q:percent|5|%|0⟧ attendus en ⟦avril|D⟧.

Les ⟦États-Unis|L⟧ ont ordonné ⟦fin octobre|D⟧ le départ de leur personnel diplomatique non essentiel, et l'⟦ambassade des États-Unis à Bamako|O|ambassade des États-Unis⟧ a appelé ses ressortissants à quitter le pays «{NBSP}sans délai{NBSP}». La ⟦France|L⟧, dont les troupes ont quitté le pays en ⟦2022|D⟧, a fait de même.

À l'approche de la saison sèche, l'inquiétude grandit. «{NBSP}Si ça continue encore ⟦un mois|Q:duration|1|month|0⟧, les boulangeries vont fermer{NBSP}», prévient ⟦Aminata Coulibaly|P⟧, commerçante au grand marché de ⟦Bamako|L⟧, qui dit avoir déjà perdu la moitié de sa clientèle.
===ATTR===
according-to | Union des transporteurs routiers du Mali | Union des transporteurs routiers du Mali | Selon#1 | au moins 120 camions ont été incendiés et une quarantaine de chauffeurs enlevés ou tués
indirect | qui | Groupe de soutien à l'islam et aux musulmans | a annoncé | l'interdiction de toute importation de carburant vers les régions de Kayes et de Nioro du Sahel
direct | Moussa Diarra | Moussa Diarra | raconte | On dort devant la station depuis deux jours. Quand le camion arrive, il y a 300 motos pour 4 000 litres
mixed | Assimi Goïta | Assimi Goïta | a appelé#1 | les Maliens à « la résilience »
mixed | Assimi Goïta | Assimi Goïta | assuré | l'armée « maîtrise la situation » le long des corridors
direct | Ousmane Traoré | Ousmane Traoré | estime | Les jihadistes ont compris que le carburant était le point faible du régime
according-to | lui | Ousmane Traoré | Selon#2 | le groupe cherche moins à prendre la capitale qu'à provoquer un soulèvement contre les militaires
according-to | ORTM | Office de radiodiffusion télévision du Mali | Selon#3 | la Russie a promis de livrer 160 000 tonnes de produits pétroliers d'ici la fin de l'année
indirect | Russie | Russie | a promis | de livrer 160 000 tonnes de produits pétroliers d'ici la fin de l'année
according-to | ministère de l'Économie et des Finances | ministère malien de l'Économie et des Finances | d'après | Le Mali importe chaque année environ 1,2 million de tonnes de carburant, dont plus de 60 % transitent par le port de Dakar
mixed | ambassade des États-Unis à Bamako | ambassade des États-Unis | a appelé#2 | ses ressortissants à quitter le pays « sans délai »
direct | Aminata Coulibaly | Aminata Coulibaly | prévient | Si ça continue encore un mois, les boulangeries vont fermer
indirect | qui | Aminata Coulibaly | dit | avoir déjà perdu la moitié de sa clientèle
