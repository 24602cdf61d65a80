F1 : ⟦Lando Norris|P⟧ champion du monde à ⟦Abu Dhabi|L⟧, ⟦Max Verstappen|P⟧ battu pour ⟦deux|Q:count|2||0⟧ points

Troisième du Grand Prix d’Abu Dhabi, ⟦dimanche|D⟧ sur le ⟦circuit de Yas Marina|L⟧, ⟦Lando Norris|P⟧ (⟦McLaren|O⟧) est devenu champion du monde de Formule 1 pour la première fois. À ⟦26 ans|Q:duration|26|year|0⟧, le ⟦Britannique|N⟧ devance au classement final ⟦Max Verstappen|P⟧ (⟦Red Bull|O|Red Bull Racing⟧), vainqueur de la course, de ⟦deux|Q:count|2||0⟧ points seulement (⟦423|Q:count|423||0⟧ contre ⟦421|Q:count|421||0⟧), et son coéquipier ⟦Oscar Piastri|P⟧ de ⟦13|Q:count|13||0⟧ points.

Parti de la pole position, ⟦Verstappen|P|Max Verstappen⟧ a mené ⟦55|Q:count|55||0⟧ des ⟦58|Q:count|58||0⟧ tours et s’est imposé avec ⟦12,6 secondes|Q:duration|12.6|second|0⟧ d’avance sur ⟦Piastri|P|Oscar Piastri⟧. ⟦Norris|P|Lando Norris⟧, parti deuxième, a terminé à près de ⟦17 secondes|Q:duration|17|second|1⟧ du ⟦Néerlandais|N⟧, une marge confortable puisqu’une troisième place lui garantissait le titre quelle que soit l’issue de la course.

«J’ai pleuré dans le casque pendant tout le dernier tour. Je rêve de ça depuis que j’ai ⟦sept ans|Q:duration|7|year|0⟧», a déclaré ⟦Norris|P|Lando Norris⟧ au micro de ⟦Sky Sports|O⟧, avant d’être porté en triomphe par ses mécaniciens. Le pilote de ⟦Bristol|L⟧ devient le premier ⟦Britannique|N⟧ sacré depuis ⟦Lewis Hamilton|P⟧ en ⟦2020|D⟧.

⟦Verstappen|P|Max Verstappen⟧, ⟦28 ans|Q:duration|28|year|0⟧, qui restait sur ⟦quatre|Q:count|4||0⟧ titres consécutifs, a salué «une saison incroyable» de son rival et estimé que son équipe n’avait «rien à regretter». Le ⟦Néerlandais|N⟧ comptait encore ⟦104|Q:count|104||0⟧ points de retard sur ⟦Piastri|P|Oscar Piastri⟧ ⟦fin août|D⟧, avant d’enchaîner ⟦six|Q:count|6||0⟧ victoires lors des ⟦neuf|Q:count|9||0⟧ dernières courses. «Si on m’avait dit ça ⟦cet été|D⟧, j’aurais signé tout de suite», a-t-il confié.

Longtemps en tête du championnat, ⟦Piastri|P|Oscar Piastri⟧ se contente de la troisième place. «Ce n’est pas la fin que je voulais, mais ⟦Lando|P|Lando Norris⟧ le mérite», a réagi l’⟦Australien|N⟧ de ⟦24 ans|Q:duration|24|year|0⟧. «Nous avons laissé nos ⟦deux|Q:count|2||0⟧ pilotes se battre, et nous avons eu raison», a assuré le directeur de l’équipe ⟦McLaren|O⟧, ⟦Andrea Stella|P⟧. L’écurie de ⟦Woking|L⟧ avait déjà assuré le titre des constructeurs ⟦début octobre|D⟧ à ⟦Singapour|L⟧.

Le directeur général de ⟦McLaren|O⟧, ⟦Zak Brown|P⟧, a parlé d’un «jour historique» pour l’écurie, qui n’avait plus remporté le titre des pilotes depuis ⟦2008|D⟧ et ⟦Lewis Hamilton|P⟧. En ⟦Suisse romande|L⟧, la course a été suivie par ⟦185'000|Q:count|185000||0⟧ téléspectateurs, soit une part de marché de ⟦41%|Q:percent|41|%|0⟧, selon la ⟦RTS|O|Radio Télévision Suisse⟧.

Selon les organisateurs, quelque ⟦60'000|Q:count|60000||1⟧ spectateurs avaient pris place dans les tribunes. Le départ avait été donné à ⟦17h|D⟧, heure locale (⟦14h|D⟧ en ⟦Suisse|L⟧), sous une température de ⟦26 degrés|Q:measure|26|°C|0⟧. Le vainqueur d’un Grand Prix empoche ⟦25|Q:count|25||0⟧ points, le troisième ⟦15|Q:count|15||0⟧.

Côté ⟦suisse|N⟧, l’écurie ⟦Sauber|O⟧, basée à ⟦Hinwil|L⟧, disputait sa dernière course sous ce nom avant de devenir ⟦Audi|O⟧ ⟦la saison prochaine|D⟧. Son pilote ⟦Nico Hülkenberg|P⟧, ⟦38 ans|Q:duration|38|year|0⟧, avait offert en ⟦juillet|D⟧ à l’équipe son premier podium depuis ⟦2012|D⟧, à ⟦Silverstone|L⟧. «C’est la fin d’une époque pour ⟦Hinwil|L⟧, mais une nouvelle histoire commence», a déclaré le directeur de l’équipe, ⟦Jonathan Wheatley|P⟧. La saison ⟦2026|D⟧ débutera le ⟦8 mars|D⟧ à ⟦Melbourne|L⟧.
===ATTR===
direct | Norris | Lando Norris | a déclaré#1 | J’ai pleuré dans le casque pendant tout le dernier tour. Je rêve de ça depuis que j’ai sept ans
mixed | Verstappen | Max Verstappen | a salué | «une saison incroyable» de son rival
mixed | Verstappen | Max Verstappen | estimé | son équipe n’avait «rien à regretter»
direct | il | Max Verstappen | a-t-il confié | Si on m’avait dit ça cet été, j’aurais signé tout de suite
direct | Australien | Oscar Piastri | a réagi | Ce n’est pas la fin que je voulais, mais Lando le mérite
direct | Andrea Stella | Andrea Stella | a assuré | Nous avons laissé nos deux pilotes se battre, et nous avons eu raison
according-to | organisateurs | organisateurs (non nommé) | Selon | quelque 60'000 spectateurs avaient pris place dans les tribunes
mixed | Zak Brown | Zak Brown | a parlé | d’un «jour historique» pour l’écurie
according-to | RTS | Radio Télévision Suisse | selon | En Suisse romande, la course a été suivie par 185'000 téléspectateurs, soit une part de marché de 41%
direct | Jonathan Wheatley | Jonathan Wheatley | a déclaré#2 | C’est la fin d’une époque pour Hinwil, mais une nouvelle histoire commence
