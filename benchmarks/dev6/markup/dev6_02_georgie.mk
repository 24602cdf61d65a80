⟦Géorgie|L⟧ : à ⟦Tbilissi|L⟧, ⟦des dizaines de milliers|Q:count|10000||1⟧ de manifestants réclament de nouvelles élections

⟦Tbilissi|L⟧, ⟦2 février|D⟧ (⟦AFP|O|Agence France-Presse⟧) - ⟦Des dizaines de milliers|Q:count|10000||1⟧ de ⟦Géorgiens|N⟧ ont de nouveau défilé ⟦dimanche soir|D⟧ dans le centre de ⟦Tbilissi|L⟧, pour le 66e jour consécutif, afin d'exiger la tenue de nouvelles législatives et la libération des manifestants détenus, après l'adoption, ⟦samedi|D⟧, d'une loi durcissant les sanctions contre les rassemblements.

Brandissant des drapeaux ⟦géorgiens|N⟧ et ⟦européens|N⟧, les manifestants ont formé une chaîne humaine de près de ⟦3 km|Q:measure|3|km|1⟧ le long de l'⟦avenue Roustavéli|L⟧, devant le ⟦Parlement|O|Parlement géorgien⟧, où la police anti-émeutes s'était déployée en nombre. “Nous ne partirons pas tant que ce gouvernement illégitime n'aura pas rendu le pouvoir”, a lancé à la foule ⟦Nana Malachkhia|P⟧, une étudiante de ⟦21 ans|Q:duration|21|year|0⟧.

Le parti au pouvoir, le ⟦Rêve géorgien|O⟧, fondé par le milliardaire ⟦Bidzina Ivanichvili|P⟧, a remporté les législatives du ⟦26 octobre 2024|D⟧ avec ⟦53,9{NNBSP}%|Q:percent|53.9|%|0⟧ des voix, selon les résultats officiels. La présidente sortante, ⟦Salomé Zourabichvili|P⟧, qui refuse de reconnaître son successeur ⟦Mikheïl Kavelachvili|P⟧, dénonce des fraudes massives et un scrutin “volé” au profit de ⟦Moscou|L⟧.

Le gouvernement du Premier ministre ⟦Irakli Kobakhidzé|P⟧ a annoncé ⟦fin novembre|D⟧ la suspension jusqu'en ⟦2028|D⟧ des négociations d'adhésion à l'⟦Union européenne|O⟧ (⟦UE|O|Union européenne⟧), déclenchant la plus grave crise politique qu'ait connue ce pays du ⟦Caucase|L⟧ de ⟦3,7 millions|Q:count|3700000||0⟧ d'habitants depuis son indépendance.

“Nous ne céderons ni au chantage de la rue ni à celui de ⟦Bruxelles|L⟧”, a répété ⟦lundi|D⟧ M. ⟦Kobakhidzé|P|Irakli Kobakhidzé⟧ lors d'une conférence de presse, accusant l'opposition d'être financée par “des forces étrangères”.

Selon l'ONG ⟦Transparency International Géorgie|O⟧, plus de ⟦500|Q:count|500||1⟧ personnes ont été interpellées depuis le début du mouvement, et ⟦une quarantaine|Q:count|40||1⟧ restent en détention provisoire. Le médiateur de la République, ⟦Levan Iosseliani|P⟧, a fait état de “traitements inhumains” infligés à au moins ⟦80|Q:count|80||1⟧ d'entre elles. Les amendes pour le blocage d'une route ont été portées de ⟦500|Q:money|500|GEL|0⟧ à ⟦5 000 laris|Q:money|5000|GEL|0⟧ (environ ⟦1 700 euros|Q:money|1700|EUR|1⟧), et les organisateurs de rassemblements non déclarés encourent désormais jusqu'à ⟦60 jours|Q:duration|60|day|1⟧ de détention administrative.

L'⟦Union européenne|O⟧ a suspendu en ⟦janvier|D⟧ l'exemption de visas pour les diplomates et fonctionnaires ⟦géorgiens|N⟧, et ⟦trois|Q:count|3||0⟧ États membres, la ⟦Lituanie|L⟧, la ⟦Lettonie|L⟧ et l'⟦Estonie|L⟧, ont imposé des sanctions à ⟦une vingtaine|Q:count|20||1⟧ de responsables, dont M. ⟦Ivanichvili|P|Bidzina Ivanichvili⟧. ⟦Washington|L⟧ a pour sa part gelé une aide de ⟦95 millions de dollars|Q:money|95000000|USD|0⟧.

La cheffe de la diplomatie ⟦européenne|N⟧, ⟦Kaja Kallas|P⟧, a jugé ⟦samedi|D⟧ sur le réseau social ⟦X|O⟧ que la nouvelle loi était “incompatible avec les valeurs de l'⟦UE|O|Union européenne⟧” et a exhorté ⟦Tbilissi|L⟧ à “cesser la répression”.

Le ⟦Kremlin|O⟧, accusé par l'opposition de tirer les ficelles, a démenti toute ingérence. “La ⟦Géorgie|L⟧ est un État souverain, ce qui s'y passe est son affaire intérieure”, a déclaré à la presse le porte-parole de la présidence ⟦russe|N⟧, ⟦Dmitri Peskov|P⟧.

La crise pèse sur l'économie. Le lari a perdu ⟦4{NNBSP}%|Q:percent|4|%|0⟧ face à l'euro depuis ⟦octobre|D⟧, d'après la ⟦Banque nationale de Géorgie|O⟧, qui a puisé ⟦1,1 milliard de dollars|Q:money|1100000000|USD|0⟧ dans ses réserves pour soutenir la monnaie. Les arrivées de touristes ont reculé de ⟦12{NNBSP}%|Q:percent|12|%|0⟧ en ⟦décembre|D⟧ par rapport à ⟦décembre 2023|D⟧, a précisé l'⟦Administration nationale du tourisme|O⟧.

Les manifestants ont promis de revenir chaque soir. “On est là depuis ⟦deux mois|Q:duration|2|month|0⟧, on tiendra ⟦deux ans|Q:duration|2|year|0⟧ s'il le faut”, assure ⟦Guiorgui|P⟧, un informaticien de ⟦34 ans|Q:duration|34|year|0⟧ qui n'a pas souhaité donner son nom de famille.

===ATTR===
direct | Nana Malachkhia | Nana Malachkhia | a lancé | Nous ne partirons pas tant que ce gouvernement illégitime n'aura pas rendu le pouvoir
mixed | Salomé Zourabichvili | Salomé Zourabichvili | dénonce | des fraudes massives et un scrutin “volé” au profit de Moscou
indirect | gouvernement#2 | gouvernement géorgien | a annoncé | la suspension jusqu'en 2028 des négociations d'adhésion à l'Union européenne (UE)
direct | Kobakhidzé | Irakli Kobakhidzé | a répété | Nous ne céderons ni au chantage de la rue ni à celui de Bruxelles
mixed | Kobakhidzé | Irakli Kobakhidzé | accusant | l'opposition d'être financée par “des forces étrangères”
according-to | Transparency International Géorgie | Transparency International Géorgie | Selon | plus de 500 personnes ont été interpellées depuis le début du mouvement, et une quarantaine restent en détention provisoire
mixed | Levan Iosseliani | Levan Iosseliani | a fait état | de “traitements inhumains” infligés à au moins 80 d'entre elles
mixed | Kaja Kallas | Kaja Kallas | a jugé | la nouvelle loi était “incompatible avec les valeurs de l'UE”
mixed | Kaja Kallas | Kaja Kallas | a exhorté | Tbilissi à “cesser la répression”
indirect | opposition | opposition géorgienne | accusé | de tirer les ficelles
indirect | Kremlin | Kremlin | a démenti | toute ingérence
direct | Dmitri Peskov | Dmitri Peskov | a déclaré | La Géorgie est un État souverain, ce qui s'y passe est son affaire intérieure
according-to | Banque nationale de Géorgie | Banque nationale de Géorgie | d'après | Le lari a perdu 4 % face à l'euro depuis octobre
indirect | Administration nationale du tourisme | Administration nationale du tourisme | a précisé | Les arrivées de touristes ont reculé de 12 % en décembre par rapport à décembre 2023
indirect | manifestants | manifestants | ont promis | de revenir chaque soir
direct | Guiorgui | Guiorgui | assure | On est là depuis deux mois, on tiendra deux ans s'il le faut
