⟦Gabon|L⟧ : la nouvelle Constitution approuvée à plus de ⟦91 %|Q:percent|91|%|1⟧, le général ⟦Oligui Nguema|P|Brice Clotaire Oligui Nguema⟧ conforte son emprise

⟦Libreville|L⟧, ⟦17 novembre|D⟧ (⟦Reuters|O⟧) - Les ⟦Gabonais|N⟧ ont largement approuvé ⟦samedi|D⟧ par référendum une nouvelle Constitution qui instaure un régime présidentiel fort, ⟦quatorze mois|Q:duration|14|month|0⟧ après le coup d'État qui a renversé le président ⟦Ali Bongo Ondimba|P|Ali Bongo Ondimba⟧, a annoncé ⟦dimanche|D⟧ le ⟦ministère de l'Intérieur|O|ministère gabonais de l'Intérieur⟧.

Le camp du oui l'a emporté avec ⟦91,80 %|Q:percent|91.8|%|0⟧ des suffrages exprimés, pour une participation de ⟦53,54 %|Q:percent|53.54|%|0⟧, a détaillé le ministre, ⟦Hermann Immongault|P|Hermann Immongault⟧, dans une allocution retransmise par la télévision publique ⟦Gabon 1ère|O⟧. Quelque ⟦860 000|Q:count|860000||1⟧ électeurs étaient appelés aux urnes dans ce pays pétrolier d'⟦Afrique centrale|L⟧ de ⟦2,3 millions|Q:count|2300000||0⟧ d'habitants, où le vote s'est déroulé sans incident majeur.

Le texte prévoit un mandat présidentiel de ⟦sept ans|Q:duration|7|year|0⟧, limité à ⟦deux|Q:count|2||0⟧ mandats, supprime le poste de Premier ministre et crée une vice-présidence. Il exige aussi des candidats à la magistrature suprême qu'ils soient nés de parents ⟦gabonais|N⟧ et qu'ils aient résidé au ⟦Gabon|L⟧ pendant au moins ⟦trois ans|Q:duration|3|year|1⟧ avant le scrutin, une clause qui écarte de fait plusieurs héritiers de l'ancien président.

Le chef de la junte, le général ⟦Brice Clotaire Oligui Nguema|P|Brice Clotaire Oligui Nguema⟧, a estimé sur les réseaux sociaux que les ⟦Gabonais|N⟧ avaient « écrit une nouvelle page » de leur histoire. « Le peuple s'est prononcé, a-t-il ajouté. Place maintenant à la reconstruction de nos institutions et de notre économie. » M. ⟦Oligui Nguema|P|Brice Clotaire Oligui Nguema⟧, qui avait fixé à ⟦24 mois|Q:duration|24|month|0⟧ la durée de la transition, n'a pas dit s'il serait candidat à la présidentielle prévue en ⟦août 2025|D⟧.

« Ce texte taillé sur mesure ouvre la voie à une présidence à vie », a dénoncé l'économiste ⟦Albert Ondo Ossa|P|Albert Ondo Ossa⟧, principal adversaire d'⟦Ali Bongo|P|Ali Bongo Ondimba⟧ lors de la présidentielle d'⟦août 2023|D⟧, qui faisait campagne pour le non. Selon lui, le nouveau texte concentre « tous les pouvoirs entre les mains du président ».

Dans les rues de ⟦Libreville|L⟧, les avis restaient partagés. « J'ai voté oui parce qu'il faut tourner la page de ⟦56 ans|Q:duration|56|year|0⟧ de pouvoir d'une même famille », raconte ⟦Aristide Mba Ndong|P|Aristide Mba Ndong⟧, chauffeur de taxi dans le quartier de ⟦Nzeng-Ayong|L⟧. « On nous demande de signer un chèque en blanc », regrette au contraire ⟦Estelle Ngoua|P|Estelle Ngoua⟧, une enseignante, qui dit avoir boycotté le scrutin. Mme ⟦Ngoua|P|Estelle Ngoua⟧ affirme que les salaires des enseignants ont été versés avec ⟦trois mois|Q:duration|3|month|0⟧ de retard ⟦cette année|D⟧.

La ⟦Communauté économique des États de l'Afrique centrale|O⟧ (⟦CEEAC|O|Communauté économique des États de l'Afrique centrale⟧), qui avait suspendu le ⟦Gabon|L⟧ après le putsch du ⟦30 août 2023|D⟧ avant de le réintégrer en ⟦mars|D⟧, a jugé dans un communiqué que le scrutin s'était déroulé « dans le calme et la transparence ». L'⟦Union africaine|O⟧ (⟦UA|O|Union africaine⟧), dont le ⟦Conseil de paix et de sécurité|O|Conseil de paix et de sécurité de l'Union africaine⟧ a suspendu le pays dès ⟦septembre 2023|D⟧, n'avait pas encore réagi ⟦dimanche soir|D⟧.

À ⟦Paris|L⟧, une source diplomatique a indiqué que la ⟦France|L⟧ « suivrait avec attention » la suite de la transition. L'ancienne puissance coloniale maintient quelque ⟦350|Q:count|350||1⟧ militaires au ⟦camp de Gaulle|L⟧, dans la capitale ⟦gabonaise|N⟧.

Le ⟦Gabon|L⟧, membre de l'⟦Opep|O|OPEP⟧, produit environ ⟦200 000 barils|Q:measure|200000|bbl|1⟧ de brut par jour. Selon la ⟦Banque mondiale|O⟧, près d'un tiers de ses habitants vivent pourtant sous le seuil de pauvreté. La dette publique dépasse ⟦7 000 milliards de francs CFA|Q:money|7000000000000|XAF|1⟧ (près de ⟦10,7 milliards d'euros|Q:money|10700000000|EUR|1⟧), soit environ ⟦70 %|Q:percent|70|%|1⟧ du produit intérieur brut, d'après le ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧), dont une mission a séjourné à ⟦Libreville|L⟧ du ⟦5 au 12 novembre|D⟧. Le ministre de l'Économie, ⟦Mays Mouissi|P|Mays Mouissi⟧, avait assuré ⟦la semaine dernière|D⟧ que le pays honorerait « toutes ses échéances » en ⟦2025|D⟧.

===ATTR===
indirect | ministère de l'Intérieur | ministère gabonais de l'Intérieur | a annoncé | Les Gabonais ont largement approuvé samedi par référendum une nouvelle Constitution qui instaure un régime présidentiel fort, quatorze mois après le coup d'État qui a renversé le président Ali Bongo Ondimba
indirect | Hermann Immongault | Hermann Immongault | a détaillé | Le camp du oui l'a emporté avec 91,80 % des suffrages exprimés, pour une participation de 53,54 %
mixed | Brice Clotaire Oligui Nguema | Brice Clotaire Oligui Nguema | a estimé | les Gabonais avaient « écrit une nouvelle page » de leur histoire
direct | il | Brice Clotaire Oligui Nguema | a-t-il ajouté | Le peuple s'est prononcé, a-t-il ajouté. Place maintenant à la reconstruction de nos institutions et de notre économie.
direct | Albert Ondo Ossa | Albert Ondo Ossa | a dénoncé | Ce texte taillé sur mesure ouvre la voie à une présidence à vie
according-to | lui | Albert Ondo Ossa | Selon | le nouveau texte concentre « tous les pouvoirs entre les mains du président »
direct | Aristide Mba Ndong | Aristide Mba Ndong | raconte | J'ai voté oui parce qu'il faut tourner la page de 56 ans de pouvoir d'une même famille
direct | Estelle Ngoua | Estelle Ngoua | regrette | On nous demande de signer un chèque en blanc
indirect | qui | Estelle Ngoua | dit | avoir boycotté le scrutin
indirect | Ngoua | Estelle Ngoua | affirme | les salaires des enseignants ont été versés avec trois mois de retard cette année
mixed | Communauté économique des États de l'Afrique centrale | Communauté économique des États de l'Afrique centrale | a jugé | le scrutin s'était déroulé « dans le calme et la transparence »
mixed | source diplomatique | source diplomatique à Paris (non nommée) | a indiqué | la France « suivrait avec attention » la suite de la transition
according-to | Banque mondiale | Banque mondiale | Selon | près d'un tiers de ses habitants vivent pourtant sous le seuil de pauvreté
according-to | Fonds monétaire international | Fonds monétaire international | d'après | La dette publique dépasse 7 000 milliards de francs CFA (près de 10,7 milliards d'euros), soit environ 70 % du produit intérieur brut
mixed | Mays Mouissi | Mays Mouissi | avait assuré | le pays honorerait « toutes ses échéances » en 2025
