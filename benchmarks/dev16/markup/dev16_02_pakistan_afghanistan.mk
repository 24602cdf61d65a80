⟦Pakistan|L⟧ et ⟦Afghanistan|L⟧ concluent un cessez-le-feu à ⟦Doha|L⟧, le poste de ⟦Torkham|L⟧ reste fermé

⟦Islamabad|L⟧, ⟦20 octobre|D⟧ (⟦Reuters|O⟧) - Le ⟦Pakistan|L⟧ et l'⟦Afghanistan|L⟧ ont conclu ⟦dimanche|D⟧ à ⟦Doha|L⟧ un “cessez-le-feu immédiat” après plus d'⟦une semaine|Q:duration|1|week|1⟧ d'affrontements frontaliers, les plus meurtriers depuis le retour des ⟦talibans|O⟧ au pouvoir à ⟦Kaboul|L⟧ en ⟦2021|D⟧, a annoncé le ⟦ministère qatari des Affaires étrangères|O⟧.

L'accord, obtenu sous la médiation du ⟦Qatar|L⟧ et de la ⟦Turquie|L⟧, a été signé par les ministres de la Défense des ⟦deux|Q:count|2||0⟧ pays, ⟦Khawaja Asif|P⟧ pour ⟦Islamabad|L⟧ et le mollah ⟦Mohammad Yaqoob|P⟧ pour ⟦Kaboul|L⟧. Les ⟦deux|Q:count|2||0⟧ parties se retrouveront le ⟦25 octobre|D⟧ à ⟦Istanbul|L⟧ pour mettre en place un “mécanisme de vérification”, a précisé ⟦Doha|L⟧ dans un communiqué.

⟦Khawaja Asif|P⟧ a salué sur ⟦X|O⟧ un accord qui doit “mettre fin au terrorisme venu du sol ⟦afghan|N⟧”, tandis que le porte-parole du gouvernement taliban, ⟦Zabihullah Mujahid|P⟧, a assuré que l'⟦Afghanistan|L⟧ ne permettrait à “aucun groupe” d'utiliser son territoire contre un pays voisin. “Nous voulons de bonnes relations avec tous nos voisins, mais nous défendrons nos frontières”, a-t-il ajouté.

Les combats avaient éclaté le ⟦11 octobre|D⟧, ⟦deux jours|Q:duration|2|day|0⟧ après des explosions à ⟦Kaboul|L⟧ et dans la province de ⟦Paktika|L⟧. L'⟦armée pakistanaise|O|Forces armées pakistanaises⟧ affirme avoir tué plus de ⟦200|Q:count|200||1⟧ combattants talibans et alliés et reconnaît la mort de ⟦23|Q:count|23||0⟧ soldats. ⟦Kaboul|L⟧ a fait état de ⟦neuf|Q:count|9||0⟧ soldats tués. Selon la ⟦Mission d'assistance des Nations unies en Afghanistan|O⟧ (⟦Manua|O|Mission d'assistance des Nations unies en Afghanistan⟧), au moins ⟦37|Q:count|37||1⟧ civils ont été tués et ⟦425|Q:count|425||0⟧ blessés du côté ⟦afghan|N⟧ entre le ⟦12 et le 18 octobre|D⟧.

Longue de ⟦2 600 kilomètres|Q:measure|2600|km|0⟧, la frontière reste fermée aux marchandises. A ⟦Torkham|L⟧, sur la route qui relie ⟦Peshawar|L⟧ à ⟦Jalalabad|L⟧, plus de ⟦5 000|Q:count|5000||1⟧ camions patientaient ⟦lundi|D⟧ de part et d'autre du poste, fermé depuis le ⟦12 octobre|D⟧, selon la ⟦Chambre de commerce conjointe Pakistan-Afghanistan|O⟧. “Je suis bloqué ici depuis ⟦neuf jours|Q:duration|9|day|0⟧ avec ⟦30 tonnes|Q:measure|30|t|0⟧ de tomates qui pourrissent”, raconte ⟦Gul Khan|P⟧, un chauffeur de ⟦52 ans|Q:duration|52|year|0⟧ rencontré ⟦lundi|D⟧ vers ⟦14h30|D⟧. A ⟦Peshawar|L⟧, le kilo de tomates a triplé en ⟦une semaine|Q:duration|1|week|0⟧, à ⟦600 roupies|Q:money|600|PKR|0⟧ (environ ⟦2 dollars|Q:money|2|USD|1⟧).

Le commerce bilatéral a atteint ⟦1,6 milliard de dollars|Q:money|1600000000|USD|0⟧ lors de l'exercice ⟦2024-2025|D⟧, en baisse de ⟦24%|Q:percent|24|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, selon la ⟦Banque d'Etat du Pakistan|O⟧. ⟦Islamabad|L⟧ accuse ⟦Kaboul|L⟧ d'abriter les combattants du ⟦Tehrik-e-Taliban Pakistan|O⟧ (⟦TTP|O|Tehrik-e-Taliban Pakistan⟧), auteurs d'attaques meurtrières dans le nord-ouest du pays. Les ⟦talibans|O⟧ démentent tout soutien au groupe.

Le ⟦Qatar|L⟧ et la ⟦Turquie|L⟧ espèrent obtenir à ⟦Istanbul|L⟧ un accord durable. “Le plus difficile commence maintenant”, a confié à ⟦Reuters|O⟧ un diplomate ⟦turc|N⟧ sous couvert d'anonymat, évoquant des discussions prévues sur ⟦deux jours|Q:duration|2|day|0⟧.
===ATTR===
mixed | ministère qatari des Affaires étrangères | ministère qatari des Affaires étrangères | a annoncé | Le Pakistan et l'Afghanistan ont conclu dimanche à Doha un “cessez-le-feu immédiat” après plus d'une semaine d'affrontements frontaliers, les plus meurtriers depuis le retour des talibans au pouvoir à Kaboul en 2021
mixed | Doha#3 | Qatar | a précisé | Les deux parties se retrouveront le 25 octobre à Istanbul pour mettre en place un “mécanisme de vérification”
mixed | Khawaja Asif#2 | Khawaja Asif | a salué | un accord qui doit “mettre fin au terrorisme venu du sol afghan”
mixed | Zabihullah Mujahid | Zabihullah Mujahid | a assuré | l'Afghanistan ne permettrait à “aucun groupe” d'utiliser son territoire contre un pays voisin
direct | il | Zabihullah Mujahid | a-t-il ajouté | Nous voulons de bonnes relations avec tous nos voisins, mais nous défendrons nos frontières
indirect | armée pakistanaise | Forces armées pakistanaises | affirme | avoir tué plus de 200 combattants talibans et alliés
indirect | armée pakistanaise | Forces armées pakistanaises | reconnaît | la mort de 23 soldats
indirect | Kaboul#4 | Afghanistan | a fait état | de neuf soldats tués
according-to | Mission d'assistance des Nations unies en Afghanistan | Mission d'assistance des Nations unies en Afghanistan | Selon | au moins 37 civils ont été tués et 425 blessés du côté afghan entre le 12 et le 18 octobre
according-to | Chambre de commerce conjointe Pakistan-Afghanistan | Chambre de commerce conjointe Pakistan-Afghanistan | selon#1 | A Torkham, sur la route qui relie Peshawar à Jalalabad, plus de 5 000 camions patientaient lundi de part et d'autre du poste, fermé depuis le 12 octobre
direct | Gul Khan | Gul Khan | raconte | Je suis bloqué ici depuis neuf jours avec 30 tonnes de tomates qui pourrissent
according-to | Banque d'Etat du Pakistan | Banque d'Etat du Pakistan | selon#2 | Le commerce bilatéral a atteint 1,6 milliard de dollars lors de l'exercice 2024-2025, en baisse de 24% sur un an
indirect | Islamabad#3 | Pakistan | accuse | Kaboul d'abriter les combattants du Tehrik-e-Taliban Pakistan (TTP), auteurs d'attaques meurtrières dans le nord-ouest du pays
indirect | talibans | talibans | démentent | tout soutien au groupe
direct | diplomate | diplomate turc (non nommé) | a confié | Le plus difficile commence maintenant
indirect | diplomate | diplomate turc (non nommé) | évoquant | des discussions prévues sur deux jours
