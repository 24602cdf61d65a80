Cinéma : porté par les comédies ⟦françaises|N⟧, le box-office retrouve des couleurs

Les salles obscures respirent. Avec ⟦98,4 millions|Q:count|98400000||0⟧ d'entrées entre ⟦janvier et juin|D⟧, la fréquentation des cinémas ⟦français|N⟧ a progressé de ⟦11,6{NBSP}%|Q:percent|11.6|%|0⟧ au ⟦premier semestre|D⟧ par rapport à la même période de ⟦2024|D⟧, selon les chiffres provisoires publiés ⟦mercredi|D⟧ par le ⟦Centre national du cinéma et de l'image animée|O⟧ (⟦CNC|O|Centre national du cinéma et de l'image animée⟧). Il faut remonter à ⟦2019|D⟧ pour trouver un meilleur début d'année.

Le grand succès de la période s'appelle Un été à Bormes. Sortie ⟦fin avril|D⟧, la comédie familiale de ⟦Malik Chenouf|P⟧, distribuée par ⟦Pathé|O⟧, a attiré ⟦6,2 millions|Q:count|6200000||0⟧ de spectateurs en ⟦dix semaines|Q:duration|10|week|0⟧ d'exploitation, loin devant le dernier volet de Mission: Impossible (⟦2,1 millions|Q:count|2100000||0⟧). «{NNBSP}Je m'attendais à un succès d'estime, peut-être ⟦un million|Q:count|1000000||1⟧ d'entrées. Les gens viennent en famille, certains reviennent même une deuxième fois{NNBSP}», s'amuse le réalisateur de ⟦43 ans|Q:duration|43|year|0⟧, joint par téléphone.

La part de marché des films ⟦français|N⟧ atteint ⟦44,8{NBSP}%|Q:percent|44.8|%|0⟧, contre ⟦36,9{NBSP}%|Q:percent|36.9|%|0⟧ pour les productions ⟦américaines|N⟧, d'après la société de mesure d'audience ⟦Comscore|O⟧. Sur les ⟦dix|Q:count|10||0⟧ plus gros succès depuis ⟦janvier|D⟧, ⟦six|Q:count|6||0⟧ sont ⟦français|N⟧.

«{NNBSP}Le public n'a pas perdu l'habitude d'aller au cinéma. Il est devenu plus sélectif, et il faut des films événements pour le faire sortir de chez lui{NNBSP}», analyse ⟦Sophie Lemarchand|P⟧, directrice des études du ⟦CNC|O|Centre national du cinéma et de l'image animée⟧. Selon elle, les moins de ⟦25 ans|Q:duration|25|year|1⟧ représentent désormais ⟦31{NBSP}%|Q:percent|31|%|0⟧ des spectateurs, contre ⟦27{NBSP}%|Q:percent|27|%|0⟧ en ⟦2019|D⟧, grâce notamment aux tarifs réduits.

Les exploitants restent prudents. Le président de la ⟦Fédération nationale des cinémas français|O⟧ (⟦FNCF|O|Fédération nationale des cinémas français⟧), ⟦Marc-Antoine Delorme|P⟧, a salué «{NNBSP}une dynamique retrouvée{NNBSP}», mais rappelé que la fréquentation restait inférieure de ⟦8{NBSP}%|Q:percent|8|%|0⟧ à la moyenne des années ⟦2015-2019|D⟧. Le prix moyen du billet a atteint ⟦7,62 euros|Q:money|7.62|EUR|0⟧, en hausse de ⟦3{NBSP}%|Q:percent|3|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧. Le groupe ⟦UGC|O⟧ a indiqué ⟦jeudi|D⟧ avoir enregistré ⟦1{NNBSP}200{NNBSP}000|Q:count|1200000||0⟧ entrées de plus que ⟦l'an dernier|D⟧ dans ses ⟦51|Q:count|51||0⟧ cinémas.

Présenté en compétition au Festival de Cannes en ⟦mai|D⟧, le drame La Nuit de Cahors, de ⟦Léa Fontvieille|P⟧, a dépassé ⟦1,1 million|Q:count|1100000||1⟧ d'entrées, un score rare pour un film d'auteur. «{NNBSP}Les plateformes ne tuent pas les salles. Elles les obligent à se réinventer{NNBSP}», a confié à ⟦Libération|O⟧ la cinéaste, dont le précédent long métrage avait été produit par ⟦Netflix|O⟧.

La Fête du cinéma, du ⟦29 juin au 2 juillet|D⟧, devrait prolonger l'embellie, avec des places à ⟦5 euros|Q:money|5|EUR|0⟧ dans quelque ⟦2{NNBSP}000|Q:count|2000||1⟧ salles. Les professionnels redoutent en revanche ⟦l'été|D⟧ : la sortie de plusieurs superproductions ⟦américaines|N⟧ a été repoussée à ⟦2026|D⟧, et ⟦Disney|O⟧ n'a programmé que ⟦deux|Q:count|2||0⟧ films entre ⟦juillet et septembre|D⟧.
===ATTR===
according-to | Centre national du cinéma et de l'image animée | Centre national du cinéma et de l'image animée | selon | Avec 98,4 millions d'entrées entre janvier et juin, la fréquentation des cinémas français a progressé de 11,6 % au premier semestre par rapport à la même période de 2024
direct | réalisateur | Malik Chenouf | s'amuse | Je m'attendais à un succès d'estime, peut-être un million d'entrées. Les gens viennent en famille, certains reviennent même une deuxième fois
according-to | Comscore | Comscore | d'après | La part de marché des films français atteint 44,8 %, contre 36,9 % pour les productions américaines
direct | Sophie Lemarchand | Sophie Lemarchand | analyse | Le public n'a pas perdu l'habitude d'aller au cinéma. Il est devenu plus sélectif, et il faut des films événements pour le faire sortir de chez lui
according-to | elle | Sophie Lemarchand | Selon | les moins de 25 ans représentent désormais 31 % des spectateurs, contre 27 % en 2019, grâce notamment aux tarifs réduits
direct | Marc-Antoine Delorme | Marc-Antoine Delorme | a salué | une dynamique retrouvée
indirect | Marc-Antoine Delorme | Marc-Antoine Delorme | rappelé | la fréquentation restait inférieure de 8 % à la moyenne des années 2015-2019
indirect | UGC | UGC | a indiqué | avoir enregistré 1 200 000 entrées de plus que l'an dernier dans ses 51 cinémas
direct | cinéaste | Léa Fontvieille | a confié | Les plateformes ne tuent pas les salles. Elles les obligent à se réinventer
