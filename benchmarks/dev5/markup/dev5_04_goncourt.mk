Goncourt : ⟦Hélène Marquet|P⟧ couronnée pour Les Hivers de Tulle, le Renaudot à ⟦Camille Aubertin|P⟧

⟦Paris|L⟧, ⟦4 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – La romancière ⟦Hélène Marquet|P⟧ a reçu ⟦mardi|D⟧ le prix Goncourt pour Les Hivers de Tulle (⟦Gallimard|O⟧), une fresque familiale qui traverse le ⟦XXe siècle|D⟧ dans la ⟦Corrèze|L⟧ ouvrière, a annoncé l’⟦Académie Goncourt|O⟧ peu après ⟦12h45|D⟧ au ⟦restaurant Drouant|L⟧, ⟦place Gaillon|L⟧.

Le livre l’a emporté au quatrième tour de scrutin, par ⟦six|Q:count|6||0⟧ voix contre ⟦quatre|Q:count|4||0⟧, face à Port-Gentil, la nuit, premier roman du ⟦Gabonais|N⟧ ⟦Samuel Ndong|P⟧ (⟦Actes Sud|O⟧), que la critique donnait favori. “Nous avons longuement hésité, les ⟦deux|Q:count|2||0⟧ livres se tenaient jusqu’au bout. Mais la langue d’⟦Hélène Marquet|P⟧ a fini par emporter la décision”, a expliqué ⟦Françoise Lemercier|P⟧, membre du jury depuis ⟦2019|D⟧.

Née en ⟦1974|D⟧ à ⟦Tulle|L⟧, où elle a longtemps enseigné les lettres dans un lycée professionnel, ⟦Hélène Marquet|P⟧, ⟦51 ans|Q:duration|51|year|0⟧, publie là son quatrième roman. Elle avait déjà figuré dans la dernière sélection du prix Femina en ⟦2021|D⟧ avec L’Enfant du causse. Les Hivers de Tulle suit ⟦quatre|Q:count|4||0⟧ générations d’ouvriers de la manufacture d’armes de la ville, de la Grande Guerre à la fermeture des ateliers.

“Je pense à ma grand-mère, qui ne savait ni lire ni écrire et qui m’a tout appris. Ce prix est aussi le sien”, a déclaré la lauréate, très émue, sous le crépitement des flashs. Interrogée sur la portée politique de son livre, elle a répondu : “Je n’écris pas des tracts, j’écris des vies”.

Tiré initialement à ⟦18 000|Q:count|18000||0⟧ exemplaires, le roman de ⟦432|Q:count|432||0⟧ pages, vendu ⟦23 euros|Q:money|23|EUR|0⟧, avait déjà trouvé près de ⟦35 000|Q:count|35000||1⟧ lecteurs avant le prix, selon l’institut ⟦GfK|O⟧. ⟦Gallimard|O⟧ a annoncé dans la foulée une réimpression de ⟦200 000|Q:count|200000||0⟧ exemplaires. Un Goncourt se vend en moyenne à quelque ⟦400 000|Q:count|400000||1⟧ exemplaires, selon les professionnels du secteur. Le prix lui-même est symbolique : un chèque de ⟦10 euros|Q:money|10|EUR|0⟧, que la plupart des lauréats ne touchent jamais.

“C’est la victoire d’une écrivaine qui a pris son temps, loin des modes”, s’est félicitée ⟦Claire Desvignes|P⟧, directrice littéraire chez ⟦Gallimard|O⟧. ⟦L’an dernier|D⟧, la maison avait déjà été couronnée avec Houris, de l’écrivain ⟦franco-algérien|N⟧ ⟦Kamel Daoud|P⟧.

Quelques minutes plus tard, le prix Renaudot a été attribué à ⟦Camille Aubertin|P⟧ pour Les Sentinelles (⟦Grasset|O⟧), un roman sur ⟦trois|Q:count|3||0⟧ générations de marins ⟦bretons|N⟧ à ⟦Douarnenez|L⟧ (⟦Finistère|L⟧). Réuni dans le même restaurant, le jury l’a choisi au premier tour, par ⟦sept|Q:count|7||0⟧ voix sur ⟦dix|Q:count|10||0⟧.

Les droits d’adaptation des Hivers de Tulle ont déjà été acquis par ⟦Pathé|O⟧, a confirmé à l’⟦AFP|O|Agence France-Presse⟧ le producteur ⟦Mathieu Serrault|P⟧. Le tournage, confié à la réalisatrice ⟦belge|N⟧ ⟦Lise Vandenbroucke|P⟧, dont le dernier film avait été présenté en compétition au Festival de Cannes en ⟦mai|D⟧, pourrait débuter à l’⟦automne 2026|D⟧ dans le ⟦Limousin|L⟧.

À ⟦Brive-la-Gaillarde|L⟧, la libraire ⟦Maryse Delpech|P⟧ a confié avoir commandé ⟦300|Q:count|300||0⟧ exemplaires dès l’annonce. “Ici, tout le monde connaît la famille du livre, ou croit la connaître”, assure-t-elle.

===ATTR===
indirect | Académie Goncourt | Académie Goncourt | a annoncé | La romancière Hélène Marquet a reçu mardi le prix Goncourt pour Les Hivers de Tulle (Gallimard), une fresque familiale qui traverse le XXe siècle dans la Corrèze ouvrière
direct | Françoise Lemercier | Françoise Lemercier | a expliqué | Nous avons longuement hésité, les deux livres se tenaient jusqu’au bout. Mais la langue d’Hélène Marquet a fini par emporter la décision
direct | lauréate | Hélène Marquet | a déclaré | Je pense à ma grand-mère, qui ne savait ni lire ni écrire et qui m’a tout appris. Ce prix est aussi le sien
direct | elle | Hélène Marquet | a répondu | Je n’écris pas des tracts, j’écris des vies
according-to | GfK | GfK | selon#1 | Tiré initialement à 18 000 exemplaires, le roman de 432 pages, vendu 23 euros, avait déjà trouvé près de 35 000 lecteurs avant le prix
indirect | Gallimard#2 | Gallimard | a annoncé | une réimpression de 200 000 exemplaires
according-to | professionnels du secteur | professionnels de l’édition (non nommés) | selon#2 | Un Goncourt se vend en moyenne à quelque 400 000 exemplaires
direct | Claire Desvignes | Claire Desvignes | s’est félicitée | C’est la victoire d’une écrivaine qui a pris son temps, loin des modes
indirect | Mathieu Serrault | Mathieu Serrault | a confirmé | Les droits d’adaptation des Hivers de Tulle ont déjà été acquis par Pathé
indirect | Maryse Delpech | Maryse Delpech | a confié | avoir commandé 300 exemplaires dès l’annonce
direct | elle | Maryse Delpech | assure-t-elle | Ici, tout le monde connaît la famille du livre, ou croit la connaître
