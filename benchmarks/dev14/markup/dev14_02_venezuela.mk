⟦Venezuela|L⟧ : nouvelle frappe ⟦américaine|N⟧ contre un bateau dans les ⟦Caraïbes|L⟧, ⟦Caracas|L⟧ mobilise ses troupes

⟦Caracas|L⟧/⟦Washington|L⟧, ⟦3 décembre|D⟧ (⟦Reuters|O⟧) - L’armée ⟦américaine|N⟧ a frappé ⟦mardi|D⟧ une embarcation soupçonnée de transporter de la drogue dans le sud de la ⟦mer des Caraïbes|L⟧, tuant ses ⟦quatre|Q:count|4||0⟧ occupants, a annoncé le secrétaire à la Défense, ⟦Pete Hegseth|P⟧. Au moins ⟦87|Q:count|87||1⟧ personnes ont été tuées depuis le début de ces opérations en ⟦septembre|D⟧.

“Ces narcoterroristes empoisonnent nos enfants. Nous continuerons à les traquer partout où ils se trouvent”, a écrit ⟦Pete Hegseth|P⟧ sur le réseau social ⟦X|O⟧, en publiant une vidéo de la frappe.

A ⟦Caracas|L⟧, le président ⟦Nicolás Maduro|P⟧ a dénoncé des “exécutions extrajudiciaires” et accusé les ⟦Etats-Unis|L⟧ de chercher un prétexte pour “s’emparer du pétrole ⟦vénézuélien|N⟧”. Il a ordonné ⟦lundi|D⟧ le déploiement de ⟦200000|Q:count|200000||0⟧ militaires et miliciens le long des côtes, ⟦deux semaines|Q:duration|2|week|0⟧ après l’arrivée dans la zone du plus grand porte-avions ⟦américain|N⟧ et de ses quelque ⟦4000|Q:count|4000||1⟧ marins.

Interrogé ⟦mardi soir|D⟧ à la ⟦Maison Blanche|O⟧, le président ⟦Donald Trump|P⟧ a affirmé que des opérations terrestres pourraient commencer “très bientôt”, sans donner de détails. Le secrétaire d’Etat, ⟦Marco Rubio|P⟧, a de son côté qualifié le gouvernement ⟦vénézuélien|N⟧ d’“organisation criminelle”.

La cheffe de l’opposition ⟦María Corina Machado|P⟧, lauréate du prix Nobel de la paix en ⟦octobre|D⟧, a appelé les militaires à “se tenir du bon côté de l’histoire”. Selon l’institut ⟦Delphos|O⟧, ⟦56%|Q:percent|56|%|0⟧ des ⟦Vénézuéliens|N⟧ interrogés craignent une intervention armée.

Le pays, qui détient les plus grandes réserves prouvées de brut au monde, reste un fournisseur modeste. Selon des données de suivi maritime compilées par ⟦Reuters|O⟧, ses exportations ont atteint ⟦921000 barils|Q:measure|921000|bbl|0⟧ par jour en ⟦novembre|D⟧, dont près de ⟦80%|Q:percent|80|%|1⟧ à destination de la ⟦Chine|L⟧. Le groupe ⟦américain|N⟧ ⟦Chevron|O⟧, seul autorisé par ⟦Washington|L⟧ à opérer dans le pays, en a chargé environ ⟦150000|Q:measure|150000|bbl|1⟧.

Sur les marchés, le baril de Brent a pris ⟦1,2%|Q:percent|1.2|%|0⟧, à ⟦63,40 dollars|Q:money|63.4|USD|0⟧, vers ⟦14h30 GMT|D⟧. “Le marché ne croit pas encore à une intervention au sol. Si elle a lieu, le ⟦Venezuela|L⟧ pourrait perdre l’essentiel de ses exportations en quelques semaines”, estime ⟦Helen Marquardt|P⟧, analyste chez ⟦Energy Aspects|O⟧ à ⟦Londres|L⟧.

L’économie ⟦vénézuélienne|N⟧ souffre déjà. Le bolivar a perdu plus de ⟦70%|Q:percent|70|%|1⟧ de sa valeur face au dollar depuis ⟦janvier|D⟧ et le salaire minimum reste bloqué à ⟦130 bolivars|Q:money|130|VES|0⟧ par mois depuis ⟦2022|D⟧, soit moins de ⟦1 dollar|Q:money|1|USD|1⟧. “Avec ce que je gagne, j’achète ⟦un kilo|Q:measure|1|kg|0⟧ de fromage”, raconte ⟦Yelitza Rondón|P⟧, une enseignante de ⟦52 ans|Q:duration|52|year|0⟧ rencontrée à ⟦Petare|L⟧, dans l’est de la capitale.

Le ministre ⟦vénézuélien|N⟧ des Affaires étrangères, ⟦Yván Gil|P⟧, a annoncé que ⟦Caracas|L⟧ saisirait le ⟦Conseil de sécurité|O|Conseil de sécurité des Nations unies⟧ de l’⟦ONU|O|Organisation des Nations unies⟧ dans ⟦les prochains jours|D⟧. Selon lui, “aucune preuve” n’a été apportée que les bateaux visés transportaient de la drogue.
===ATTR===
indirect | Pete Hegseth#1 | Pete Hegseth | a annoncé#1 | L’armée américaine a frappé mardi une embarcation soupçonnée de transporter de la drogue dans le sud de la mer des Caraïbes, tuant ses quatre occupants
direct | Pete Hegseth#2 | Pete Hegseth | a écrit | Ces narcoterroristes empoisonnent nos enfants. Nous continuerons à les traquer partout où ils se trouvent
mixed | Nicolás Maduro | Nicolás Maduro | a dénoncé | des “exécutions extrajudiciaires”
mixed | Nicolás Maduro | Nicolás Maduro | accusé | les Etats-Unis de chercher un prétexte pour “s’emparer du pétrole vénézuélien”
mixed | Donald Trump | Donald Trump | a affirmé | des opérations terrestres pourraient commencer “très bientôt”
mixed | Marco Rubio | Marco Rubio | a de son côté qualifié | le gouvernement vénézuélien d’“organisation criminelle”
mixed | María Corina Machado | María Corina Machado | a appelé | les militaires à “se tenir du bon côté de l’histoire”
according-to | Delphos | Delphos | Selon#1 | 56% des Vénézuéliens interrogés craignent une intervention armée
according-to | Reuters#2 | Reuters | Selon#2 | ses exportations ont atteint 921000 barils par jour en novembre, dont près de 80% à destination de la Chine
direct | Helen Marquardt | Helen Marquardt | estime | Le marché ne croit pas encore à une intervention au sol. Si elle a lieu, le Venezuela pourrait perdre l’essentiel de ses exportations en quelques semaines
direct | Yelitza Rondón | Yelitza Rondón | raconte | Avec ce que je gagne, j’achète un kilo de fromage
indirect | Yván Gil | Yván Gil | a annoncé#2 | Caracas saisirait le Conseil de sécurité de l’ONU dans les prochains jours
according-to | lui | Yván Gil | Selon#3 | “aucune preuve” n’a été apportée que les bateaux visés transportaient de la drogue
