⟦Mohammed ben Salmane|P⟧ à la ⟦Maison Blanche|O⟧ : des F-35 et ⟦1 000 milliards de dollars|Q:money|1000000000000|USD|0⟧ promis

⟦Washington|L⟧, ⟦18 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – ⟦Donald Trump|P⟧ a reçu ⟦mardi|D⟧ en grande pompe le prince héritier ⟦saoudien|N⟧ ⟦Mohammed ben Salmane|P⟧ à la ⟦Maison Blanche|O⟧, où il a annoncé son intention de vendre à ⟦Riyad|L⟧ des avions de combat furtifs F-35, une première dans la région.

La cérémonie d'accueil, avec garde d'honneur et survol d'appareils militaires, a débuté à ⟦11h30|D⟧ sur la pelouse sud. Il s'agit de la première visite du dirigeant de facto du royaume aux ⟦Etats-Unis|L|États-Unis⟧ depuis l'assassinat du journaliste ⟦Jamal Khashoggi|P⟧ en ⟦2018|D⟧ à ⟦Istanbul|L⟧.

« Nous allons vendre des F-35. Ils ont été un grand allié », a déclaré le président ⟦américain|N⟧ dans le ⟦Bureau ovale|L⟧, devant les journalistes. Selon des sources industrielles, ⟦Riyad|L⟧ souhaiterait acquérir jusqu'à ⟦48|Q:count|48||1⟧ appareils, d'une valeur unitaire d'environ ⟦100 millions de dollars|Q:money|100000000|USD|1⟧. La vente doit encore être approuvée par le ⟦Congrès|O|Congrès des États-Unis⟧, où plusieurs parlementaires ont dénoncé un « chèque en blanc ».

Le prince héritier a de son côté promis de porter à « près de ⟦1 000 milliards de dollars|Q:money|1000000000000|USD|1⟧ » les investissements ⟦saoudiens|N⟧ aux ⟦Etats-Unis|L|États-Unis⟧, contre ⟦600 milliards|Q:money|600000000000|USD|0⟧ annoncés lors de la visite de ⟦Donald Trump|P⟧ à ⟦Riyad|L⟧ en ⟦mai|D⟧. « Nous croyons dans l'avenir de l'⟦Amérique|L|États-Unis⟧ », a-t-il assuré. ⟦Donald Trump|P⟧ a également annoncé qu'il désignait l'⟦Arabie saoudite|L⟧ comme « allié majeur non membre de l'⟦Otan|O|OTAN⟧ ».

Les ⟦deux|Q:count|2||0⟧ pays ont signé un accord-cadre de coopération dans le nucléaire civil et un accord de défense stratégique. Interrogé sur le meurtre de ⟦Khashoggi|P|Jamal Khashoggi⟧, M. ⟦Trump|P|Donald Trump⟧ a estimé que son invité « ne savait rien » de l'opération, avant de qualifier le journaliste de personnage « très controversé ».

Un forum d'investissement doit réunir ⟦mercredi|D⟧ au ⟦Kennedy Center|L⟧ quelque ⟦2 000|Q:count|2000||1⟧ dirigeants d'entreprise, selon le ⟦ministère saoudien de l'Investissement|O⟧. Le royaume espère notamment obtenir l'accès à ⟦des centaines de milliers|Q:count|100000||1⟧ de puces d'intelligence artificielle ⟦américaines|N⟧ pour sa société ⟦Humain|O⟧, créée en ⟦mai|D⟧.

Premier exportateur mondial de brut, l'⟦Arabie saoudite|L⟧ devrait afficher un déficit budgétaire de ⟦245 milliards de riyals|Q:money|245000000000|SAR|0⟧ (environ ⟦65 milliards de dollars|Q:money|65000000000|USD|1⟧) ⟦cette année|D⟧, soit ⟦5,3 %|Q:percent|5.3|%|0⟧ de son PIB, selon le ⟦ministère des Finances|O|ministère saoudien des Finances⟧. Le cours du baril, tombé sous les ⟦65 dollars|Q:money|65|USD|1⟧ depuis ⟦octobre|D⟧, pèse sur les grands projets comme la ville futuriste de ⟦Neom|L⟧, dont le budget a été revu à la baisse.

L'ONG ⟦Amnesty International|O⟧ a appelé ⟦Donald Trump|P⟧ à « ne pas fermer les yeux » sur la répression dans le royaume. Selon l'ONG, ⟦345|Q:count|345||0⟧ personnes ont été exécutées en ⟦Arabie saoudite|L⟧ en ⟦2024|D⟧, un record. « Les droits humains ne doivent pas être la variable d'ajustement des contrats d'armement », a déclaré sa secrétaire générale, ⟦Agnès Callamard|P⟧.

Le prince héritier, ⟦40 ans|Q:duration|40|year|0⟧, devait dîner ⟦mardi soir|D⟧ à la ⟦Maison Blanche|O⟧ en présence de plusieurs patrons de la tech, dont ⟦Elon Musk|P⟧ et ⟦Jensen Huang|P⟧, le patron de ⟦Nvidia|O⟧.
===ATTR===
indirect | il | Donald Trump | a annoncé#1 | son intention de vendre à Riyad des avions de combat furtifs F-35
direct | président | Donald Trump | a déclaré#1 | Nous allons vendre des F-35. Ils ont été un grand allié
according-to | sources | sources industrielles (non nommé) | Selon#1 | Riyad souhaiterait acquérir jusqu'à 48 appareils, d'une valeur unitaire d'environ 100 millions de dollars
mixed | parlementaires | parlementaires américains (non nommé) | ont dénoncé | un « chèque en blanc »
mixed | prince héritier | Mohammed ben Salmane | a de son côté promis | de porter à « près de 1 000 milliards de dollars » les investissements saoudiens aux Etats-Unis
direct | il | Mohammed ben Salmane | a-t-il assuré | Nous croyons dans l'avenir de l'Amérique
mixed | Donald Trump | Donald Trump | a également annoncé | il désignait l'Arabie saoudite comme « allié majeur non membre de l'Otan »
mixed | Trump | Donald Trump | a estimé | son invité « ne savait rien » de l'opération
mixed | Trump | Donald Trump | qualifier | le journaliste de personnage « très controversé »
according-to | ministère saoudien de l'Investissement | ministère saoudien de l'Investissement | selon#1 | Un forum d'investissement doit réunir mercredi au Kennedy Center quelque 2 000 dirigeants d'entreprise
according-to | ministère des Finances | ministère saoudien des Finances | selon#2 | Premier exportateur mondial de brut, l'Arabie saoudite devrait afficher un déficit budgétaire de 245 milliards de riyals (environ 65 milliards de dollars) cette année, soit 5,3 % de son PIB
mixed | Amnesty International | Amnesty International | a appelé | Donald Trump à « ne pas fermer les yeux » sur la répression dans le royaume
according-to | ONG | Amnesty International | Selon#2 | 345 personnes ont été exécutées en Arabie saoudite en 2024, un record
direct | Agnès Callamard | Agnès Callamard | a déclaré#2 | Les droits humains ne doivent pas être la variable d'ajustement des contrats d'armement
