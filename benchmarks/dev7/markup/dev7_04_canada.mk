Acier et aluminium : ⟦Ottawa|L⟧ riposte aux nouveaux droits de douane de ⟦Washington|L⟧, "une attaque directe contre nos travailleurs", dit ⟦Carney|P|Mark Carney⟧

⟦Ottawa|L⟧, ⟦4 février|D⟧ – Le gouvernement ⟦canadien|N⟧ imposera dès ⟦lundi prochain|D⟧ des droits de douane de ⟦25%|Q:percent|25|%|0⟧ sur quelque ⟦30 milliards de dollars canadiens|Q:money|30000000000|CAD|1⟧ de produits ⟦américains|N⟧, en représailles à la hausse à ⟦50%|Q:percent|50|%|0⟧ des tarifs visant l’acier et l’aluminium ⟦canadiens|N⟧ décrétée ⟦la semaine dernière|D⟧ par la ⟦Maison-Blanche|O|Maison Blanche⟧.

"C’est une attaque directe contre nos travailleurs, et nous ne resterons pas les bras croisés", a déclaré le premier ministre ⟦Mark Carney|P⟧ en point de presse sur la ⟦colline du Parlement|L⟧, entouré de ⟦cinq|Q:count|5||0⟧ ministres. La liste des produits visés, qui va du bourbon du ⟦Kentucky|L⟧ aux électroménagers, sera publiée ⟦mercredi|D⟧ dans la ⟦Gazette du Canada|O⟧, a-t-il précisé.

Le ministre responsable du Commerce entre le ⟦Canada|L⟧ et les ⟦États-Unis|L⟧, ⟦Dominic LeBlanc|P⟧, doit se rendre ⟦jeudi|D⟧ à ⟦Washington|L⟧ pour rencontrer le secrétaire au Commerce, ⟦Howard Lutnick|P⟧. Selon une source gouvernementale, ⟦Ottawa|L⟧ serait prêt à suspendre une partie des contre-mesures si les ⟦Américains|N⟧ acceptaient de rétablir les quotas en vigueur avant ⟦2018|D⟧.

Le ⟦Canada|L⟧ est de loin le premier fournisseur d’aluminium des ⟦États-Unis|L⟧: il leur a vendu ⟦2,4 millions de tonnes|Q:measure|2400000|t|0⟧ du métal en ⟦2024|D⟧, soit près de ⟦60%|Q:percent|60|%|1⟧ de leurs importations, d’après ⟦Statistique Canada|O⟧. Au ⟦Québec|L⟧, où se trouvent ⟦neuf|Q:count|9||0⟧ des ⟦dix|Q:count|10||0⟧ alumineries du pays, l’industrie emploie directement quelque ⟦9{NBSP}500|Q:count|9500||1⟧ personnes.

"Les commandes ralentissent déjà. Si ça dure plus de ⟦trois mois|Q:duration|3|month|1⟧, on parle de mises à pied", a confié à ⟦La Presse|O⟧ un cadre d’une aluminerie du ⟦Saguenay–Lac-Saint-Jean|L⟧, qui a préféré ne pas être nommé. L’usine d’⟦Alma|L⟧ de ⟦Rio Tinto|O⟧ a réduit ses livraisons vers le ⟦Midwest|L⟧ de ⟦15%|Q:percent|15|%|0⟧ depuis ⟦janvier|D⟧, a confirmé l’entreprise.

Le premier ministre du ⟦Québec|L⟧, ⟦François Legault|P⟧, a réclamé "un plan d’aide massif et rapide" pour les travailleurs touchés, évoquant une enveloppe d’au moins ⟦1 milliard de dollars|Q:money|1000000000|CAD|1⟧. Son homologue ⟦ontarien|N⟧, ⟦Doug Ford|P⟧, a de son côté menacé de surtaxer de ⟦25%|Q:percent|25|%|0⟧ l’électricité exportée vers le ⟦Michigan|L⟧, le ⟦Minnesota|L⟧ et l’⟦État de New York|L⟧.

Le syndicat ⟦Unifor|O⟧, qui représente ⟦320{NBSP}000|Q:count|320000||0⟧ travailleurs, a accusé ⟦Donald Trump|P⟧ de "vouloir démanteler l’économie ⟦canadienne|N⟧ pièce par pièce". Pour sa présidente, ⟦Lana Payne|P⟧, les contre-mesures "doivent faire mal là où ça compte".

À ⟦Washington|L⟧, la porte-parole de la ⟦Maison-Blanche|O|Maison Blanche⟧, ⟦Karoline Leavitt|P⟧, a jugé la riposte ⟦canadienne|N⟧ "regrettable et contre-productive".

La tension commerciale pèse sur le huard, qui a glissé ⟦mardi|D⟧ sous la barre des ⟦70 cents américains|Q:money|0.7|USD|1⟧, une première depuis ⟦mars 2020|D⟧. La ⟦Banque du Canada|O⟧, qui a maintenu son taux directeur à ⟦2,25%|Q:percent|2.25|%|0⟧ le ⟦28 janvier|D⟧, estime qu’un conflit prolongé pourrait coûter jusqu’à ⟦1,5%|Q:percent|1.5|%|1⟧ du PIB ⟦canadien|N⟧ sur ⟦deux ans|Q:duration|2|year|0⟧. Son gouverneur, ⟦Tiff Macklem|P⟧, témoignera le ⟦10 février|D⟧ devant le ⟦comité des finances de la Chambre des communes|O⟧.

===ATTR===
direct | Carney | Mark Carney | dit | une attaque directe contre nos travailleurs#1
direct | Mark Carney | Mark Carney | a déclaré | C’est une attaque directe contre nos travailleurs, et nous ne resterons pas les bras croisés
indirect | il | Mark Carney | a-t-il précisé | La liste des produits visés, qui va du bourbon du Kentucky aux électroménagers, sera publiée mercredi dans la Gazette du Canada
according-to | source | source gouvernementale (non nommé) | Selon#1 | Ottawa serait prêt à suspendre une partie des contre-mesures si les Américains acceptaient de rétablir les quotas en vigueur avant 2018
according-to | Statistique Canada | Statistique Canada | d’après | Le Canada est de loin le premier fournisseur d’aluminium des États-Unis: il leur a vendu 2,4 millions de tonnes du métal en 2024, soit près de 60% de leurs importations
direct | cadre | cadre d’une aluminerie du Saguenay–Lac-Saint-Jean (non nommé) | a confié | Les commandes ralentissent déjà. Si ça dure plus de trois mois, on parle de mises à pied
indirect | entreprise | Rio Tinto | a confirmé | L’usine d’Alma de Rio Tinto a réduit ses livraisons vers le Midwest de 15% depuis janvier
direct | François Legault | François Legault | a réclamé | un plan d’aide massif et rapide
indirect | François Legault | François Legault | évoquant | une enveloppe d’au moins 1 milliard de dollars
indirect | Doug Ford | Doug Ford | a de son côté menacé | de surtaxer de 25% l’électricité exportée vers le Michigan, le Minnesota et l’État de New York
mixed | Unifor | Unifor | a accusé | Donald Trump de "vouloir démanteler l’économie canadienne pièce par pièce"
according-to | Lana Payne | Lana Payne | Pour | les contre-mesures "doivent faire mal là où ça compte"
mixed | Karoline Leavitt | Karoline Leavitt | a jugé | la riposte canadienne "regrettable et contre-productive"
indirect | Banque du Canada | Banque du Canada | estime | un conflit prolongé pourrait coûter jusqu’à 1,5% du PIB canadien sur deux ans
