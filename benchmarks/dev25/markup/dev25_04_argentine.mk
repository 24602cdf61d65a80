⟦Argentine|L⟧ : grève générale contre la réforme du travail de ⟦Javier Milei|P⟧

L'⟦Argentine|L⟧ a tourné au ralenti ⟦jeudi|D⟧. À l'appel de la ⟦Confédération générale du travail|O⟧ (⟦CGT|O|Confédération générale du travail⟧), principale centrale syndicale du pays, ⟦des millions|Q:count|1000000||1⟧ de salariés ont cessé le travail pendant ⟦24 heures|Q:duration|24|hour|0⟧ pour protester contre la réforme du code du travail que le président ⟦Javier Milei|P⟧ veut faire adopter avant ⟦la fin de l'année|D⟧. C'est la quatrième grève générale depuis son arrivée au pouvoir, en ⟦décembre 2023|D⟧.

À ⟦Buenos Aires|L⟧, les trains et le métro sont restés à l'arrêt, les banques et la plupart des écoles ont fermé. Près de ⟦400|Q:count|400||1⟧ vols ont été annulés et les pertes atteignent ⟦3 millions de dollars|Q:money|3000000|USD|0⟧, d'après la compagnie publique ⟦Aerolíneas Argentinas|O⟧. D'après les syndicats, la participation a dépassé ⟦80%|Q:percent|80|%|0⟧ dans l'industrie. Le gouvernement, lui, a évoqué une adhésion “inférieure à ⟦40%|Q:percent|40|%|1⟧”.

“Cette réforme, c'est la fin des conventions collectives et le retour à la journée de ⟦12 heures|Q:duration|12|hour|0⟧. Nous ne reculerons pas”, a lancé devant le ⟦Congrès|O|Congrès de la Nation argentine⟧ ⟦Héctor Maldonado|P⟧, l'un des ⟦trois|Q:count|3||0⟧ secrétaires généraux de la ⟦CGT|O|Confédération générale du travail⟧, devant ⟦des dizaines de milliers|Q:count|10000||1⟧ de personnes.

Le texte, adopté en première lecture par le ⟦Sénat|O|Sénat de la Nation argentine⟧ le ⟦28 novembre|D⟧ par ⟦42|Q:count|42||0⟧ voix contre ⟦30|Q:count|30||0⟧, prévoit d'allonger la période d'essai de ⟦trois|Q:duration|3|month|0⟧ à ⟦six mois|Q:duration|6|month|0⟧, de plafonner les indemnités de licenciement et de limiter le droit de grève dans l'éducation et les transports. Il doit encore être voté par la ⟦Chambre des députés|O|Chambre des députés de la Nation argentine⟧, où le parti présidentiel, ⟦La Libertad Avanza|O⟧, ne dispose que de ⟦95|Q:count|95||0⟧ sièges sur ⟦257|Q:count|257||0⟧.

Le chef de cabinet, ⟦Manuel Adorni|P⟧, a qualifié la grève de “politique”. ⟦Javier Milei|P⟧ a affirmé sur ⟦X|O⟧ que la réforme permettrait de créer “⟦des centaines de milliers|Q:count|100000||1⟧ d'emplois formels” dans un pays où près de ⟦42%|Q:percent|42|%|1⟧ des salariés travaillent au noir.

Sur le front des prix, le gouvernement peut se prévaloir d'une nette amélioration. L'inflation a ralenti à ⟦2,3%|Q:percent|2.3|%|0⟧ en ⟦novembre|D⟧ sur ⟦un mois|Q:duration|1|month|0⟧, soit ⟦31,4%|Q:percent|31.4|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, contre plus de ⟦200%|Q:percent|200|%|1⟧ ⟦fin 2023|D⟧, selon l'⟦Institut national de la statistique et des recensements|O⟧ (⟦Indec|O|Institut national de la statistique et des recensements⟧). Le ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧) a débloqué en ⟦août|D⟧ une nouvelle tranche de ⟦2 milliards de dollars|Q:money|2000000000|USD|0⟧, dans le cadre d'un prêt de ⟦20 milliards|Q:money|20000000000|USD|0⟧ accordé en ⟦avril|D⟧. Le dollar s'échangeait ⟦jeudi|D⟧ à ⟦1475 pesos|Q:money|1475|ARS|0⟧ ⟦argentins|N⟧ sur le marché officiel.

“Le gouvernement a gagné la bataille de l'inflation, pas encore celle de la croissance”, juge ⟦Mariana Ferreyra|P⟧, économiste à l'⟦université de Buenos Aires|O⟧. Selon elle, le pouvoir d'achat des retraités a reculé d'environ ⟦10%|Q:percent|10|%|1⟧ depuis ⟦2023|D⟧, et l'activité industrielle reste inférieure de ⟦6%|Q:percent|6|%|0⟧ à son niveau d'il y a ⟦deux ans|Q:duration|2|year|0⟧.

Dans le quartier de ⟦La Boca|L⟧, ⟦Graciela Núñez|P⟧, ⟦67 ans|Q:duration|67|year|0⟧, touche une pension de ⟦390000 pesos|Q:money|390000|ARS|0⟧, environ ⟦265 dollars|Q:money|265|USD|1⟧. “Après le loyer et les médicaments, il ne reste rien pour manger”, dit-elle.
===ATTR===
according-to | Aerolíneas Argentinas | Aerolíneas Argentinas | d'après | Près de 400 vols ont été annulés et les pertes atteignent 3 millions de dollars
according-to | syndicats | syndicats (non nommé) | D'après | la participation a dépassé 80% dans l'industrie
mixed | gouvernement | gouvernement de Javier Milei (non nommé) | a évoqué | une adhésion “inférieure à 40%”
direct | Héctor Maldonado | Héctor Maldonado | a lancé | Cette réforme, c'est la fin des conventions collectives et le retour à la journée de 12 heures. Nous ne reculerons pas
mixed | Manuel Adorni | Manuel Adorni | a qualifié | la grève de “politique”
mixed | Javier Milei#3 | Javier Milei | a affirmé | la réforme permettrait de créer “des centaines de milliers d'emplois formels” dans un pays où près de 42% des salariés travaillent au noir
according-to | Institut national de la statistique et des recensements | Institut national de la statistique et des recensements | selon | L'inflation a ralenti à 2,3% en novembre sur un mois, soit 31,4% sur un an, contre plus de 200% fin 2023
direct | Mariana Ferreyra | Mariana Ferreyra | juge | Le gouvernement a gagné la bataille de l'inflation, pas encore celle de la croissance
according-to | elle#1 | Mariana Ferreyra | Selon | le pouvoir d'achat des retraités a reculé d'environ 10% depuis 2023, et l'activité industrielle reste inférieure de 6% à son niveau d'il y a deux ans
direct | elle | Graciela Núñez | dit-elle | Après le loyer et les médicaments, il ne reste rien pour manger
