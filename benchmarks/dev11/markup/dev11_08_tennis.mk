Roland-Garros : la ⟦Sherbrookoise|N⟧ ⟦Émilie Gagnon|P⟧, ⟦19 ans|Q:duration|19|year|0⟧, signe sa première victoire en Grand Chelem

⟦PARIS|L|Paris⟧ — La ⟦Québécoise|N⟧ ⟦Émilie Gagnon|P⟧ a remporté ⟦mardi|D⟧ le premier match de sa carrière dans le tableau principal d’un tournoi du Grand Chelem. Issue des qualifications, la joueuse de ⟦19 ans|Q:duration|19|year|0⟧, 142e au classement de la ⟦WTA|O|Women’s Tennis Association⟧, a dominé la ⟦Française|N⟧ ⟦Clara Dumont|P⟧ 6-4, 3-6, 7-5 en ⟦2 h 41 min|Q:duration|161|minute|0⟧, sur un court annexe pris d’assaut par le public ⟦parisien|N⟧.

«{NBSP}Je tremblais au moment de servir pour le match. J’ai juste essayé de rester agressive et de ne pas penser au pointage{NBSP}», a raconté ⟦Gagnon|P|Émilie Gagnon⟧ en conférence de presse, encore émue. Le match avait débuté à ⟦11 h|D⟧ (⟦5 h|D⟧, heure de ⟦Montréal|L⟧), sous une fine pluie.

Menée 2-4 dans la dernière manche, la gauchère a remporté ⟦cinq|Q:count|5||0⟧ des ⟦six|Q:count|6||0⟧ derniers jeux. Elle a réussi ⟦sept|Q:count|7||0⟧ as, converti ⟦cinq|Q:count|5||0⟧ de ses ⟦11|Q:count|11||0⟧ balles de bris et remporté ⟦72 %|Q:percent|72|%|0⟧ des points sur sa première balle, selon les statistiques officielles du tournoi.

Cette victoire lui assure un chèque d’au moins ⟦117 000 euros|Q:money|117000|EUR|1⟧ (environ ⟦183 000 $|Q:money|183000|CAD|1⟧), soit davantage que ses gains de toute ⟦la saison dernière|D⟧. La gagnante du tournoi empochera ⟦2,55 millions d’euros|Q:money|2550000|EUR|0⟧, selon la ⟦Fédération française de tennis|O⟧ (⟦FFT|O|Fédération française de tennis⟧), qui a porté la dotation totale à ⟦56,4 millions d’euros|Q:money|56400000|EUR|0⟧.

Son entraîneur, ⟦Marc-André Roy|P⟧, la suit depuis l’âge de ⟦12 ans|Q:duration|12|year|0⟧ au centre national de ⟦Tennis Canada|O⟧, à ⟦Montréal|L⟧. «{NBSP}Elle a toujours eu un gros coup droit. Ce qui a changé ⟦cette année|D⟧, c’est la tête. Elle ne panique plus quand elle perd une manche{NBSP}», estime-t-il. ⟦Tennis Canada|O⟧ lui verse depuis ⟦2023|D⟧ une bourse annuelle de ⟦40 000 $|Q:money|40000|CAD|0⟧. Joint par téléphone, le directeur général de ⟦Tennis Québec|O⟧, ⟦Jean-François Bélanger|P⟧, a salué «{NBSP}une performance historique pour le tennis ⟦québécois|N⟧{NBSP}». Selon lui, les inscriptions dans les clubs de la province ont bondi de ⟦15 %|Q:percent|15|%|0⟧ en ⟦cinq ans|Q:duration|5|year|0⟧, et ⟦trois|Q:count|3||0⟧ ⟦Québécoises|N⟧ figurent désormais parmi les ⟦200|Q:count|200||0⟧ premières mondiales.

⟦Clara Dumont|P⟧, ⟦24 ans|Q:duration|24|year|0⟧ et 88e mondiale, a reconnu avoir «{NBSP}manqué de fraîcheur{NBSP}» dans le dernier set. Elle avait disputé une finale à ⟦Rabat|L⟧ ⟦la semaine dernière|D⟧. «{NBSP}Elle a mieux joué les points importants, c’est tout{NBSP}», a résumé la ⟦Lyonnaise|N⟧.

Au deuxième tour, ⟦jeudi|D⟧, ⟦Gagnon|P|Émilie Gagnon⟧ affrontera l’⟦Ukrainienne|N⟧ ⟦Daria Kovalenko|P⟧, 21e mondiale. «{NBSP}Je n’ai rien à perdre. Personne ne m’attendait ici{NBSP}», a-t-elle lancé en souriant.

Chez les ⟦Canadiens|N⟧, ⟦Leylah Fernandez|P⟧, finaliste de l’US Open en ⟦2021|D⟧, entrera en lice ⟦mercredi|D⟧. Dans les gradins, ⟦une trentaine|Q:count|30||1⟧ de partisans ⟦québécois|N⟧ agitaient le fleurdelisé. «{NBSP}Je n’ai pas dormi depuis ⟦deux jours|Q:duration|2|day|0⟧{NBSP}», a confié la mère d’⟦Émilie Gagnon|P⟧, ⟦Sylvie|P⟧, arrivée de ⟦Sherbrooke|L⟧ ⟦samedi|D⟧.
===ATTR===
direct | Gagnon | Émilie Gagnon | a raconté | Je tremblais au moment de servir pour le match. J’ai juste essayé de rester agressive et de ne pas penser au pointage
according-to | Fédération française de tennis | Fédération française de tennis | selon#2 | La gagnante du tournoi empochera 2,55 millions d’euros
direct | il | Marc-André Roy | estime-t-il | Elle a toujours eu un gros coup droit. Ce qui a changé cette année, c’est la tête. Elle ne panique plus quand elle perd une manche
mixed | Clara Dumont#2 | Clara Dumont | a reconnu | avoir « manqué de fraîcheur » dans le dernier set
direct | Lyonnaise | Clara Dumont | a résumé | Elle a mieux joué les points importants, c’est tout
direct | elle | Émilie Gagnon | a-t-elle lancé | Je n’ai rien à perdre. Personne ne m’attendait ici
direct | Jean-François Bélanger | Jean-François Bélanger | a salué | une performance historique pour le tennis québécois
according-to | lui | Jean-François Bélanger | Selon | les inscriptions dans les clubs de la province ont bondi de 15 % en cinq ans, et trois Québécoises figurent désormais parmi les 200 premières mondiales
direct | Sylvie | Sylvie | a confié | Je n’ai pas dormi depuis deux jours