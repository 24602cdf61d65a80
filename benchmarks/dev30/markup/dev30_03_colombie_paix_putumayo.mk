En ⟦Colombie|L⟧, une dissidence des ⟦FARC|O|Forces armées révolutionnaires de Colombie⟧ accepte de regrouper ses combattants dans le ⟦Putumayo|L⟧

De notre correspondante à ⟦Bogota|L⟧

Le gouvernement ⟦colombien|N⟧ et la ⟦Coordination nationale armée bolivarienne|O⟧ (⟦CNEB|O|Coordination nationale armée bolivarienne⟧), une dissidence des ⟦FARC|O|Forces armées révolutionnaires de Colombie⟧ active dans le sud du pays, ont signé ⟦jeudi 3 décembre|D⟧ à ⟦Mocoa|L⟧ un accord prévoyant le regroupement de quelque ⟦600|Q:count|600||1⟧ combattants dans une zone de transition de ⟦12{NBSP}000 hectares|Q:measure|12000|ha|0⟧, dans le département du ⟦Putumayo|L⟧. Le texte prévoit la destruction de ⟦14 tonnes|Q:measure|14|t|0⟧ d’explosifs et la remise de plus de ⟦300|Q:count|300||1⟧ armes d’ici à ⟦juin 2027|D⟧.

«{NBSP}C’est la première fois depuis ⟦2016|D⟧ qu’un groupe armé remet des fusils sans attendre la fin des négociations{NBSP}», a affirmé le ministre de la Défense, ⟦Julián Ospina|P⟧, lors de la cérémonie. Environ ⟦2{NBSP}000|Q:count|2000||1⟧ soldats resteront déployés autour de la zone pendant ⟦dix-huit mois|Q:duration|18|month|0⟧, a précisé le ministre. Les dissidents, eux, réclament la libération de ⟦24|Q:count|24||0⟧ de leurs membres détenus à ⟦Cali|L⟧ et à ⟦Pasto|L⟧. Au ⟦Congrès|O|Congrès de la République de Colombie⟧, l’opposition de droite a qualifié l’accord de «{NBSP}capitulation déguisée{NBSP}».

Le pari reste risqué. Selon l’⟦Institut d’études pour le développement et la paix|O⟧ (⟦Indepaz|O|Institut d’études pour le développement et la paix⟧), ⟦173|Q:count|173||0⟧ dirigeants sociaux ont été tués en ⟦Colombie|L⟧ depuis ⟦janvier|D⟧, dont ⟦19|Q:count|19||0⟧ dans le ⟦Putumayo|L⟧. Le département compte environ ⟦28{NBSP}000 hectares|Q:measure|28000|ha|1⟧ de coca, d’après l’⟦Office des Nations unies contre la drogue et le crime|O⟧ (⟦ONUDC|O|Office des Nations unies contre la drogue et le crime⟧), soit ⟦11{NBSP}%|Q:percent|11|%|0⟧ de la surface nationale.

⟦Rosa Jacanamejoy|P⟧, gouverneure indigène du resguardo de ⟦Yunguillo|L⟧, estime que l’accord «{NBSP}arrive tard{NBSP}» et que ⟦trois|Q:count|3||0⟧ des ⟦neuf|Q:count|9||0⟧ communautés de la zone n’ont «{NBSP}jamais été consultées{NBSP}». «{NBSP}Nous avons enterré ⟦onze|Q:count|11||0⟧ dirigeants depuis ⟦2022|D⟧. La paix, ici, ne se signe pas à ⟦Bogota|L⟧{NBSP}», dit-elle. Sa communauté demande que les anciens combattants ne soient pas installés sur les terres ancestrales, qui couvrent près de ⟦40{NBSP}000 hectares|Q:measure|40000|ha|1⟧.

Le nouveau gouvernement, installé en ⟦août|D⟧, a débloqué ⟦85 milliards de pesos|Q:money|85000000000|COP|0⟧ (environ ⟦19 millions d’euros|Q:money|19000000|EUR|1⟧) pour des projets de substitution des cultures. Pour l’analyste ⟦Camila Restrepo|P⟧, de la ⟦Fondation Idées pour la paix|O⟧, la somme «{NBSP}ne couvre même pas un an de revenus de la coca pour les familles concernées{NBSP}». D’après les services du ministère, ⟦4{NBSP}300|Q:count|4300||0⟧ familles se sont déjà inscrites au programme, contre ⟦6{NBSP}000|Q:count|6000||0⟧ espérées d’ici à la fin de ⟦mars|D⟧.

La ⟦CNEB|O|Coordination nationale armée bolivarienne⟧, qui revendique quelque ⟦1{NBSP}500|Q:count|1500||1⟧ membres entre le ⟦Nariño|L⟧ et le ⟦Putumayo|L⟧, reste rivale de l’⟦État-major central|O⟧, l’autre grande dissidence, qui a rompu les pourparlers en ⟦2024|D⟧. Une nouvelle session de discussions est prévue à ⟦Quito|L⟧ en ⟦février|D⟧, sous l’égide de la ⟦Norvège|L⟧ et de ⟦Cuba|L⟧.
===ATTR===
mixed | opposition | opposition de droite (non nommé) | a qualifié | l’accord de « capitulation déguisée »
direct | Julián Ospina | Julián Ospina | a affirmé | C’est la première fois depuis 2016 qu’un groupe armé remet des fusils sans attendre la fin des négociations
indirect | ministre | Julián Ospina | a précisé | Environ 2 000 soldats resteront déployés autour de la zone pendant dix-huit mois
indirect | dissidents | Coordination nationale armée bolivarienne | réclament | la libération de 24 de leurs membres détenus à Cali et à Pasto
according-to | Institut d’études pour le développement et la paix | Institut d’études pour le développement et la paix | Selon | 173 dirigeants sociaux ont été tués en Colombie depuis janvier, dont 19 dans le Putumayo
according-to | Office des Nations unies contre la drogue et le crime | Office des Nations unies contre la drogue et le crime | d’après | Le département compte environ 28 000 hectares de coca
mixed | Rosa Jacanamejoy | Rosa Jacanamejoy | estime | l’accord « arrive tard » et que trois des neuf communautés de la zone n’ont « jamais été consultées »
direct | elle | Rosa Jacanamejoy | dit-elle | Nous avons enterré onze dirigeants depuis 2022. La paix, ici, ne se signe pas à Bogota
indirect | communauté | communauté de Yunguillo (non nommé) | demande | les anciens combattants ne soient pas installés sur les terres ancestrales, qui couvrent près de 40 000 hectares
according-to | Camila Restrepo | Camila Restrepo | Pour | la somme « ne couvre même pas un an de revenus de la coca pour les familles concernées »
according-to | services | services du ministère (non nommé) | D’après | 4 300 familles se sont déjà inscrites au programme, contre 6 000 espérées d’ici à la fin de mars
indirect | CNEB | Coordination nationale armée bolivarienne | revendique | quelque 1 500 membres entre le Nariño et le Putumayo
