Dauphins : le ⟦Conseil d'Etat|O|Conseil d'État⟧ ordonne une nouvelle fermeture de la pêche dans le ⟦golfe de Gascogne|L⟧

Saisi par ⟦trois|Q:count|3||0⟧ associations de défense de l'environnement, le ⟦Conseil d'Etat|O|Conseil d'État⟧ a enjoint ⟦jeudi|D⟧ au gouvernement d'interdire à nouveau, pendant ⟦un mois|Q:duration|1|month|0⟧, la pêche au filet dans le ⟦golfe de Gascogne|L⟧ ⟦cet hiver|D⟧, afin de limiter les captures accidentelles de dauphins communs. Dans sa décision, la plus haute juridiction administrative ⟦française|N⟧ estime que les mesures prises par l'Etat depuis ⟦2023|D⟧ «{NBSP}ne permettent pas d'assurer{NBSP}» la conservation de l'espèce, protégée par le droit ⟦européen|N⟧.

Les requérantes, ⟦Sea Shepherd France|O⟧, ⟦France Nature Environnement|O⟧ (⟦FNE|O|France Nature Environnement⟧) et ⟦Défense des milieux aquatiques|O⟧, demandaient une fermeture de ⟦trois mois|Q:duration|3|month|0⟧. Le juge a retenu une période allant du ⟦22 janvier au 20 février|D⟧, identique à celle imposée en ⟦2024|D⟧ puis en ⟦2025|D⟧. Seuls les navires de moins de ⟦8 mètres|Q:measure|8|m|1⟧ et les chalutiers de fond en seront exemptés.

Chaque hiver, les dauphins s'approchent des côtes pour se nourrir et se prennent dans les filets des fileyeurs et des chalutiers pélagiques. Entre ⟦2017 et 2023|D⟧, plus de ⟦1{NNBSP}000|Q:count|1000||1⟧ cétacés se sont échoués en moyenne chaque hiver sur la façade atlantique, selon l'observatoire ⟦Pelagis|O⟧, rattaché à l'⟦université de La Rochelle|O⟧ et au ⟦CNRS|O|Centre national de la recherche scientifique⟧. Les scientifiques estiment que le nombre réel de dauphins tués dans les engins de pêche atteint ⟦6{NNBSP}000 à 9{NNBSP}000|Q:count|6000~9000||1⟧ par an.

La fermeture de ⟦2024|D⟧ a fait chuter les échouages de près de ⟦80{NNBSP}%|Q:percent|80|%|1⟧, selon le ⟦Conseil international pour l'exploration de la mer|O⟧ (⟦CIEM|O|Conseil international pour l'exploration de la mer⟧), qui recommande une interdiction plus longue.

La décision a provoqué la colère des pêcheurs. «{NBSP}⟦Un mois|Q:duration|1|month|0⟧ à quai, c'est ⟦un mois|Q:duration|1|month|0⟧ sans salaire pour ⟦des centaines|Q:count|100||1⟧ de marins. On nous demande encore une fois de payer pour tout le monde{NBSP}», a réagi ⟦Olivier Le Nézet|P⟧, président du ⟦Comité national des pêches maritimes et des élevages marins|O⟧ (⟦CNPMEM|O|Comité national des pêches maritimes et des élevages marins⟧). Le comité réclame une indemnisation «{NBSP}intégrale et rapide{NBSP}» pour les quelque ⟦450|Q:count|450||1⟧ navires concernés. En ⟦2024|D⟧, l'Etat avait versé ⟦20 millions d'euros|Q:money|20000000|EUR|0⟧ d'aides, couvrant en moyenne ⟦80{NNBSP}%|Q:percent|80|%|0⟧ du chiffre d'affaires perdu.

Aux ⟦Sables-d'Olonne|L|Les Sables-d'Olonne⟧ (⟦Vendée|L⟧), ⟦Yannick|P⟧, patron d'un fileyeur de ⟦12 mètres|Q:measure|12|m|0⟧, ne décolère pas. «{NBSP}On a installé des répulsifs acoustiques à ⟦1{NNBSP}200 euros|Q:money|1200|EUR|0⟧ pièce, on embarque des caméras et des observateurs, et on nous ferme quand même{NBSP}», dit-il. Chacun de ses ⟦trois|Q:count|3||0⟧ matelots perdra ⟦quatre semaines|Q:duration|4|week|0⟧ de salaire.

«{NBSP}C'est une victoire pour les dauphins, mais aussi pour les pêcheurs qui respectent la mer{NBSP}», s'est au contraire félicitée ⟦Lamya Essemlali|P⟧, présidente de ⟦Sea Shepherd France|O⟧. Son association réclame depuis ⟦cinq ans|Q:duration|5|year|0⟧ l'équipement obligatoire de caméras à bord de tous les navires à risque.

Le gouvernement a indiqué ⟦vendredi|D⟧ «{NBSP}prendre acte{NBSP}» de la décision et préparer un arrêté d'ici à ⟦la fin du mois|D⟧. La ⟦Commission européenne|O⟧ avait ouvert en ⟦juillet 2020|D⟧ une procédure d'infraction contre la ⟦France|L⟧, lui reprochant de ne pas protéger suffisamment les petits cétacés.
===ATTR===
mixed | juridiction | Conseil d'État | estime | les mesures prises par l'Etat depuis 2023 « ne permettent pas d'assurer » la conservation de l'espèce, protégée par le droit européen
indirect | requérantes | Sea Shepherd France, France Nature Environnement et Défense des milieux aquatiques | demandaient | une fermeture de trois mois
according-to | Pelagis | Pelagis | selon#1 | Entre 2017 et 2023, plus de 1 000 cétacés se sont échoués en moyenne chaque hiver sur la façade atlantique
indirect | scientifiques | scientifiques (non nommé) | estiment | le nombre réel de dauphins tués dans les engins de pêche atteint 6 000 à 9 000 par an
according-to | Conseil international pour l'exploration de la mer | Conseil international pour l'exploration de la mer | selon#2 | La fermeture de 2024 a fait chuter les échouages de près de 80 %
indirect | qui | Conseil international pour l'exploration de la mer | recommande | une interdiction plus longue
direct | Olivier Le Nézet | Olivier Le Nézet | a réagi | Un mois à quai, c'est un mois sans salaire pour des centaines de marins. On nous demande encore une fois de payer pour tout le monde
mixed | comité | Comité national des pêches maritimes et des élevages marins | réclame#1 | une indemnisation « intégrale et rapide » pour les quelque 450 navires concernés
direct | il | Yannick | dit-il | On a installé des répulsifs acoustiques à 1 200 euros pièce, on embarque des caméras et des observateurs, et on nous ferme quand même
direct | Lamya Essemlali | Lamya Essemlali | s'est au contraire félicitée | C'est une victoire pour les dauphins, mais aussi pour les pêcheurs qui respectent la mer
indirect | association | Sea Shepherd France | réclame#2 | l'équipement obligatoire de caméras à bord de tous les navires à risque
mixed | gouvernement#2 | gouvernement français | a indiqué | « prendre acte » de la décision et préparer un arrêté d'ici à la fin du mois
indirect | Commission européenne | Commission européenne | reprochant | de ne pas protéger suffisamment les petits cétacés
