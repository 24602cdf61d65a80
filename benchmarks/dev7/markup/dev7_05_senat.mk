Retraites : le ⟦Sénat|O⟧ rétablit la réforme de ⟦2023|D⟧ et inflige un camouflet au gouvernement

⟦Paris|L⟧, ⟦23 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le ⟦Sénat|O⟧, dominé par la droite et le centre, a supprimé dans ⟦la nuit de samedi à dimanche|D⟧ l’article du budget de la ⟦Sécurité sociale|O⟧ qui suspendait la réforme des retraites de ⟦2023|D⟧, par ⟦201|Q:count|201||0⟧ voix contre ⟦118|Q:count|118||0⟧, au terme de près de ⟦sept heures|Q:duration|7|hour|1⟧ de débats tendus.

Cette suspension, concédée en ⟦octobre|D⟧ par le Premier ministre, ⟦Sébastien Lecornu|P⟧, au ⟦Parti socialiste|O⟧ (⟦PS|O|Parti socialiste⟧) pour éviter la censure, devait geler l’âge légal de départ à ⟦62 ans et 9 mois|Q:duration|753|month|0⟧ jusqu’au ⟦1er janvier 2028|D⟧, au lieu de le porter progressivement à ⟦64 ans|Q:duration|64|year|0⟧. Les assurés de la génération ⟦1964|D⟧ auraient ainsi pu partir ⟦trois mois|Q:duration|3|month|0⟧ plus tôt que prévu.

«{NNBSP}On ne gouverne pas un pays en rachetant chaque semaine sa survie politique{NNBSP}», a lancé à la tribune le président du groupe ⟦Les Républicains|O⟧ (⟦LR|O|Les Républicains⟧), ⟦Mathieu Darnaud|P⟧. La rapporteure générale de la ⟦commission des affaires sociales|O|commission des affaires sociales du Sénat⟧, ⟦Elisabeth Doineau|P⟧ (⟦Union centriste|O⟧), a chiffré le coût de la mesure à ⟦400 millions d’euros|Q:money|400000000|EUR|0⟧ en ⟦2026|D⟧ et ⟦1,8 milliard|Q:money|1800000000|EUR|0⟧ en ⟦2027|D⟧. Selon elle, le déficit de la ⟦Sécurité sociale|O⟧, attendu à ⟦23 milliards d’euros|Q:money|23000000000|EUR|1⟧ ⟦cette année|D⟧, «{NNBSP}ne peut pas servir de monnaie d’échange{NNBSP}».

Le ministre du Travail, ⟦Jean-Pierre Farandou|P⟧, a regretté un vote «{NNBSP}qui ne règle rien{NNBSP}» et rappelé que le texte retournerait devant l’⟦Assemblée nationale|O⟧ ⟦début décembre|D⟧. «{NNBSP}Le compromis trouvé avec les députés reste la seule voie pour doter le pays d’un budget avant ⟦Noël|D⟧{NNBSP}», a-t-il insisté.

À gauche, le président du groupe socialiste, ⟦Patrick Kanner|P⟧, a dénoncé «{NNBSP}un coup de force de la majorité sénatoriale{NNBSP}», tandis que les élus du ⟦Rassemblement national|O⟧ (⟦RN|O|Rassemblement national⟧) ont voté avec la gauche. Un conseiller de ⟦Matignon|O⟧ reconnaissait ⟦dimanche|D⟧, sous couvert d’anonymat, que la version sénatoriale «{NNBSP}n’a aucune chance de survivre{NNBSP}» à la lecture définitive.

Les sénateurs ont en revanche adopté un amendement gelant les pensions de base supérieures à ⟦1{NNBSP}400 euros|Q:money|1400|EUR|0⟧ brut par mois. D’après les estimations de la ⟦Caisse nationale d’assurance vieillesse|O⟧ (⟦Cnav|O|Caisse nationale d’assurance vieillesse⟧), cette mesure toucherait environ ⟦9 millions|Q:count|9000000||1⟧ de retraités. Le gain attendu est compris entre ⟦2 et 2,5 milliards d’euros|Q:money|2000000000~2500000000|EUR|1⟧.

La secrétaire générale de la ⟦CFDT|O|Confédération française démocratique du travail⟧, ⟦Marylise Léon|P⟧, a jugé cette mesure «{NNBSP}injuste pour des retraités modestes{NNBSP}» et appelé les parlementaires à «{NNBSP}ne pas faire payer la facture aux plus fragiles{NNBSP}». Le ⟦Medef|O|Mouvement des entreprises de France⟧ a salué au contraire «{NNBSP}un vote de responsabilité{NNBSP}».

Dans son dernier rapport, publié en ⟦juin|D⟧, le ⟦Conseil d’orientation des retraites|O⟧ (⟦COR|O|Conseil d’orientation des retraites⟧) estimait que le système resterait déficitaire jusqu’en ⟦2070|D⟧, avec un besoin de financement proche de ⟦0,4{NBSP}%|Q:percent|0.4|%|1⟧ du PIB à l’horizon de ⟦dix ans|Q:duration|10|year|0⟧.

Le président du ⟦Sénat|O⟧, ⟦Gérard Larcher|P⟧, a estimé ⟦dimanche|D⟧ sur ⟦France Inter|O⟧ qu’il fallait «{NNBSP}rouvrir le chantier du financement des retraites{NNBSP}» après l’élection présidentielle de ⟦2027|D⟧. «{NNBSP}Le pays est fracturé, il faudra du temps pour retrouver la confiance{NNBSP}», a-t-il ajouté.

===ATTR===
direct | Mathieu Darnaud | Mathieu Darnaud | a lancé | On ne gouverne pas un pays en rachetant chaque semaine sa survie politique
indirect | Elisabeth Doineau | Elisabeth Doineau | a chiffré | le coût de la mesure à 400 millions d’euros en 2026 et 1,8 milliard en 2027
according-to | elle | Elisabeth Doineau | Selon | le déficit de la Sécurité sociale, attendu à 23 milliards d’euros cette année, « ne peut pas servir de monnaie d’échange »
mixed | Jean-Pierre Farandou | Jean-Pierre Farandou | a regretté | un vote « qui ne règle rien »
indirect | Jean-Pierre Farandou | Jean-Pierre Farandou | rappelé | le texte retournerait devant l’Assemblée nationale début décembre
direct | il | Jean-Pierre Farandou | a-t-il insisté | Le compromis trouvé avec les députés reste la seule voie pour doter le pays d’un budget avant Noël
direct | Patrick Kanner | Patrick Kanner | a dénoncé | un coup de force de la majorité sénatoriale
mixed | conseiller | conseiller de Matignon (non nommé) | reconnaissait | la version sénatoriale « n’a aucune chance de survivre » à la lecture définitive
according-to | Caisse nationale d’assurance vieillesse | Caisse nationale d’assurance vieillesse | D’après | cette mesure toucherait environ 9 millions de retraités
mixed | Marylise Léon | Marylise Léon | a jugé | cette mesure « injuste pour des retraités modestes »
mixed | Marylise Léon | Marylise Léon | appelé | les parlementaires à « ne pas faire payer la facture aux plus fragiles »
direct | Medef | Mouvement des entreprises de France | a salué | un vote de responsabilité
indirect | Conseil d’orientation des retraites | Conseil d’orientation des retraites | estimait | le système resterait déficitaire jusqu’en 2070, avec un besoin de financement proche de 0,4 % du PIB à l’horizon de dix ans
mixed | Gérard Larcher | Gérard Larcher | a estimé | il fallait « rouvrir le chantier du financement des retraites » après l’élection présidentielle de 2027
direct | il | Gérard Larcher | a-t-il ajouté | Le pays est fracturé, il faudra du temps pour retrouver la confiance
