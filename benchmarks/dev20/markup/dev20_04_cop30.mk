COP30 : à ⟦Belém|L⟧, un accord a minima sur la finance climatique

La trentième conférence mondiale sur le climat (COP30) s’est achevée ⟦ce samedi 22 novembre|D⟧ à ⟦Belém|L⟧, au ⟦Brésil|L⟧, avec plus de ⟦vingt-quatre heures|Q:duration|24|hour|1⟧ de retard, sur un compromis que beaucoup de délégations jugent insuffisant. Les quelque ⟦190|Q:count|190||1⟧ pays présents se sont engagés à tripler d’ici à ⟦2035|D⟧ les financements consacrés à l’adaptation des pays en développement, sans fixer de calendrier pour sortir des énergies fossiles.

« Ce n’est pas l’accord dont la planète a besoin, mais c’est celui que le monde était capable de signer ⟦aujourd’hui|D⟧ », a reconnu le président de la COP30, le diplomate ⟦brésilien|N⟧ ⟦André Corrêa do Lago|P⟧, lors de la séance plénière de clôture, peu après ⟦15 heures|D⟧.

Le président ⟦Luiz Inácio Lula da Silva|P⟧ avait pourtant voulu faire de cette conférence en ⟦Amazonie|L⟧ un tournant. ⟦Lula|P|Luiz Inácio Lula da Silva⟧ avait plaidé pour une « feuille de route » permettant de sortir progressivement du pétrole, du gaz et du charbon, lors de l’ouverture du sommet, le ⟦10 novembre|D⟧. Mais les pays producteurs, emmenés par l’⟦Arabie saoudite|L⟧, ont bloqué toute mention d’une sortie des fossiles dans le texte final, selon plusieurs négociateurs.

Sur la finance, le compromis reste en deçà des attentes. Lors de la COP29 à ⟦Bakou|L⟧, ⟦l’an dernier|D⟧, les pays développés s’étaient vu fixer un objectif de ⟦300 milliards de dollars|Q:money|300000000000|USD|0⟧ par an d’ici à ⟦2035|D⟧. Le texte de ⟦Belém|L⟧ appelle à mobiliser au moins ⟦1 300 milliards de dollars|Q:money|1300000000000|USD|1⟧ par an, toutes sources confondues, sans préciser qui paiera.

Le ⟦Brésil|L⟧ a par ailleurs lancé un ⟦Fonds Forêts tropicales pour toujours|O⟧ (⟦TFFF|O|Fonds Forêts tropicales pour toujours⟧), qui a recueilli ⟦5,5 milliards de dollars|Q:money|5500000000|USD|0⟧ de promesses, dont ⟦3 milliards|Q:money|3000000000|USD|0⟧ de la ⟦Norvège|L⟧, selon le ⟦ministère brésilien de l’Environnement|O⟧. ⟦Brasília|L⟧ y contribuera à hauteur d’⟦un milliard de dollars|Q:money|1000000000|USD|0⟧, soit environ ⟦5,3 milliards de reais|Q:money|5300000000|BRL|1⟧.

Selon le ⟦Programme des Nations unies pour l’environnement|O⟧ (⟦PNUE|O|Programme des Nations unies pour l’environnement⟧), les engagements actuels des Etats placent la planète sur une trajectoire de réchauffement de ⟦2,3 à 2,5 °C|Q:measure|2.3~2.5|°C|1⟧ d’ici à ⟦la fin du siècle|D⟧, loin de l’objectif de ⟦1,5 °C|Q:measure|1.5|°C|0⟧ de l’accord de Paris. Le monde a émis ⟦57,7 milliards de tonnes|Q:measure|57700000000|t|0⟧ d’équivalent CO2 en ⟦2024|D⟧, un record.

« On repart avec des promesses et sans argent frais. Pour les îles du ⟦Pacifique|L⟧, c’est une question de survie », a réagi ⟦Ralph Regenvanu|P⟧, ministre du Changement climatique du ⟦Vanuatu|L⟧. L’⟦Union européenne|O⟧, représentée par le commissaire ⟦Wopke Hoekstra|P⟧, a regretté un texte « sans ambition sur la réduction des émissions », tandis que la ⟦Chine|L⟧ a salué un résultat « équilibré ».

Dans les rues de ⟦Belém|L⟧, ⟦des milliers|Q:count|1000||1⟧ de manifestants, dont de nombreux représentants des peuples autochtones, avaient défilé ⟦samedi dernier|D⟧ pour réclamer la protection de leurs terres. La COP31 se tiendra en ⟦novembre 2026|D⟧ à ⟦Antalya|L⟧, en ⟦Turquie|L⟧.
===ATTR===
indirect | pays | pays présents à la COP30 (non nommé) | se sont engagés | à tripler d’ici à 2035 les financements consacrés à l’adaptation des pays en développement
direct | André Corrêa do Lago | André Corrêa do Lago | a reconnu | Ce n’est pas l’accord dont la planète a besoin, mais c’est celui que le monde était capable de signer aujourd’hui
mixed | Lula | Luiz Inácio Lula da Silva | avait plaidé | pour une « feuille de route » permettant de sortir progressivement du pétrole, du gaz et du charbon
according-to | négociateurs | négociateurs (non nommé) | selon | les pays producteurs, emmenés par l’Arabie saoudite, ont bloqué toute mention d’une sortie des fossiles dans le texte final
according-to | ministère brésilien de l’Environnement | ministère brésilien de l’Environnement | selon | Le Brésil a par ailleurs lancé un Fonds Forêts tropicales pour toujours (TFFF), qui a recueilli 5,5 milliards de dollars de promesses, dont 3 milliards de la Norvège
according-to | Programme des Nations unies pour l’environnement | Programme des Nations unies pour l’environnement | Selon | les engagements actuels des Etats placent la planète sur une trajectoire de réchauffement de 2,3 à 2,5 °C d’ici à la fin du siècle, loin de l’objectif de 1,5 °C de l’accord de Paris
direct | Ralph Regenvanu | Ralph Regenvanu | a réagi | On repart avec des promesses et sans argent frais. Pour les îles du Pacifique, c’est une question de survie
mixed | Union européenne | Union européenne | a regretté | un texte « sans ambition sur la réduction des émissions »
mixed | Chine | Chine | a salué | un résultat « équilibré »
