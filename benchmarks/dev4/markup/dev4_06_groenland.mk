«{NBSP}Nous ne sommes pas à vendre{NBSP}» : le ⟦Groenland|L⟧ vote pour une indépendance sans précipitation

⟦Nuuk|L⟧, ⟦12 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le parti libéral ⟦Demokraatit|O⟧, partisan d’une marche progressive vers l’indépendance, a remporté ⟦mardi|D⟧ les élections législatives au ⟦Groenland|L⟧ avec ⟦29,9{NBSP}%|Q:percent|29.9|%|0⟧ des voix, contre ⟦9,1{NBSP}%|Q:percent|9.1|%|0⟧ en ⟦2021|D⟧, au terme d’une campagne dominée par les convoitises du président ⟦américain|N⟧ ⟦Donald Trump|P⟧ sur ce territoire autonome ⟦danois|N⟧.

«{NBSP}Nous ne sommes pas à vendre. Les ⟦Groenlandais|N⟧ décideront seuls de leur avenir, ni ⟦Washington|L⟧ ni ⟦Copenhague|L⟧{NBSP}», a déclaré ⟦mercredi|D⟧ son chef, ⟦Jens-Frederik Nielsen|P⟧, ancien champion national de badminton, devant ses partisans réunis dans la capitale. M. ⟦Nielsen|P|Jens-Frederik Nielsen⟧ a indiqué qu’il entamerait dès ⟦jeudi|D⟧ des discussions avec l’ensemble des partis en vue de former une large coalition, jugeant que le moment exigeait «{NBSP}l’unité{NBSP}».

Le parti nationaliste ⟦Naleraq|O⟧, qui prône une rupture rapide avec le ⟦Danemark|L⟧ et un rapprochement avec les ⟦États-Unis|L⟧, a plus que doublé son score, à ⟦24,5{NBSP}%|Q:percent|24.5|%|0⟧. Son dirigeant, ⟦Pele Broberg|P⟧, a affirmé que l’indépendance pourrait être obtenue «{NBSP}en ⟦trois ans|Q:duration|3|year|0⟧{NBSP}». Le parti de gauche ⟦Inuit Ataqatigiit|O⟧ (⟦IA|O|Inuit Ataqatigiit⟧) du Premier ministre sortant ⟦Múte B. Egede|P⟧, arrivé en tête ⟦quatre ans|Q:duration|4|year|0⟧ plus tôt, n’a recueilli que ⟦21,4{NBSP}%|Q:percent|21.4|%|0⟧ des suffrages. M. ⟦Egede|P|Múte B. Egede⟧ a reconnu sa défaite et félicité le vainqueur.

La participation a atteint ⟦70,9{NBSP}%|Q:percent|70.9|%|0⟧ parmi les quelque ⟦41{NNBSP}000|Q:count|41000||1⟧ électeurs inscrits de cette île de ⟦2,16 millions de km²|Q:measure|2160000|km²|0⟧, peuplée d’environ ⟦57{NNBSP}000|Q:count|57000||1⟧ habitants.

Depuis son investiture, le ⟦20 janvier|D⟧, M. ⟦Trump|P|Donald Trump⟧ répète que les ⟦États-Unis|L⟧ obtiendront le ⟦Groenland|L⟧ «{NBSP}d’une manière ou d’une autre{NBSP}», au nom de la sécurité nationale. La ⟦Maison Blanche|O⟧ a annoncé que le vice-président ⟦JD Vance|P⟧ se rendrait le ⟦28 mars|D⟧ sur la base spatiale ⟦américaine|N⟧ de ⟦Pituffik|L⟧, dans le nord-ouest de l’île. La Première ministre ⟦danoise|N⟧, ⟦Mette Frederiksen|P⟧, a dénoncé une «{NBSP}pression inacceptable{NBSP}» sur la population ⟦groenlandaise|N⟧.

⟦Copenhague|L⟧ a débloqué ⟦fin janvier|D⟧ une enveloppe de ⟦14,6 milliards de couronnes|Q:money|14600000000|DKK|0⟧ (environ ⟦1,96 milliard d’euros|Q:money|1960000000|EUR|1⟧) pour renforcer sa présence militaire dans l’⟦Arctique|L⟧, avec notamment ⟦trois|Q:count|3||0⟧ nouveaux navires et des drones à longue portée, a rappelé le ministre ⟦danois|N⟧ de la Défense, ⟦Troels Lund Poulsen|P⟧.

«{NBSP}Nous respectons pleinement le résultat et le droit des ⟦Groenlandais|N⟧ à l’autodétermination{NBSP}», a réagi le chef de la diplomatie ⟦danoise|N⟧, ⟦Lars Løkke Rasmussen|P⟧, selon qui la relation avec ⟦Nuuk|L⟧ doit être «{NBSP}refondée{NBSP}» sur un pied d’égalité.

Le sous-sol ⟦groenlandais|N⟧ recèle d’importantes réserves de terres rares, d’uranium et de graphite, convoitées par ⟦Washington|L⟧ comme par ⟦Pékin|L⟧. Selon le ⟦Service géologique du Danemark et du Groenland|O⟧ (⟦GEUS|O|Service géologique du Danemark et du Groenland⟧), ⟦25|Q:count|25||0⟧ des ⟦34|Q:count|34||0⟧ minerais jugés critiques par la ⟦Commission européenne|O⟧ y sont présents. L’île dépend toutefois d’une subvention annuelle de ⟦Copenhague|L⟧ d’environ ⟦4,3 milliards de couronnes|Q:money|4300000000|DKK|1⟧, et la pêche représente plus de ⟦90{NBSP}%|Q:percent|90|%|1⟧ de ses exportations.

D’après un sondage publié en ⟦janvier|D⟧ par le quotidien ⟦danois|N⟧ ⟦Berlingske|O⟧, ⟦85{NBSP}%|Q:percent|85|%|0⟧ des ⟦Groenlandais|N⟧ refusent de devenir ⟦américains|N⟧.

===ATTR===
direct | - | Jens-Frederik Nielsen | - | Nous ne sommes pas à vendre#1
direct | Jens-Frederik Nielsen | Jens-Frederik Nielsen | a déclaré | Nous ne sommes pas à vendre. Les Groenlandais décideront seuls de leur avenir, ni Washington ni Copenhague
indirect | Nielsen | Jens-Frederik Nielsen | a indiqué | il entamerait dès jeudi des discussions avec l’ensemble des partis en vue de former une large coalition
mixed | Nielsen | Jens-Frederik Nielsen | jugeant | le moment exigeait « l’unité »
mixed | Pele Broberg | Pele Broberg | a affirmé | l’indépendance pourrait être obtenue « en trois ans »
indirect | Egede#2 | Múte B. Egede | a reconnu | sa défaite
indirect | Egede#2 | Múte B. Egede | félicité | le vainqueur
mixed | Trump | Donald Trump | répète | les États-Unis obtiendront le Groenland « d’une manière ou d’une autre », au nom de la sécurité nationale
indirect | Maison Blanche | Maison Blanche | a annoncé | le vice-président JD Vance se rendrait le 28 mars sur la base spatiale américaine de Pituffik, dans le nord-ouest de l’île
mixed | Mette Frederiksen | Mette Frederiksen | a dénoncé | une « pression inacceptable » sur la population groenlandaise
indirect | Troels Lund Poulsen | Troels Lund Poulsen | a rappelé | Copenhague a débloqué fin janvier une enveloppe de 14,6 milliards de couronnes (environ 1,96 milliard d’euros) pour renforcer sa présence militaire dans l’Arctique, avec notamment trois nouveaux navires et des drones à longue portée
direct | Lars Løkke Rasmussen | Lars Løkke Rasmussen | a réagi | Nous respectons pleinement le résultat et le droit des Groenlandais à l’autodétermination
according-to | qui | Lars Løkke Rasmussen | selon | la relation avec Nuuk doit être « refondée » sur un pied d’égalité
according-to | Service géologique du Danemark et du Groenland | Service géologique du Danemark et du Groenland | Selon | 25 des 34 minerais jugés critiques par la Commission européenne y sont présents
according-to | Berlingske | Berlingske | D’après | 85 % des Groenlandais refusent de devenir américains
