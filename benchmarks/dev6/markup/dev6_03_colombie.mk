⟦Colombie|L⟧ : au ⟦Catatumbo|L⟧, la guerre entre l’⟦ELN|O|Armée de libération nationale⟧ et les dissidents des ⟦Farc|O|Forces armées révolutionnaires de Colombie⟧ jette ⟦50 000|Q:count|50000||0⟧ personnes sur les routes

⟦Bogota|L⟧, ⟦24 janvier|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le président ⟦colombien|N⟧ ⟦Gustavo Petro|P⟧ a décrété ⟦vendredi|D⟧ l’état d’urgence dans la région du ⟦Catatumbo|L⟧, dans le nord-est du pays, où les affrontements entre la guérilla de l’⟦Armée de libération nationale|O⟧ (⟦ELN|O|Armée de libération nationale⟧) et une dissidence des ⟦Forces armées révolutionnaires de Colombie|O⟧ (⟦Farc|O|Forces armées révolutionnaires de Colombie⟧) ont fait au moins ⟦80|Q:count|80||1⟧ morts en ⟦une semaine|Q:duration|1|week|0⟧.

"C’est un crime de guerre. L’⟦ELN|O|Armée de libération nationale⟧ a choisi le chemin de la guerre, elle aura la guerre", a écrit le chef de l’Etat sur ⟦X|O⟧, annonçant la suspension des pourparlers de paix engagés en ⟦2022|D⟧ avec la dernière guérilla active du pays.

Selon la ⟦Defensoría del Pueblo|O⟧, l’institution publique de défense des droits humains, près de ⟦52 000|Q:count|52000||1⟧ personnes ont fui les combats, dont plus de ⟦30 000|Q:count|30000||1⟧ se sont réfugiées à ⟦Cúcuta|L⟧, capitale du département du ⟦Norte de Santander|L⟧, et environ ⟦2 000|Q:count|2000||1⟧ ont franchi la frontière vers le ⟦Venezuela|L⟧. Il s’agit du plus important déplacement de population enregistré dans le pays depuis la ⟦fin des années 1990|D⟧.

"Ils sont arrivés en pleine nuit, maison par maison, avec des listes de noms. Ils ont emmené mon voisin et son fils", a raconté à l’⟦AFP|O|Agence France-Presse⟧ une habitante de ⟦Tibú|L⟧ qui a requis l’anonymat, réfugiée avec ses ⟦trois|Q:count|3||0⟧ enfants dans un stade de ⟦Cúcuta|L⟧.

Le ministre de la Défense, ⟦Pedro Sánchez|P⟧, a annoncé l’envoi de ⟦5 000|Q:count|5000||0⟧ militaires supplémentaires et de ⟦dix|Q:count|10||0⟧ hélicoptères dans la zone. Le coût de l’opération est estimé à ⟦1,2 billion de pesos|Q:money|1200000000000|COP|1⟧ (environ ⟦270 millions de dollars|Q:money|270000000|USD|1⟧). La procureure générale, ⟦Luz Adriana Camargo|P⟧, a indiqué que son bureau avait ouvert une enquête pour "homicides aggravés" et "déplacement forcé".

L’⟦ELN|O|Armée de libération nationale⟧, qui compterait environ ⟦6 000|Q:count|6000||1⟧ combattants, a affirmé dans un communiqué avoir agi contre les "crimes" du ⟦Front 33|O⟧, une faction dissidente des ⟦Farc|O|Forces armées révolutionnaires de Colombie⟧ qu’elle accuse de collaborer avec l’armée. Les ⟦deux|Q:count|2||0⟧ groupes se disputent le contrôle des routes de la cocaïne vers le ⟦Venezuela|L⟧ voisin.

Le ⟦Catatumbo|L⟧ concentre quelque ⟦43 000 hectares|Q:measure|43000|ha|1⟧ de cultures de coca, soit environ ⟦18 %|Q:percent|18|%|1⟧ de la surface nationale, selon le dernier rapport de l’⟦Office des Nations unies contre la drogue et le crime|O⟧ (⟦ONUDC|O|Office des Nations unies contre la drogue et le crime⟧), publié en ⟦octobre|D⟧.

L’⟦Eglise catholique|O|Église catholique⟧, qui a longtemps joué les médiatrices, a appelé les ⟦deux|Q:count|2||0⟧ groupes armés à "respecter la population civile" et à ouvrir des couloirs humanitaires. Le gouverneur du ⟦Norte de Santander|L⟧, ⟦William Villamizar|P⟧, a réclamé ⟦lundi|D⟧ l’installation d’un pont aérien pour ravitailler ⟦Tibú|L⟧, ville de ⟦60 000|Q:count|60000||1⟧ habitants environ, coupée du monde depuis ⟦dix jours|Q:duration|10|day|0⟧.

La crise survient au pire moment pour ⟦Bogota|L⟧, qui sort d’un bras de fer avec ⟦Washington|L⟧. ⟦Donald Trump|P⟧ a menacé ⟦dimanche|D⟧ d’imposer des droits de douane de ⟦25 %|Q:percent|25|%|0⟧ sur les importations ⟦colombiennes|N⟧ après le refus de M. ⟦Petro|P|Gustavo Petro⟧ d’accueillir ⟦deux|Q:count|2||0⟧ avions militaires transportant des migrants expulsés, avant que les ⟦deux|Q:count|2||0⟧ pays ne parviennent à un accord quelques heures plus tard. Le peso ⟦colombien|N⟧ a perdu ⟦3,5 %|Q:percent|3.5|%|0⟧ face au dollar depuis ⟦le début de l’année|D⟧.

===ATTR===
direct | chef de l’Etat | Gustavo Petro | a écrit | C’est un crime de guerre. L’ELN a choisi le chemin de la guerre, elle aura la guerre
indirect | chef de l’Etat | Gustavo Petro | annonçant | la suspension des pourparlers de paix engagés en 2022 avec la dernière guérilla active du pays
according-to | Defensoría del Pueblo | Defensoría del Pueblo | Selon | près de 52 000 personnes ont fui les combats, dont plus de 30 000 se sont réfugiées à Cúcuta, capitale du département du Norte de Santander, et environ 2 000 ont franchi la frontière vers le Venezuela
direct | habitante | habitante de Tibú (non nommé) | a raconté | Ils sont arrivés en pleine nuit, maison par maison, avec des listes de noms. Ils ont emmené mon voisin et son fils
indirect | Pedro Sánchez | Pedro Sánchez | a annoncé | l’envoi de 5 000 militaires supplémentaires et de dix hélicoptères dans la zone
mixed | Luz Adriana Camargo | Luz Adriana Camargo | a indiqué | son bureau avait ouvert une enquête pour "homicides aggravés" et "déplacement forcé"
mixed | ELN#4 | Armée de libération nationale | a affirmé | avoir agi contre les "crimes" du Front 33
indirect | elle | Armée de libération nationale | accuse | de collaborer avec l’armée
according-to | Office des Nations unies contre la drogue et le crime | Office des Nations unies contre la drogue et le crime | selon | Le Catatumbo concentre quelque 43 000 hectares de cultures de coca, soit environ 18 % de la surface nationale
mixed | Eglise catholique | Église catholique | a appelé | les deux groupes armés à "respecter la population civile" et à ouvrir des couloirs humanitaires
indirect | William Villamizar | William Villamizar | a réclamé | l’installation d’un pont aérien pour ravitailler Tibú, ville de 60 000 habitants environ, coupée du monde depuis dix jours
indirect | Donald Trump | Donald Trump | a menacé | d’imposer des droits de douane de 25 % sur les importations colombiennes
