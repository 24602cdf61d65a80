Tour de France: ⟦Pogacar|P|Tadej Pogacar⟧ s’impose à ⟦Superbagnères|L⟧, ⟦Hirschi|P|Marc Hirschi⟧ troisième

Au terme d’une étape de ⟦183 kilomètres|Q:measure|183|km|0⟧ entre ⟦Pau|L⟧ et ⟦Superbagnères|L⟧, la première grande explication ⟦pyrénéenne|N⟧ du Tour de France a tourné ⟦jeudi|D⟧ à l’avantage de ⟦Tadej Pogacar|P⟧. Le ⟦Slovène|N⟧ de l’équipe ⟦UAE Emirates|O⟧ a attaqué à ⟦4,5 kilomètres|Q:measure|4.5|km|0⟧ de l’arrivée et franchi la ligne avec ⟦22 secondes|Q:duration|22|second|0⟧ d’avance sur le ⟦Danois|N⟧ ⟦Jonas Vingegaard|P⟧ (⟦Visma-Lease a Bike|O⟧). Le ⟦Bernois|N⟧ ⟦Marc Hirschi|P⟧ (⟦Tudor|O|Tudor Pro Cycling⟧) a pris une remarquable troisième place, à ⟦41 secondes|Q:duration|41|second|0⟧.

Au classement général, ⟦Pogacar|P|Tadej Pogacar⟧, ⟦27 ans|Q:duration|27|year|0⟧, compte désormais ⟦1 minute 48 secondes|Q:duration|108|second|0⟧ d’avance sur ⟦Vingegaard|P|Jonas Vingegaard⟧ et plus de ⟦trois minutes|Q:duration|3|minute|1⟧ sur le ⟦Belge|N⟧ ⟦Remco Evenepoel|P⟧, lâché dès les premières pentes de la montée finale, longue de ⟦12,4 kilomètres|Q:measure|12.4|km|0⟧ à ⟦7,4%|Q:percent|7.4|%|0⟧ de moyenne.

«Je ne voulais pas attendre. Les jambes étaient bonnes, l’équipe a fait un travail énorme, alors j’ai tenté», a expliqué le maillot jaune au micro de ⟦France Télévisions|O⟧. Son directeur sportif, ⟦Andrej Hauptman|P⟧, a jugé que la course était «loin d’être finie», avec encore ⟦trois|Q:count|3||0⟧ arrivées au sommet au programme ⟦la semaine prochaine|D⟧.

⟦Vingegaard|P|Jonas Vingegaard⟧ s’est dit «plutôt rassuré» par ses sensations. «J’ai perdu du temps, mais moins que ⟦l’an dernier|D⟧ au même endroit», a relevé le vainqueur de l’épreuve en ⟦2022|D⟧ puis en ⟦2023|D⟧.

La satisfaction du jour est ⟦suisse|N⟧. A ⟦27 ans|Q:duration|27|year|0⟧, ⟦Hirschi|P|Marc Hirschi⟧ signe son meilleur résultat en haute montagne sur la Grande Boucle. «Je me suis accroché aux roues aussi longtemps que possible. Terminer derrière ces ⟦deux|Q:count|2||0⟧-là, c’est presque une victoire», souriait le coureur de ⟦Tudor|O|Tudor Pro Cycling⟧, qui remonte au neuvième rang du classement général. Son équipe, fondée par l’ancien champion ⟦Fabian Cancellara|P⟧, dispute son deuxième Tour.

Journée noire en revanche pour ⟦Groupama-FDJ|O⟧. Son grimpeur ⟦Thibaut Leclercq|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, a chuté au 62e kilomètre dans la descente du ⟦col d’Aspin|L⟧ et a dû abandonner. Il souffre d’une fracture de la clavicule et sera opéré ⟦samedi|D⟧ à ⟦Toulouse|L⟧, a précisé l’équipe ⟦française|N⟧ dans un communiqué. «C’est un coup dur, il était dans la forme de sa vie», a regretté son manager, ⟦Marc Madiot|P⟧.

L’étape s’est courue sous une forte chaleur: le thermomètre a dépassé ⟦34 degrés|Q:measure|34|°C|1⟧ dans la ⟦vallée de Luchon|L⟧, selon ⟦Météo-France|O⟧. Une échappée de ⟦onze|Q:count|11||0⟧ coureurs, parmi lesquels le ⟦Français|N⟧ ⟦Julian Alaphilippe|P⟧, a compté jusqu’à ⟦5 minutes 30|Q:duration|330|second|1⟧ d’avance avant d’être reprise à ⟦20 kilomètres|Q:measure|20|km|0⟧ du but.

L’arrivée a été jugée à ⟦17h41|D⟧, devant quelque ⟦40 000|Q:count|40000||1⟧ spectateurs massés sur les lacets, d’après les organisateurs d’⟦Amaury Sport Organisation|O⟧ (⟦ASO|O|Amaury Sport Organisation⟧). ⟦Vendredi|D⟧, les coureurs s’élanceront de ⟦Muret|L⟧ pour une étape de transition de ⟦178 kilomètres|Q:measure|178|km|0⟧ vers ⟦Carcassonne|L⟧.
===ATTR===
direct | maillot jaune | Tadej Pogacar | a expliqué | Je ne voulais pas attendre. Les jambes étaient bonnes, l’équipe a fait un travail énorme, alors j’ai tenté
mixed | Andrej Hauptman | Andrej Hauptman | a jugé | que la course était «loin d’être finie», avec encore trois arrivées au sommet au programme la semaine prochaine
mixed | Vingegaard#3 | Jonas Vingegaard | s’est dit | «plutôt rassuré» par ses sensations
direct | vainqueur | Jonas Vingegaard | a relevé | J’ai perdu du temps, mais moins que l’an dernier au même endroit
direct | coureur | Marc Hirschi | souriait | Je me suis accroché aux roues aussi longtemps que possible. Terminer derrière ces deux-là, c’est presque une victoire
indirect | équipe | Groupama-FDJ | a précisé | Il souffre d’une fracture de la clavicule et sera opéré samedi à Toulouse
direct | Marc Madiot | Marc Madiot | a regretté | C’est un coup dur, il était dans la forme de sa vie
according-to | Météo-France | Météo-France | selon | le thermomètre a dépassé 34 degrés dans la vallée de Luchon
according-to | organisateurs | Amaury Sport Organisation | d’après | L’arrivée a été jugée à 17h41, devant quelque 40 000 spectateurs massés sur les lacets
