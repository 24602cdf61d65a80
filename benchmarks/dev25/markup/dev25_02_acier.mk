Acier : l'⟦UE|O|Union européenne⟧ divise presque par deux ses quotas d'importation, ⟦Pékin|L|Chine⟧ dénonce du « protectionnisme »

⟦Bruxelles|L⟧, ⟦9 décembre|D⟧ (⟦Reuters|O⟧) - La ⟦Commission européenne|O⟧ a adopté ⟦mardi|D⟧ un projet de règlement qui réduit de ⟦47{NBSP}%|Q:percent|47|%|0⟧ les volumes d'acier importables sans droits de douane dans l'⟦Union européenne|O⟧ et porte à ⟦50{NBSP}%|Q:percent|50|%|0⟧ la taxe appliquée au-delà, une mesure qui vise d'abord les surcapacités ⟦chinoises|N⟧.

Le nouveau régime, qui doit remplacer à partir du ⟦1er juillet 2026|D⟧ la clause de sauvegarde en vigueur depuis ⟦2019|D⟧, limitera les importations à ⟦18,3 millions de tonnes|Q:measure|18300000|t|0⟧ par an, contre près de ⟦34 millions|Q:measure|34000000|t|1⟧ actuellement. Le texte doit encore être approuvé par le ⟦Parlement européen|O⟧ et par les ministres des Etats membres.

« Nous ne pouvons pas laisser notre sidérurgie disparaître sous le poids de surcapacités mondiales qui dépassent ⟦600 millions de tonnes|Q:measure|600000000|t|0⟧ », a déclaré le porte-parole de la ⟦Commission|O|Commission européenne⟧ chargé du commerce, ⟦Anders Lindqvist|P⟧. « Ce n'est pas une mesure contre un pays, c'est une mesure pour notre industrie », a-t-il ajouté.

Le commissaire au Commerce, ⟦Maroš Šefčovič|P⟧, a indiqué que l'⟦UE|O|Union européenne⟧ restait ouverte à des « arrangements » avec ses partenaires les plus proches, notamment le ⟦Royaume-Uni|L⟧, la ⟦Norvège|L⟧ et l'⟦Ukraine|L⟧, qui pourraient bénéficier de quotas spécifiques.

Selon l'association ⟦européenne|N⟧ des sidérurgistes ⟦Eurofer|O⟧, le secteur a supprimé près de ⟦18{NBSP}000|Q:count|18000||1⟧ emplois depuis ⟦2023|D⟧ et ses usines tournent à environ ⟦65{NBSP}%|Q:percent|65|%|1⟧ de leurs capacités. ⟦Paris|L|France⟧ a salué une « étape indispensable » pour sauver des sites comme ⟦Dunkerque|L⟧ ou ⟦Fos-sur-Mer|L⟧.

À ⟦Pékin|L⟧, le ⟦ministère chinois du Commerce|O⟧ a dénoncé ⟦mercredi|D⟧ une mesure « protectionniste » qui « viole les règles de l'⟦Organisation mondiale du commerce|O⟧ » et a promis de « défendre fermement » les intérêts des entreprises ⟦chinoises|N⟧. « La ⟦Chine|L⟧ prendra toutes les mesures nécessaires si ses exportations sont injustement pénalisées », a averti un porte-parole du ministère.

Les relations commerciales entre les ⟦deux|Q:count|2||0⟧ puissances restent tendues depuis l'imposition, en ⟦octobre 2024|D⟧, de droits compensateurs allant jusqu'à ⟦35,3{NBSP}%|Q:percent|35.3|%|1⟧ sur les voitures électriques fabriquées en ⟦Chine|L⟧. ⟦Pékin|L|Chine⟧ avait riposté en visant le cognac, le porc et les produits laitiers ⟦européens|N⟧. Les discussions sur un mécanisme de prix minimum pour les véhicules électriques n'ont toujours pas abouti, d'après des diplomates.

La ⟦Chine|L⟧ a produit ⟦1{NBSP}005 millions de tonnes|Q:measure|1005000000|t|0⟧ d'acier en ⟦2024|D⟧, soit ⟦53{NBSP}%|Q:percent|53|%|0⟧ de la production mondiale, selon l'⟦Association mondiale de l'acier|O⟧ (⟦Worldsteel|O|Association mondiale de l'acier⟧). Ses exportations ont bondi de ⟦22{NBSP}%|Q:percent|22|%|0⟧ de ⟦janvier à octobre|D⟧, et le prix de la tonne de bobines laminées à chaud est tombé à ⟦3{NBSP}100 yuans|Q:money|3100|CNY|0⟧ (environ ⟦375 euros|Q:money|375|EUR|1⟧) à ⟦Shanghai|L⟧.

« Le risque, c'est que l'acier ⟦chinois|N⟧ détourné du marché ⟦américain|N⟧, taxé à ⟦50{NBSP}%|Q:percent|50|%|0⟧ depuis ⟦juin|D⟧, finisse en ⟦Europe|L⟧ », estime ⟦Sophie Verhaegen|P⟧, analyste chez ⟦Kepler Cheuvreux|O⟧. Pour elle, le nouveau dispositif devrait entraîner ⟦l'an prochain|D⟧ une hausse des prix de l'acier comprise entre ⟦10 et 15{NBSP}%|Q:percent|10~15|%|0⟧ en ⟦Europe|L⟧, au détriment des constructeurs automobiles.
===ATTR===
direct | Anders Lindqvist | Anders Lindqvist | a déclaré | Nous ne pouvons pas laisser notre sidérurgie disparaître sous le poids de surcapacités mondiales qui dépassent 600 millions de tonnes
direct | il | Anders Lindqvist | a-t-il ajouté | Ce n'est pas une mesure contre un pays, c'est une mesure pour notre industrie
mixed | Maroš Šefčovič | Maroš Šefčovič | a indiqué | l'UE restait ouverte à des « arrangements » avec ses partenaires les plus proches, notamment le Royaume-Uni, la Norvège et l'Ukraine, qui pourraient bénéficier de quotas spécifiques
according-to | Eurofer | Eurofer | Selon | le secteur a supprimé près de 18 000 emplois depuis 2023 et ses usines tournent à environ 65 % de leurs capacités
mixed | Paris | France | a salué | une « étape indispensable » pour sauver des sites comme Dunkerque ou Fos-sur-Mer
mixed | ministère chinois du Commerce | ministère chinois du Commerce | a dénoncé | une mesure « protectionniste » qui « viole les règles de l'Organisation mondiale du commerce »
mixed | ministère chinois du Commerce | ministère chinois du Commerce | a promis | de « défendre fermement » les intérêts des entreprises chinoises
direct | porte-parole | porte-parole du ministère chinois du Commerce (non nommé) | a averti | La Chine prendra toutes les mesures nécessaires si ses exportations sont injustement pénalisées
according-to | diplomates | diplomates (non nommé) | d'après | Les discussions sur un mécanisme de prix minimum pour les véhicules électriques n'ont toujours pas abouti
according-to | Association mondiale de l'acier | Association mondiale de l'acier | selon | La Chine a produit 1 005 millions de tonnes d'acier en 2024, soit 53 % de la production mondiale
direct | Sophie Verhaegen | Sophie Verhaegen | estime | Le risque, c'est que l'acier chinois détourné du marché américain, taxé à 50 % depuis juin, finisse en Europe
according-to | elle | Sophie Verhaegen | Pour | le nouveau dispositif devrait entraîner l'an prochain une hausse des prix de l'acier comprise entre 10 et 15 % en Europe, au détriment des constructeurs automobiles
