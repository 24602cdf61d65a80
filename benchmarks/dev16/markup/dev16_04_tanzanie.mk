⟦Tanzanie|L⟧ : ⟦Samia Suluhu Hassan|P⟧ proclamée réélue avec ⟦98 %|Q:percent|98|%|0⟧, l’opposition parle de ⟦centaines|Q:count|100||1⟧ de morts

La ⟦Commission électorale nationale indépendante|O⟧ (⟦INEC|O|Commission électorale nationale indépendante⟧) a proclamé ⟦samedi 1er novembre|D⟧ la réélection de la présidente ⟦Samia Suluhu Hassan|P⟧, créditée de ⟦97,66 %|Q:percent|97.66|%|0⟧ des voix à l’issue du scrutin de ⟦mercredi|D⟧. La participation aurait atteint ⟦87 %|Q:percent|87|%|0⟧, un chiffre contesté par l’opposition, qui décrit des bureaux de vote déserts dans les grandes villes.

Le vote a été marqué par des manifestations durement réprimées à ⟦Dar es Salaam|L⟧, ⟦Arusha|L⟧ et ⟦Mwanza|L⟧. Internet reste coupé à l’échelle du pays depuis ⟦mercredi midi|D⟧, selon l’observatoire ⟦NetBlocks|O⟧. Les autorités ont imposé un couvre-feu à partir de ⟦18 heures|D⟧ dans la capitale économique, où l’armée patrouille dans les quartiers populaires.

Le principal parti d’opposition, ⟦Chadema|O|Chama cha Demokrasia na Maendeleo⟧, exclu du scrutin, affirme que «{NBSP}près de ⟦700|Q:count|700||1⟧ personnes{NBSP}» ont été tuées par les forces de sécurité, un bilan impossible à vérifier de source indépendante. Le ⟦Haut-Commissariat des Nations unies aux droits de l’homme|O⟧ a fait état ⟦jeudi|D⟧ d’«{NBSP}au moins ⟦dix|Q:count|10||1⟧ morts{NBSP}» dans ⟦trois|Q:count|3||0⟧ villes et appelé à une enquête «{NBSP}rapide et impartiale{NBSP}». Le président du ⟦Chadema|O|Chama cha Demokrasia na Maendeleo⟧, ⟦Tundu Lissu|P⟧, est détenu depuis ⟦avril|D⟧ et poursuivi pour trahison, un crime passible de la peine de mort. Le candidat d’⟦ACT-Wazalendo|O⟧, ⟦Luhaga Mpina|P⟧, avait lui aussi été écarté par l’⟦INEC|O|Commission électorale nationale indépendante⟧, si bien que la sortante n’affrontait que ⟦16|Q:count|16||0⟧ candidats de petites formations.

Arrivée au pouvoir en ⟦mars 2021|D⟧ à la mort de ⟦John Magufuli|P⟧, ⟦Samia Suluhu Hassan|P⟧, ⟦65 ans|Q:duration|65|year|0⟧, a appelé ⟦samedi|D⟧ les ⟦Tanzaniens|N⟧ à «{NBSP}préserver la paix{NBSP}» et promis que «{NBSP}la sécurité de chaque citoyen sera garantie{NBSP}». Le porte-parole du gouvernement, ⟦Gerson Msigwa|P⟧, a pour sa part accusé des «{NBSP}groupes organisés{NBSP}» d’avoir voulu «{NBSP}semer le chaos{NBSP}».

A ⟦Dar es Salaam|L⟧, la vie tourne au ralenti. Le litre d’essence est passé de ⟦3{NBSP}000|Q:money|3000|TZS|0⟧ à ⟦4{NBSP}500 shillings|Q:money|4500|TZS|0⟧ dans certaines stations, faute d’approvisionnement, raconte ⟦Neema|P⟧, une enseignante du quartier de ⟦Kariakoo|L⟧ jointe par téléphone. «{NBSP}On ne sort plus après ⟦16 heures|D⟧. On a peur pour nos enfants{NBSP}», dit-elle.

Le tourisme, qui a rapporté près de ⟦4 milliards de dollars|Q:money|4000000000|USD|1⟧ en ⟦2024|D⟧ selon la ⟦Banque de Tanzanie|O⟧, pourrait souffrir de la crise : plusieurs voyagistes ⟦européens|N⟧ ont suspendu leurs circuits vers ⟦Zanzibar|L⟧ et le ⟦Kilimandjaro|L⟧ pour au moins ⟦deux semaines|Q:duration|2|week|1⟧. Dans la région, la ⟦Communauté d’Afrique de l’Est|O⟧ (⟦EAC|O|Communauté d’Afrique de l’Est⟧) s’est dite «{NBSP}profondément préoccupée{NBSP}» par les violences. Au ⟦Kenya|L⟧ voisin, ⟦des dizaines|Q:count|10||1⟧ de camions restent bloqués au poste-frontière de ⟦Namanga|L⟧, à ⟦170 kilomètres|Q:measure|170|km|0⟧ de ⟦Nairobi|L⟧.
===ATTR===
indirect | opposition#1 | Chama cha Demokrasia na Maendeleo | parle | de centaines de morts
indirect | Commission électorale nationale indépendante | Commission électorale nationale indépendante | a proclamé | la réélection de la présidente Samia Suluhu Hassan, créditée de 97,66 % des voix à l’issue du scrutin de mercredi
indirect | qui | Chama cha Demokrasia na Maendeleo | décrit | des bureaux de vote déserts dans les grandes villes
according-to | NetBlocks | NetBlocks | selon#1 | Internet reste coupé à l’échelle du pays depuis mercredi midi
mixed | Chadema#1 | Chama cha Demokrasia na Maendeleo | affirme | « près de 700 personnes » ont été tuées par les forces de sécurité
mixed | Haut-Commissariat des Nations unies aux droits de l’homme | Haut-Commissariat des Nations unies aux droits de l’homme | a fait état | d’« au moins dix morts » dans trois villes
mixed | Haut-Commissariat des Nations unies aux droits de l’homme | Haut-Commissariat des Nations unies aux droits de l’homme | appelé | à une enquête « rapide et impartiale »
mixed | Samia Suluhu Hassan | Samia Suluhu Hassan | a appelé | les Tanzaniens à « préserver la paix »
direct | Samia Suluhu Hassan | Samia Suluhu Hassan | promis | la sécurité de chaque citoyen sera garantie
mixed | Gerson Msigwa | Gerson Msigwa | a pour sa part accusé | des « groupes organisés » d’avoir voulu « semer le chaos »
indirect | Neema | Neema | raconte | Le litre d’essence est passé de 3 000 à 4 500 shillings dans certaines stations, faute d’approvisionnement
direct | elle | Neema | dit-elle | On ne sort plus après 16 heures. On a peur pour nos enfants
according-to | Banque de Tanzanie | Banque de Tanzanie | selon#2 | Le tourisme, qui a rapporté près de 4 milliards de dollars en 2024
mixed | Communauté d’Afrique de l’Est | Communauté d’Afrique de l’Est | s’est dite | « profondément préoccupée » par les violences
