Cognac contre voitures électriques : ⟦Pékin|L⟧ taxe le brandy ⟦européen|N⟧ en représailles

⟦Pékin|L⟧, ⟦8 octobre|D⟧ - Le ⟦ministère chinois du Commerce|O⟧ a annoncé ⟦mardi|D⟧ que les importateurs de brandy ⟦européen|N⟧ devraient, à partir de ⟦vendredi|D⟧, déposer une caution allant de ⟦30,6 %|Q:percent|30.6|%|1⟧ à ⟦39 %|Q:percent|39|%|1⟧ de la valeur des marchandises auprès des services douaniers. Une riposte à peine voilée aux surtaxes sur les véhicules électriques ⟦chinois|N⟧ approuvées ⟦vendredi dernier|D⟧ par les États membres de l'⟦Union européenne|O⟧.

« Les éléments préliminaires montrent que le dumping du brandy originaire de l'⟦UE|O|Union européenne⟧ menace de causer un préjudice substantiel à l'industrie nationale », a justifié le ministère dans un communiqué. L'enquête, ouverte le ⟦5 janvier|D⟧, a été prolongée jusqu'au ⟦5 avril 2025|D⟧.

Les ⟦trois|Q:count|3||0⟧ grandes maisons de cognac sont en première ligne : ⟦Hennessy|O⟧, filiale du groupe ⟦LVMH|O⟧, se voit appliquer un taux de ⟦39%|Q:percent|39|%|0⟧, ⟦Rémy Martin|O⟧, propriété de ⟦Rémy Cointreau|O⟧, de ⟦38,1 %|Q:percent|38.1|%|0⟧, et ⟦Martell|O⟧, marque de ⟦Pernod Ricard|O⟧, de ⟦30,6 %|Q:percent|30.6|%|0⟧. À la ⟦Bourse de Paris|O⟧, l'action ⟦Rémy Cointreau|O⟧ a cédé jusqu'à ⟦7,8 %|Q:percent|7.8|%|1⟧ en séance.

Selon le ⟦Bureau national interprofessionnel du cognac|O⟧ (⟦BNIC|O|Bureau national interprofessionnel du cognac⟧), la ⟦Chine|L⟧ représente environ ⟦25 %|Q:percent|25|%|1⟧ des ventes de cognac en valeur et la filière fait vivre quelque ⟦70 000|Q:count|70000||1⟧ personnes en ⟦Charente|L⟧ et en ⟦Charente-Maritime|L⟧. D'après l'⟦Administration générale des douanes|O|Administration générale des douanes de Chine⟧, les importations ⟦chinoises|N⟧ de brandy ont atteint ⟦11 milliards de yuans|Q:money|11000000000|CNY|0⟧ (environ ⟦1,4 milliard d'euros|Q:money|1400000000|EUR|1⟧) en ⟦2023|D⟧.

« On paie les pots cassés d'une guerre qui n'est pas la nôtre, soupire ⟦Jean-Marc Duvignaud|P|Jean-Marc Duvignaud⟧, qui exploite ⟦42 hectares|Q:measure|42|ha|0⟧ de vignes à ⟦Segonzac|L⟧. Si le marché ⟦chinois|N⟧ se ferme, la moitié des petits producteurs ne passeront pas ⟦l'hiver|D⟧. » M. ⟦Duvignaud|P|Jean-Marc Duvignaud⟧ dit avoir déjà réduit ses achats d'engrais de ⟦20 %|Q:percent|20|%|0⟧ ⟦cette année|D⟧.

La ministre ⟦française|N⟧ déléguée au Commerce extérieur, ⟦Sophie Primas|P|Sophie Primas⟧, a estimé que cette décision était « profondément injuste » pour une filière qui « n'a rien à voir » avec le dossier automobile. La ⟦Commission européenne|O⟧ a fait savoir qu'elle contesterait ces mesures devant l'⟦Organisation mondiale du commerce|O⟧ (⟦OMC|O|Organisation mondiale du commerce⟧), jugeant qu'elles étaient « injustifiées ».

Les droits de douane ⟦européens|N⟧, d'une durée de ⟦cinq ans|Q:duration|5|year|0⟧, pourront atteindre ⟦35,3 %|Q:percent|35.3|%|1⟧ et s'ajouteront aux ⟦10 %|Q:percent|10|%|0⟧ déjà en vigueur. Ils s'élèvent à ⟦17 %|Q:percent|17|%|0⟧ pour le constructeur ⟦BYD|O⟧, ⟦18,8 %|Q:percent|18.8|%|0⟧ pour ⟦Geely|O⟧ et ⟦35,3 %|Q:percent|35.3|%|0⟧ pour le groupe public ⟦SAIC|O⟧. Lors du vote, ⟦dix|Q:count|10||0⟧ pays, dont la ⟦France|L⟧, s'étaient prononcés pour, ⟦cinq|Q:count|5||0⟧ contre, dont l'⟦Allemagne|L⟧ et la ⟦Hongrie|L⟧, et ⟦douze|Q:count|12||0⟧ s'étaient abstenus.

Le ministre ⟦allemand|N⟧ des Finances, ⟦Christian Lindner|P|Christian Lindner⟧, avait averti que l'⟦Europe|L⟧ ne devait pas déclencher « une guerre commerciale » avec ⟦Pékin|L⟧. Les constructeurs ⟦allemands|N⟧ réalisent près d'un tiers de leurs ventes en ⟦Chine|L⟧. Le commissaire ⟦européen|N⟧ au Commerce, ⟦Valdis Dombrovskis|P|Valdis Dombrovskis⟧, a pour sa part assuré que les discussions avec ⟦Pékin|L⟧ sur un mécanisme de prix minimum se poursuivaient « au niveau technique ».

Le quotidien ⟦Global Times|O⟧, proche du ⟦Parti communiste chinois|O⟧, avait prévenu ⟦la veille|D⟧ que le porc et les produits laitiers ⟦européens|N⟧ pourraient être « les prochains sur la liste ». La ⟦Chine|L⟧ a importé pour près de ⟦2,5 milliards d'euros|Q:money|2500000000|EUR|1⟧ de porc ⟦européen|N⟧ en ⟦2023|D⟧, principalement d'⟦Espagne|L⟧, selon ⟦Eurostat|O⟧.

« ⟦Pékin|L⟧ choisit des cibles symboliques, dans des pays qui ont voté pour les surtaxes », observe ⟦Marc Lefebvre-Tan|P|Marc Lefebvre-Tan⟧, économiste au cabinet ⟦Asia Trade Partners|O⟧ à ⟦Hong Kong|L⟧. Selon lui, les ⟦deux|Q:count|2||0⟧ parties ont jusqu'à ⟦fin octobre|D⟧ pour trouver un compromis avant l'entrée en vigueur des droits définitifs.

===ATTR===
indirect | ministère chinois du Commerce | ministère chinois du Commerce | a annoncé | les importateurs de brandy européen devraient, à partir de vendredi, déposer une caution allant de 30,6 % à 39 % de la valeur des marchandises auprès des services douaniers
direct | ministère#2 | ministère chinois du Commerce | a justifié | Les éléments préliminaires montrent que le dumping du brandy originaire de l'UE menace de causer un préjudice substantiel à l'industrie nationale
according-to | Bureau national interprofessionnel du cognac | Bureau national interprofessionnel du cognac | Selon | la Chine représente environ 25 % des ventes de cognac en valeur et la filière fait vivre quelque 70 000 personnes en Charente et en Charente-Maritime
according-to | Administration générale des douanes | Administration générale des douanes de Chine | D'après | les importations chinoises de brandy ont atteint 11 milliards de yuans (environ 1,4 milliard d'euros) en 2023
direct | Jean-Marc Duvignaud | Jean-Marc Duvignaud | soupire | On paie les pots cassés d'une guerre qui n'est pas la nôtre, soupire Jean-Marc Duvignaud, qui exploite 42 hectares de vignes à Segonzac. Si le marché chinois se ferme, la moitié des petits producteurs ne passeront pas l'hiver.
indirect | Duvignaud | Jean-Marc Duvignaud | dit | avoir déjà réduit ses achats d'engrais de 20 % cette année
mixed | Sophie Primas | Sophie Primas | a estimé | cette décision était « profondément injuste » pour une filière qui « n'a rien à voir » avec le dossier automobile
indirect | Commission européenne | Commission européenne | a fait savoir | elle contesterait ces mesures devant l'Organisation mondiale du commerce (OMC)
mixed | Commission européenne | Commission européenne | jugeant | elles étaient « injustifiées »
mixed | Christian Lindner | Christian Lindner | avait averti | l'Europe ne devait pas déclencher « une guerre commerciale » avec Pékin
mixed | Valdis Dombrovskis | Valdis Dombrovskis | a pour sa part assuré | les discussions avec Pékin sur un mécanisme de prix minimum se poursuivaient « au niveau technique »
mixed | Global Times | Global Times | avait prévenu | le porc et les produits laitiers européens pourraient être « les prochains sur la liste »
according-to | Eurostat | Eurostat | selon | La Chine a importé pour près de 2,5 milliards d'euros de porc européen en 2023, principalement d'Espagne
direct | Marc Lefebvre-Tan | Marc Lefebvre-Tan | observe | Pékin choisit des cibles symboliques, dans des pays qui ont voté pour les surtaxes
according-to | lui | Marc Lefebvre-Tan | Selon | les deux parties ont jusqu'à fin octobre pour trouver un compromis avant l'entrée en vigueur des droits définitifs
