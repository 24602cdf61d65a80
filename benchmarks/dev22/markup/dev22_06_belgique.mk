Grève nationale : la ⟦Belgique|L⟧ à l’arrêt, ⟦De Wever|P|Bart De Wever⟧ maintient son budget

Trains supprimés, écoles fermées, aéroports paralysés : la ⟦Belgique|L⟧ a vécu ⟦mercredi|D⟧ la troisième et dernière journée d’une grève nationale lancée par les ⟦trois|Q:count|3||0⟧ grands syndicats du pays contre le projet de budget du gouvernement fédéral. À ⟦Bruxelles|L⟧, entre ⟦80{NNBSP}000 et 100{NNBSP}000|Q:count|80000~100000||1⟧ personnes ont défilé de la ⟦gare du Nord|L|gare de Bruxelles-Nord⟧ jusqu’au ⟦parc du Cinquantenaire|L⟧, selon la police, qui a fait état de ⟦sept|Q:count|7||0⟧ interpellations.

Le Premier ministre ⟦Bart De Wever|P⟧ (⟦N-VA|O|Nouvelle Alliance flamande⟧) a répété qu’il ne reculerait pas. «{NBSP}Nous devons trouver ⟦9,2 milliards d’euros|Q:money|9200000000|EUR|0⟧ d’ici à ⟦2029|D⟧. Ne rien faire, c’est laisser la dette exploser et faire payer nos enfants{NBSP}», a-t-il déclaré devant la ⟦Chambre|O|Chambre des représentants de Belgique⟧ ⟦mardi après-midi|D⟧. L’accord conclu ⟦fin novembre|D⟧ par les ⟦cinq|Q:count|5||0⟧ partis de la coalition dite «{NBSP}Arizona{NBSP}» prévoit notamment un saut d’index partiel en ⟦2026|D⟧, une hausse des accises sur le gaz et une réforme des pensions.

C’est cette dernière qui concentre la colère. Le texte instaure un malus de ⟦2{NBSP}%|Q:percent|2|%|0⟧ par année de retraite anticipée, jusqu’à ⟦5{NBSP}%|Q:percent|5|%|1⟧ au maximum. «{NBSP}On demande aux travailleurs de payer ⟦deux fois|Q:count|2||0⟧ : à la caisse et sur leur pension{NBSP}», dénonce ⟦Thierry Bodson|P⟧, président de la ⟦FGTB|O|Fédération générale du travail de Belgique⟧. Sa collègue de la ⟦CSC|O|Confédération des syndicats chrétiens⟧, ⟦Ann Vermorgen|P⟧, a affirmé que ⟦1,2 million|Q:count|1200000||0⟧ de travailleurs perdraient du pouvoir d’achat.

Selon la ⟦SNCB|O|Société nationale des chemins de fer belges⟧, seuls ⟦deux|Q:count|2||0⟧ trains sur ⟦dix|Q:count|10||0⟧ ont circulé ⟦mercredi|D⟧. L’⟦aéroport de Zaventem|L|Brussels Airport⟧ a annulé l’ensemble de ses ⟦480|Q:count|480||0⟧ vols au départ, et celui de ⟦Charleroi|L|Brussels South Charleroi Airport⟧ n’a pas ouvert. À ⟦Bruxelles|L⟧, la ⟦STIB|O|Société des transports intercommunaux de Bruxelles⟧ n’assurait que ⟦deux|Q:count|2||0⟧ lignes de métro sur ⟦quatre|Q:count|4||0⟧. La ⟦Fédération des entreprises de Belgique|O⟧ (⟦FEB|O|Fédération des entreprises de Belgique⟧) chiffre le coût des ⟦trois jours|Q:duration|3|day|0⟧ de grève à environ ⟦1 milliard d’euros|Q:money|1000000000|EUR|1⟧.

Le ministre du Budget, ⟦Vincent Van Peteghem|P⟧ (⟦CD&V|O|Chrétiens-démocrates et flamands⟧), a rappelé que le déficit ⟦belge|N⟧ atteignait ⟦4,6{NBSP}%|Q:percent|4.6|%|0⟧ du PIB, l’un des plus élevés de la ⟦zone euro|L⟧, et que la ⟦Commission européenne|O⟧ avait placé le pays sous procédure pour déficit excessif en ⟦juillet 2024|D⟧. Le ⟦Bureau fédéral du Plan|O⟧ prévoit une croissance de ⟦1{NBSP}%|Q:percent|1|%|0⟧ seulement ⟦l’an prochain|D⟧.

Les syndicats ont déjà annoncé une nouvelle journée d’action pour le ⟦12 février|D⟧. En ⟦Flandre|L⟧, le mouvement a été moins suivi : ⟦38{NBSP}%|Q:percent|38|%|0⟧ des enseignants ⟦flamands|N⟧ étaient en grève, contre ⟦71{NBSP}%|Q:percent|71|%|0⟧ de leurs collègues en ⟦Wallonie|L⟧, d’après les réseaux d’enseignement.

À ⟦Liège|L⟧, les métallos avaient bloqué les accès à l’autoroute dès ⟦6h|D⟧. «{NBSP}Ils veulent qu’on travaille à ⟦67 ans|Q:duration|67|year|0⟧ avec des dos cassés. Ce sera sans moi{NBSP}», lâche ⟦Christophe|P⟧, ⟦52 ans|Q:duration|52|year|0⟧, ouvrier chez ⟦ArcelorMittal|O⟧ depuis ⟦trente ans|Q:duration|30|year|0⟧, qui dit ne pas avoir été payé depuis ⟦lundi|D⟧.
===ATTR===
according-to | police | police bruxelloise | selon | À Bruxelles, entre 80 000 et 100 000 personnes ont défilé de la gare du Nord jusqu’au parc du Cinquantenaire
indirect | qui | police bruxelloise | a fait état de | sept interpellations
indirect | Bart De Wever | Bart De Wever | a répété | qu’il ne reculerait pas
direct | il | Bart De Wever | a-t-il déclaré | Nous devons trouver 9,2 milliards d’euros d’ici à 2029. Ne rien faire, c’est laisser la dette exploser et faire payer nos enfants
direct | Thierry Bodson | Thierry Bodson | dénonce | On demande aux travailleurs de payer deux fois : à la caisse et sur leur pension
indirect | Ann Vermorgen | Ann Vermorgen | a affirmé | que 1,2 million de travailleurs perdraient du pouvoir d’achat
according-to | SNCB | Société nationale des chemins de fer belges | Selon | seuls deux trains sur dix ont circulé mercredi
indirect | Fédération des entreprises de Belgique | Fédération des entreprises de Belgique | chiffre | le coût des trois jours de grève à environ 1 milliard d’euros
indirect | Vincent Van Peteghem | Vincent Van Peteghem | a rappelé | que le déficit belge atteignait 4,6 % du PIB, l’un des plus élevés de la zone euro, et que la Commission européenne avait placé le pays sous procédure pour déficit excessif en juillet 2024
indirect | Bureau fédéral du Plan | Bureau fédéral du Plan | prévoit | une croissance de 1 % seulement l’an prochain
indirect | syndicats | syndicats (non nommé) | ont déjà annoncé | une nouvelle journée d’action pour le 12 février
direct | Christophe | Christophe | lâche | Ils veulent qu’on travaille à 67 ans avec des dos cassés. Ce sera sans moi
indirect | qui | Christophe | dit | ne pas avoir été payé depuis lundi
according-to | réseaux | réseaux d’enseignement (non nommé) | d’après | En Flandre, le mouvement a été moins suivi : 38 % des enseignants flamands étaient en grève, contre 71 % de leurs collègues en Wallonie
