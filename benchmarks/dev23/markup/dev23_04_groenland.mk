⟦Arctique|L⟧ : le ⟦Danemark|L⟧ débloque ⟦27 milliards de couronnes|Q:money|27000000000|DKK|0⟧ pour défendre le ⟦Groenland|L⟧

Le gouvernement ⟦danois|N⟧ a présenté ⟦vendredi|D⟧ un nouveau plan de défense pour l'⟦Arctique|L⟧ et l'⟦Atlantique Nord|L⟧, d'un montant de ⟦27,4 milliards de couronnes|Q:money|27400000000|DKK|0⟧ (près de ⟦3,7 milliards d'euros|Q:money|3700000000|EUR|1⟧). Il prévoit l'achat de ⟦deux|Q:count|2||0⟧ navires polaires, de drones de surveillance à long rayon d'action et l'ouverture d'une base logistique à ⟦Kangerlussuaq|L⟧, à ⟦320 kilomètres|Q:measure|320|km|1⟧ environ au nord de ⟦Nuuk|L⟧.

«{NBSP}Nous devons prendre au sérieux la situation sécuritaire dans l'⟦Arctique|L⟧. Le ⟦Groenland|L⟧ ne sera pas une zone grise{NBSP}», a déclaré la Première ministre, ⟦Mette Frederiksen|P⟧, à ⟦Copenhague|L⟧, aux côtés du chef du gouvernement ⟦groenlandais|N⟧, ⟦Jens-Frederik Nielsen|P⟧. Ce dernier a salué un effort «{NBSP}attendu depuis longtemps{NBSP}», tout en rappelant que «{NBSP}le ⟦Groenland|L⟧ appartient aux ⟦Groenlandais|N⟧{NBSP}».

Le plan, négocié pendant ⟦quatre mois|Q:duration|4|month|0⟧ avec les partis du ⟦Folketing|O⟧, prévoit aussi la formation de ⟦150|Q:count|150||0⟧ jeunes ⟦Groenlandais|N⟧ par an à la surveillance côtière. Selon le ministre de la Défense, ⟦Troels Lund Poulsen|P⟧, les premiers navires devraient être livrés «{NBSP}au plus tard en ⟦2029|D⟧{NBSP}». Il a indiqué que le ⟦Danemark|L⟧ consacrerait en ⟦2026|D⟧ plus de ⟦3{NBSP}%|Q:percent|3|%|1⟧ de son produit intérieur brut à la défense, contre ⟦1,4{NBSP}%|Q:percent|1.4|%|0⟧ il y a ⟦cinq ans|Q:duration|5|year|0⟧.

Cette annonce intervient dans un climat tendu avec ⟦Washington|L|Etats-Unis⟧. Depuis son retour à la ⟦Maison-Blanche|O⟧ en ⟦janvier|D⟧, ⟦Donald Trump|P⟧ a répété à plusieurs reprises que les ⟦Etats-Unis|L⟧ avaient besoin du ⟦Groenland|L⟧ pour leur sécurité, sans exclure le recours à la force. Au ⟦printemps|D⟧, des médias ⟦américains|N⟧ avaient rapporté que des agents de renseignement avaient reçu pour consigne de cartographier les mouvements indépendantistes de l'île.

La plus grande île du monde, qui compte quelque ⟦56{NBSP}000|Q:count|56000||1⟧ habitants sur ⟦2,16 millions de{NBSP}km²|Q:measure|2160000|km²|0⟧, abrite déjà la base spatiale ⟦américaine|N⟧ de ⟦Pituffik|L⟧, dans le nord-ouest. Son sous-sol renferme des terres rares et de l'uranium, et la fonte de la banquise ouvre de nouvelles routes maritimes.

«{NBSP}Le ⟦Danemark|L⟧ rattrape ⟦vingt ans|Q:duration|20|year|0⟧ de sous-investissement. Mais ces navires ne patrouilleront pas avant ⟦la fin de la décennie|D⟧{NBSP}», relève ⟦Ulrik Pram Gad|P⟧, chercheur à l'⟦Institut danois d'études internationales|O⟧ (⟦DIIS|O|Institut danois d'études internationales⟧). D'après lui, la ⟦Norvège|L⟧ et le ⟦Canada|L⟧ ont engagé des efforts comparables depuis l'invasion de l'⟦Ukraine|L⟧ par la ⟦Russie|L⟧ en ⟦février 2022|D⟧.

À ⟦Nuuk|L⟧, l'accueil est mitigé. «{NBSP}On parle beaucoup de nous, mais on nous demande rarement notre avis{NBSP}», regrette ⟦Aviaja Kleist|P⟧, ⟦29 ans|Q:duration|29|year|0⟧, qui tient un café près du port. Le ⟦Groenland|L⟧ reçoit chaque année du ⟦Danemark|L⟧ une dotation d'environ ⟦4,3 milliards de couronnes|Q:money|4300000000|DKK|1⟧, soit plus de la moitié de son budget.

Le texte doit être voté par le ⟦Folketing|O⟧ avant le ⟦15 décembre|D⟧. Un sommet réunissant les ⟦huit|Q:count|8||0⟧ pays du ⟦Conseil de l'Arctique|O⟧ est prévu à ⟦Nuuk|L⟧ ⟦l'an prochain|D⟧.
===ATTR===
direct | Mette Frederiksen | Mette Frederiksen | a déclaré | Nous devons prendre au sérieux la situation sécuritaire dans l'Arctique. Le Groenland ne sera pas une zone grise
mixed | Ce dernier | Jens-Frederik Nielsen | a salué | un effort « attendu depuis longtemps »
direct | Ce dernier | Jens-Frederik Nielsen | rappelant | le Groenland appartient aux Groenlandais
according-to | Troels Lund Poulsen | Troels Lund Poulsen | Selon | les premiers navires devraient être livrés « au plus tard en 2029 »
indirect | Il#2 | Troels Lund Poulsen | a indiqué | le Danemark consacrerait en 2026 plus de 3 % de son produit intérieur brut à la défense, contre 1,4 % il y a cinq ans
indirect | Donald Trump | Donald Trump | a répété | les Etats-Unis avaient besoin du Groenland pour leur sécurité, sans exclure le recours à la force
indirect | médias | médias américains (non nommé) | avaient rapporté | des agents de renseignement avaient reçu pour consigne de cartographier les mouvements indépendantistes de l'île
direct | Ulrik Pram Gad | Ulrik Pram Gad | relève | Le Danemark rattrape vingt ans de sous-investissement. Mais ces navires ne patrouilleront pas avant la fin de la décennie
according-to | lui | Ulrik Pram Gad | D'après | la Norvège et le Canada ont engagé des efforts comparables depuis l'invasion de l'Ukraine par la Russie en février 2022
direct | Aviaja Kleist | Aviaja Kleist | regrette | On parle beaucoup de nous, mais on nous demande rarement notre avis
