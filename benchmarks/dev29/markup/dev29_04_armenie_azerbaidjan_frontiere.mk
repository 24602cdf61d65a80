⟦Arménie|L⟧-⟦Azerbaïdjan|L⟧ : ⟦64 kilomètres|Q:measure|64|km|0⟧ de frontière délimités, la paix avance à petits pas

⟦Erevan|L⟧, ⟦4 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Les commissions ⟦arménienne|N⟧ et ⟦azerbaïdjanaise|N⟧ chargées de la délimitation de la frontière ont signé ⟦jeudi|D⟧ un protocole fixant le tracé d'un nouveau tronçon de ⟦64 kilomètres|Q:measure|64|km|0⟧, entre la région de ⟦Syunik|L⟧ et le district ⟦azerbaïdjanais|N⟧ de ⟦Zanguilan|L⟧, a indiqué le gouvernement ⟦arménien|N⟧. Avec les ⟦12,7 km|Q:measure|12.7|km|0⟧ délimités au ⟦printemps 2024|D⟧ dans le ⟦Tavush|L⟧, un peu moins de ⟦8 %|Q:percent|8|%|1⟧ d'une frontière longue d'environ ⟦1 000 kilomètres|Q:measure|1000|km|1⟧ est désormais fixé.

“Chaque kilomètre tracé sur la carte est un kilomètre où l'on ne tirera plus”, a déclaré le vice-Premier ministre ⟦arménien|N⟧ ⟦Mher Grigorian|P⟧, qui préside la commission côté ⟦Erevan|L|Arménie⟧. Il a précisé que ⟦17|Q:count|17||0⟧ bornes seraient posées d'ici ⟦mars|D⟧ et que les habitants de ⟦quatre|Q:count|4||0⟧ villages frontaliers seraient indemnisés pour les terres perdues, à hauteur de ⟦2,5 millions de drams|Q:money|2500000|AMD|0⟧ par hectare.

A ⟦Bakou|L⟧, le ⟦ministère azerbaïdjanais des Affaires étrangères|O⟧ a salué “un pas concret vers la normalisation”, tout en rappelant que l'⟦Azerbaïdjan|L⟧ attendait toujours la révision de la Constitution ⟦arménienne|N⟧, qui mentionne le ⟦Haut-Karabakh|L⟧. Son porte-parole, ⟦Aykhan Hadjizada|P⟧, a estimé que le référendum promis par le Premier ministre ⟦Nikol Pachinian|P⟧ devait se tenir “sans nouveau report”.

L'accord de paix paraphé à ⟦Washington|L⟧ en ⟦août 2025|D⟧ par ⟦Nikol Pachinian|P⟧ et le président ⟦Ilham Aliev|P⟧ n'a toujours pas été signé. Selon des diplomates occidentaux, les deux capitales pourraient le faire au ⟦premier semestre 2027|D⟧, si le calendrier constitutionnel ⟦arménien|N⟧ le permet. Le texte prévoit aussi l'ouverture d'une route de transit d'environ ⟦43 km|Q:measure|43|km|1⟧ à travers le ⟦Syunik|L⟧, reliant l'⟦Azerbaïdjan|L⟧ à son exclave du ⟦Nakhitchevan|L⟧.

Sur le terrain, la mission civile de l'⟦Union européenne|O⟧ en ⟦Arménie|L⟧ (⟦EUMA|O|Mission de l'Union européenne en Arménie⟧) observe une nette accalmie. D'après son chef, le diplomate ⟦allemand|N⟧ ⟦Markus Reinholt|P⟧, ses ⟦209|Q:count|209||0⟧ observateurs ont effectué plus de ⟦1 400|Q:count|1400||1⟧ patrouilles ⟦cette année|D⟧ et n'ont relevé “aucun échange de tirs” depuis ⟦dix-huit mois|Q:duration|18|month|0⟧. “Notre présence n'est pas éternelle, mais partir maintenant serait prématuré”, a-t-il ajouté.

Le mandat de la mission expire en ⟦février 2027|D⟧, et ⟦Bakou|L|Azerbaïdjan⟧ réclame son départ. Un responsable de la commission ⟦azerbaïdjanaise|N⟧, qui a requis l'anonymat, a affirmé que les observateurs ⟦européens|N⟧ n'avaient “plus de raison d'être” une fois la frontière délimitée.

Dans les villages concernés, l'inquiétude domine. A ⟦Tchakaten|L⟧, où ⟦une quarantaine|Q:count|40||1⟧ de familles vont perdre des vergers, le maire ⟦Artak Sargsian|P⟧ explique que la compensation “ne remplace pas une terre cultivée depuis ⟦cinq|Q:count|5||0⟧ générations”. Selon un sondage de l'institut ⟦MPG|O⟧ publié en ⟦novembre|D⟧, ⟦52 %|Q:percent|52|%|0⟧ des ⟦Arméniens|N⟧ soutiennent pourtant l'accord, contre ⟦38 %|Q:percent|38|%|0⟧ ⟦un an|Q:duration|1|year|0⟧ plus tôt.
===ATTR===
indirect | gouvernement | gouvernement arménien (non nommé) | a indiqué | Les commissions arménienne et azerbaïdjanaise chargées de la délimitation de la frontière ont signé jeudi un protocole fixant le tracé d'un nouveau tronçon de 64 kilomètres, entre la région de Syunik et le district azerbaïdjanais de Zanguilan
direct | Mher Grigorian | Mher Grigorian | a déclaré | Chaque kilomètre tracé sur la carte est un kilomètre où l'on ne tirera plus
indirect | Il | Mher Grigorian | a précisé | 17 bornes seraient posées d'ici mars et que les habitants de quatre villages frontaliers seraient indemnisés pour les terres perdues, à hauteur de 2,5 millions de drams par hectare
mixed | ministère azerbaïdjanais des Affaires étrangères | ministère azerbaïdjanais des Affaires étrangères | a salué | “un pas concret vers la normalisation”
mixed | Aykhan Hadjizada | Aykhan Hadjizada | a estimé | le référendum promis par le Premier ministre Nikol Pachinian devait se tenir “sans nouveau report”
according-to | diplomates | diplomates occidentaux (non nommé) | Selon | les deux capitales pourraient le faire au premier semestre 2027, si le calendrier constitutionnel arménien le permet
according-to | Markus Reinholt | Markus Reinholt | D'après | ses 209 observateurs ont effectué plus de 1 400 patrouilles cette année et n'ont relevé “aucun échange de tirs” depuis dix-huit mois
direct | il | Markus Reinholt | a-t-il ajouté | Notre présence n'est pas éternelle, mais partir maintenant serait prématuré
indirect | Bakou | Azerbaïdjan | réclame | son départ
mixed | responsable | responsable de la commission azerbaïdjanaise (non nommé) | a affirmé | les observateurs européens n'avaient “plus de raison d'être” une fois la frontière délimitée
mixed | Artak Sargsian | Artak Sargsian | explique | la compensation “ne remplace pas une terre cultivée depuis cinq générations”
according-to | MPG | MPG | Selon | 52 % des Arméniens soutiennent pourtant l'accord, contre 38 % un an plus tôt
