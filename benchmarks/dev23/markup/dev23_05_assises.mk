Meurtre de ⟦Wattrelos|L⟧ : ⟦vingt-deux ans|Q:duration|22|year|0⟧ de réclusion pour l’ancien compagnon

Après ⟦cinq jours|Q:duration|5|day|0⟧ de procès et près de ⟦six heures|Q:duration|6|hour|1⟧ de délibéré, la ⟦cour d’assises du Nord|O⟧ a condamné ⟦vendredi soir|D⟧, à ⟦Douai|L⟧, ⟦Kévin Delcourt|P⟧, ⟦41 ans|Q:duration|41|year|0⟧, à ⟦vingt-deux ans|Q:duration|22|year|0⟧ de réclusion criminelle pour le meurtre de son ex-compagne, ⟦Sandrine Lemaire|P⟧, tuée de ⟦dix-sept|Q:count|17||0⟧ coups de couteau le ⟦3 mars 2023|D⟧ à ⟦Wattrelos|L⟧. La peine est assortie d’une période de sûreté des deux tiers.

L’avocate générale, ⟦Claire Vanhove|P⟧, avait requis ⟦mercredi|D⟧ ⟦trente ans|Q:duration|30|year|0⟧ de réclusion, estimant que l’accusé avait "prémédité son geste pendant des semaines". La cour et les jurés n’ont pas retenu la préméditation, qui aurait fait encourir à l’accusé la réclusion criminelle à perpétuité, mais ont reconnu la circonstance aggravante de meurtre commis par un ancien conjoint.

Le verdict a été accueilli en silence par la famille de la victime, assise au premier rang depuis ⟦lundi|D⟧. "⟦Vingt-deux ans|Q:duration|22|year|0⟧, ce n’est rien à côté de ce qu’il nous a pris. Mais au moins, la justice a dit que c’était un meurtre", a réagi à la sortie de la salle la sœur de ⟦Sandrine|P|Sandrine Lemaire⟧, ⟦Aurélie Lemaire|P⟧. La victime, mère de ⟦deux|Q:count|2||0⟧ enfants âgés aujourd’hui de ⟦9|Q:duration|9|year|0⟧ et ⟦13 ans|Q:duration|13|year|0⟧, avait déposé ⟦trois|Q:count|3||0⟧ plaintes pour violences en ⟦2022|D⟧, toutes classées sans suite.

Pendant les débats, ⟦Kévin Delcourt|P⟧ avait reconnu les faits mais contesté toute intention de tuer. "Je ne voulais pas ça. Je regrette chaque jour", avait-il déclaré ⟦jeudi|D⟧, à la barre, la voix cassée. Son avocat, Me ⟦Julien Caron|P⟧, du barreau de ⟦Lille|L⟧, a plaidé "la dérive d’un homme seul, alcoolique, qui n’a jamais su demander de l’aide". Il a annoncé ⟦vendredi soir|D⟧ que son client réfléchissait à faire appel, ce qu’il peut faire dans un délai de ⟦dix jours|Q:duration|10|day|0⟧.

Selon l’enquête de la police judiciaire de ⟦Lille|L⟧, l’accusé s’était présenté au domicile de la victime vers ⟦21{NNBSP}h{NNBSP}30|D⟧, malgré une interdiction d’entrer en contact avec elle prononcée ⟦deux mois|Q:duration|2|month|0⟧ plus tôt par le ⟦tribunal correctionnel de Lille|O⟧. Les experts psychiatres ont décrit un homme "jaloux et possessif", sans trouble mental de nature à abolir son discernement.

La cour l’a également condamné à verser ⟦35000 euros|Q:money|35000|EUR|0⟧ à chacun des ⟦deux|Q:count|2||0⟧ enfants et ⟦15000 euros|Q:money|15000|EUR|0⟧ à la mère de la victime, au titre du préjudice moral. Il a en outre été privé de l’autorité parentale.

Pour Me ⟦Nadia Benali|P⟧, avocate des parties civiles, ce dossier "montre une fois de plus que les alertes ne sont pas entendues". Selon l’association ⟦Solidarité Femmes|O⟧, ⟦107|Q:count|107||0⟧ femmes ont été tuées par leur conjoint ou ex-conjoint en ⟦France|L⟧ en ⟦2024|D⟧, contre ⟦96|Q:count|96||0⟧ ⟦l’année précédente|D⟧.
===ATTR===
indirect | Claire Vanhove | Claire Vanhove | avait requis | trente ans de réclusion
mixed | Claire Vanhove | Claire Vanhove | estimant | l’accusé avait "prémédité son geste pendant des semaines"
direct | Aurélie Lemaire | Aurélie Lemaire | a réagi | Vingt-deux ans, ce n’est rien à côté de ce qu’il nous a pris. Mais au moins, la justice a dit que c’était un meurtre
indirect | Kévin Delcourt#2 | Kévin Delcourt | avait reconnu | les faits
indirect | Kévin Delcourt#2 | Kévin Delcourt | contesté | toute intention de tuer
direct | il | Kévin Delcourt | avait-il déclaré | Je ne voulais pas ça. Je regrette chaque jour
direct | Julien Caron | Julien Caron | a plaidé | la dérive d’un homme seul, alcoolique, qui n’a jamais su demander de l’aide
indirect | Il | Julien Caron | a annoncé | son client réfléchissait à faire appel, ce qu’il peut faire dans un délai de dix jours
according-to | enquête | enquête de la police judiciaire de Lille (non nommé) | Selon | l’accusé s’était présenté au domicile de la victime vers 21 h 30, malgré une interdiction d’entrer en contact avec elle prononcée deux mois plus tôt par le tribunal correctionnel de Lille
mixed | experts | experts psychiatres (non nommé) | ont décrit | un homme "jaloux et possessif", sans trouble mental de nature à abolir son discernement
according-to | Nadia Benali | Nadia Benali | Pour | ce dossier "montre une fois de plus que les alertes ne sont pas entendues"
according-to | Solidarité Femmes | Solidarité Femmes | Selon | 107 femmes ont été tuées par leur conjoint ou ex-conjoint en France en 2024, contre 96 l’année précédente
