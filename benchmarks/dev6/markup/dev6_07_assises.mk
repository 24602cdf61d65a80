Braquage de la ⟦rue de la Paix|L⟧ : l’accusation réclame ⟦18 ans|Q:duration|18|year|0⟧ de réclusion contre le «{NBSP}cerveau{NBSP}»

⟦Paris|L⟧, ⟦27 mai|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Devant la ⟦cour d’assises de Paris|O⟧, l’avocate générale, ⟦Hélène Marsac|P⟧, a requis ⟦mardi|D⟧ ⟦18 ans|Q:duration|18|year|0⟧ de réclusion criminelle contre ⟦Karim B.|P⟧, ⟦41 ans|Q:duration|41|year|0⟧, et de ⟦8 à 14 ans|Q:duration|8~14|year|1⟧ contre ses ⟦quatre|Q:count|4||0⟧ coaccusés, jugés pour le braquage de la joaillerie ⟦Maison Vasseur|O⟧, ⟦rue de la Paix|L⟧, en ⟦mars 2022|D⟧.

Le ⟦14 mars 2022|D⟧, vers ⟦11h15|D⟧, ⟦trois|Q:count|3||0⟧ hommes casqués et armés avaient fait irruption dans la boutique, située à ⟦quelques dizaines de mètres|Q:measure|10|m|1⟧ de la ⟦place Vendôme|L⟧, et dérobé en moins de ⟦quatre minutes|Q:duration|4|minute|1⟧ des bijoux et des montres d’une valeur estimée à ⟦4,2 millions d’euros|Q:money|4200000|EUR|1⟧. Un vigile de ⟦58 ans|Q:duration|58|year|0⟧, ⟦Mamadou Diallo|P⟧, blessé par balle à la jambe en tentant de s’interposer, avait été hospitalisé pendant ⟦deux mois|Q:duration|2|month|0⟧.

«{NBSP}Vous avez volé des bijoux, mais vous avez surtout volé la tranquillité d’un homme qui n’a plus jamais retravaillé{NBSP}», a lancé Mme ⟦Marsac|P|Hélène Marsac⟧ en se tournant vers le box. Elle a décrit ⟦Karim B.|P⟧ comme «{NBSP}le chef d’orchestre{NBSP}» d’une équipe «{NBSP}méthodique et sans scrupules{NBSP}», qui avait repéré les lieux pendant ⟦six semaines|Q:duration|6|week|0⟧.

D’après l’enquête de la ⟦brigade de répression du banditisme|O⟧ (⟦BRB|O|brigade de répression du banditisme⟧), une partie du butin a été écoulée à ⟦Dubaï|L⟧ pour environ ⟦600{NBSP}000 dirhams|Q:money|600000|AED|1⟧ (⟦150{NBSP}000 euros|Q:money|150000|EUR|0⟧), et seuls ⟦15{NBSP}%|Q:percent|15|%|0⟧ des bijoux ont été retrouvés. Selon une source proche du dossier, plusieurs pierres auraient été retaillées à ⟦Anvers|L⟧, en ⟦Belgique|L⟧, avant d’être revendues.

L’avocat de ⟦Karim B.|P⟧, Me ⟦Thibault Lévêque|P⟧, a plaidé l’acquittement, estimant que le dossier reposait sur «{NBSP}des hypothèses et des bornages téléphoniques approximatifs{NBSP}». «{NBSP}On ne condamne pas un homme à ⟦dix-huit ans|Q:duration|18|year|0⟧ sur une impression{NBSP}», a-t-il insisté.

Le plus jeune des accusés, ⟦Yanis M.|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, qui conduisait l’un des ⟦deux|Q:count|2||0⟧ scooters utilisés dans la fuite, a reconnu sa participation et présenté ses excuses à la victime. L’accusation a requis ⟦huit ans|Q:duration|8|year|0⟧ contre lui.

«{NBSP}Mon client vit dans la peur depuis ⟦trois ans|Q:duration|3|year|0⟧. Il sursaute chaque fois qu’un scooter passe dans sa rue{NBSP}», a déclaré à l’⟦AFP|O|Agence France-Presse⟧ Me ⟦Sophie Arnaud|P⟧, l’avocate de M. ⟦Diallo|P|Mamadou Diallo⟧. Le vigile réclame ⟦350{NBSP}000 euros|Q:money|350000|EUR|0⟧ de dommages et intérêts.

Invité à s’exprimer une dernière fois, ⟦Karim B.|P⟧ a affirmé n’avoir «{NBSP}jamais tenu une arme de sa vie{NBSP}». Le procès, ouvert le ⟦12 mai|D⟧, devait initialement durer ⟦trois semaines|Q:duration|3|week|0⟧. Le verdict est attendu ⟦vendredi|D⟧ dans la soirée.

La ⟦Maison Vasseur|O⟧, fondée en ⟦1898|D⟧, avait déjà été visée par un cambriolage en ⟦2008|D⟧. Selon la ⟦préfecture de police|O|préfecture de police de Paris⟧, ⟦34|Q:count|34||0⟧ vols à main armée ont visé des bijouteries à ⟦Paris|L⟧ en ⟦2024|D⟧, contre ⟦51|Q:count|51||0⟧ en ⟦2019|D⟧.

===ATTR===
mixed | accusation#1 | Hélène Marsac | réclame#1 | 18 ans de réclusion contre le « cerveau »
indirect | Hélène Marsac | Hélène Marsac | a requis#1 | 18 ans de réclusion criminelle contre Karim B., 41 ans, et de 8 à 14 ans contre ses quatre coaccusés
direct | Marsac | Hélène Marsac | a lancé | Vous avez volé des bijoux, mais vous avez surtout volé la tranquillité d’un homme qui n’a plus jamais retravaillé
mixed | Elle | Hélène Marsac | a décrit | Karim B. comme « le chef d’orchestre » d’une équipe « méthodique et sans scrupules »
according-to | brigade de répression du banditisme | brigade de répression du banditisme | D’après | une partie du butin a été écoulée à Dubaï pour environ 600 000 dirhams (150 000 euros), et seuls 15 % des bijoux ont été retrouvés
according-to | source | source proche du dossier (non nommé) | Selon#1 | plusieurs pierres auraient été retaillées à Anvers, en Belgique, avant d’être revendues
indirect | Thibault Lévêque | Thibault Lévêque | a plaidé | l’acquittement
mixed | Thibault Lévêque | Thibault Lévêque | estimant | le dossier reposait sur « des hypothèses et des bornages téléphoniques approximatifs »
direct | il | Thibault Lévêque | a-t-il insisté | On ne condamne pas un homme à dix-huit ans sur une impression
indirect | Yanis M. | Yanis M. | a reconnu | sa participation
indirect | Yanis M. | Yanis M. | présenté | ses excuses à la victime
indirect | accusation#2 | Hélène Marsac | a requis#2 | huit ans contre lui
direct | Sophie Arnaud | Sophie Arnaud | a déclaré | Mon client vit dans la peur depuis trois ans. Il sursaute chaque fois qu’un scooter passe dans sa rue
indirect | vigile#2 | Mamadou Diallo | réclame#2 | 350 000 euros de dommages et intérêts
mixed | Karim B.#4 | Karim B. | a affirmé | n’avoir « jamais tenu une arme de sa vie »
according-to | préfecture de police | préfecture de police de Paris | Selon#2 | 34 vols à main armée ont visé des bijouteries à Paris en 2024, contre 51 en 2019
