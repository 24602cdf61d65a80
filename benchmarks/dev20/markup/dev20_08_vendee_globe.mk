Vendée Globe : ⟦Charlie Dalin|P⟧ triomphe aux ⟦Sables-d’Olonne|L|Les Sables-d'Olonne⟧ et pulvérise le record

⟦Charlie Dalin|P⟧ (Macif Santé Prévoyance) a remporté ⟦mardi|D⟧ le dixième Vendée Globe en franchissant la ligne d’arrivée au large des ⟦Sables-d’Olonne|L|Les Sables-d'Olonne⟧ à ⟦8 h 24 min 49 s|D⟧, après ⟦64 jours, 19 heures, 22 minutes et 49 secondes|Q:duration|5599369|second|0⟧ de course. Le skipper ⟦havrais|N⟧, ⟦40 ans|Q:duration|40|year|0⟧, améliore de plus de ⟦neuf jours|Q:duration|9|day|1⟧ le record de l’épreuve, établi en ⟦2017|D⟧ par ⟦Armel Le Cléac’h|P⟧ en ⟦74 jours, 3 heures, 35 minutes et 46 secondes|Q:duration|6406546|second|0⟧.

“C’est un rêve de gosse qui se réalise. J’ai tout donné pendant ⟦deux mois|Q:duration|2|month|0⟧, le bateau aussi, et il n’y a pas eu un jour où je n’ai pas pensé à cette ligne”, a lancé le vainqueur, très ému, sur le ponton où l’attendaient ⟦des milliers|Q:count|1000||1⟧ de spectateurs malgré le froid.

Parti le ⟦10 novembre|D⟧ avec ⟦39|Q:count|39||0⟧ autres concurrents, ⟦Dalin|P|Charlie Dalin⟧ a mené la flotte pendant l’essentiel du tour du monde, au coude-à-coude avec ⟦Yoann Richomme|P⟧ (Paprec Arkéa) jusqu’au ⟦cap Horn|L⟧, franchi juste avant ⟦Noël|D⟧. Il a ensuite creusé l’écart dans la remontée de l’⟦Atlantique|L⟧, profitant d’une dépression au large du ⟦Brésil|L⟧. Il a parcouru plus de ⟦26 000 milles|Q:measure|26000|nmi|1⟧ (environ ⟦48 000 kilomètres|Q:measure|48000|km|1⟧) à une vitesse moyenne supérieure à ⟦17 nœuds|Q:measure|17|kn|1⟧, selon les organisateurs.

“⟦Charlie|P|Charlie Dalin⟧ a été d’une régularité de métronome. Il n’a jamais mis son bateau en danger, même quand il avait ⟦200 milles|Q:measure|200|nmi|0⟧ d’avance”, a commenté le directeur de course, ⟦Hubert Lemonnier|P⟧. ⟦Richomme|P|Yoann Richomme⟧, deuxième, était attendu dans les prochaines heures. Plus de ⟦300 000|Q:count|300000||1⟧ visiteurs sont attendus ⟦ce week-end|D⟧ sur le village de la course, selon la ⟦mairie des Sables-d’Olonne|O|mairie des Sables-d'Olonne⟧.

Interrogé par ⟦France Info|O|franceinfo⟧, ⟦Armel Le Cléac’h|P⟧ a salué “une performance incroyable” et estimé que “les bateaux à foils ont changé la course”. Le marin ⟦breton|N⟧ avait lui-même battu de ⟦près de quatre jours|Q:duration|4|day|1⟧ le précédent record, détenu par ⟦François Gabart|P⟧.

⟦Il y a quatre ans|Q:duration|4|year|0⟧, ⟦Dalin|P|Charlie Dalin⟧ avait coupé la ligne en tête, mais avait été relégué à la deuxième place après l’application des bonifications accordées à ⟦Yannick Bestaven|P⟧ pour sa participation au sauvetage de ⟦Kevin Escoffier|P⟧. “Cette fois, il n’y a pas de calcul à faire”, a-t-il souri en levant les bras.

Sur les ⟦40|Q:count|40||0⟧ skippers au départ, dont ⟦six|Q:count|6||0⟧ femmes, ⟦une trentaine|Q:count|30||1⟧ sont toujours en course. Les derniers ne sont pas attendus en ⟦Vendée|L⟧ avant la ⟦mi-février|D⟧. La ⟦Suissesse|N⟧ ⟦Justine Mettraux|P⟧ et la ⟦Britannique|N⟧ ⟦Sam Davies|P⟧ naviguent actuellement dans l’⟦Atlantique Sud|L⟧, à plus de ⟦3 000 milles|Q:measure|3000|nmi|1⟧ de l’arrivée. Le vainqueur empoche une prime de ⟦200 000 euros|Q:money|200000|EUR|0⟧, et son équipe prépare déjà la Route du Rhum, qui partira de ⟦Saint-Malo|L⟧ en ⟦novembre 2026|D⟧.
===ATTR===
direct | vainqueur | Charlie Dalin | a lancé | C’est un rêve de gosse qui se réalise. J’ai tout donné pendant deux mois, le bateau aussi, et il n’y a pas eu un jour où je n’ai pas pensé à cette ligne
according-to | organisateurs | organisateurs du Vendée Globe (non nommé) | selon | Il a parcouru plus de 26 000 milles (environ 48 000 kilomètres) à une vitesse moyenne supérieure à 17 nœuds
direct | Hubert Lemonnier | Hubert Lemonnier | a commenté | Charlie a été d’une régularité de métronome. Il n’a jamais mis son bateau en danger, même quand il avait 200 milles d’avance
direct | Armel Le Cléac’h | Armel Le Cléac’h | a salué | une performance incroyable
direct | Armel Le Cléac’h | Armel Le Cléac’h | estimé | les bateaux à foils ont changé la course
direct | il | Charlie Dalin | a-t-il souri | Cette fois, il n’y a pas de calcul à faire
according-to | mairie des Sables-d’Olonne | mairie des Sables-d'Olonne | selon | Plus de 300 000 visiteurs sont attendus ce week-end sur le village de la course
