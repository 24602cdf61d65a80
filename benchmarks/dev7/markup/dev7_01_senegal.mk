⟦Sénégal|L⟧ : la dette publique atteint ⟦132{NBSP}%|Q:percent|132|%|0⟧ du PIB, le ⟦FMI|O|Fonds monétaire international⟧ promet un nouveau programme «{NBSP}dans ⟦les prochains mois|D⟧{NBSP}»

⟦Dakar|L⟧, ⟦18 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧) a confirmé ⟦mardi|D⟧ que la dette publique du ⟦Sénégal|L⟧ avait atteint ⟦132{NBSP}%|Q:percent|132|%|0⟧ du produit intérieur brut à ⟦fin 2024|D⟧, bien au-delà des ⟦74{NBSP}%|Q:percent|74|%|0⟧ affichés par le gouvernement de l’ancien président ⟦Macky Sall|P⟧, et s’est dit prêt à négocier avec ⟦Dakar|L⟧ un nouveau programme d’aide «{NBSP}dans ⟦les prochains mois|D⟧{NBSP}».

«{NBSP}Les chiffres que nous avons examinés sont désormais solides. Il n’y a plus de doute sur l’ampleur de l’endettement{NBSP}», a déclaré à la presse le chef de la mission du ⟦FMI|O|Fonds monétaire international⟧, ⟦Marc Gerritsen|P⟧, au terme d’une visite de ⟦deux semaines|Q:duration|2|week|0⟧ dans la capitale ⟦sénégalaise|N⟧.

Le programme précédent, d’un montant de ⟦1,8 milliard de dollars|Q:money|1800000000|USD|0⟧ (environ ⟦1{NNBSP}050 milliards de francs CFA|Q:money|1050000000000|XOF|1⟧), avait été gelé en ⟦mai 2024|D⟧, quelques semaines après l’arrivée au pouvoir du président ⟦Bassirou Diomaye Faye|P⟧. Selon un rapport de la ⟦Cour des comptes|O|Cour des comptes du Sénégal⟧ publié en ⟦février|D⟧, l’ancienne équipe avait dissimulé près de ⟦7 milliards de dollars|Q:money|7000000000|USD|1⟧ d’emprunts entre ⟦2019 et 2024|D⟧.

Le Premier ministre, ⟦Ousmane Sonko|P⟧, a accusé ⟦lundi|D⟧ devant l’⟦Assemblée nationale|O|Assemblée nationale du Sénégal⟧ le régime précédent d’avoir «{NBSP}menti aux partenaires et au peuple{NBSP}». «{NBSP}Nous ne paierons pas pour des fautes que nous n’avons pas commises, mais nous honorerons la signature du ⟦Sénégal|L⟧{NBSP}», a-t-il lancé sous les applaudissements des députés de la majorité.

M. ⟦Sall|P|Macky Sall⟧, installé au ⟦Maroc|L⟧ depuis son départ du pouvoir en ⟦avril 2024|D⟧, a rejeté ces accusations dans un entretien à ⟦Jeune Afrique|O⟧, affirmant que les chiffres avaient été «{NBSP}gonflés à des fins politiques{NBSP}». Son parti, l’⟦Alliance pour la République|O⟧ (⟦APR|O|Alliance pour la République⟧), dénonce une «{NBSP}chasse aux sorcières{NBSP}».

Sur les marchés, la crise pèse lourd. Les euro-obligations ⟦sénégalaises|N⟧ arrivant à échéance en ⟦2033|D⟧ s’échangeaient ⟦mercredi|D⟧ autour de ⟦68{NBSP}%|Q:percent|68|%|1⟧ de leur valeur nominale, et l’agence de notation ⟦Moody’s|O⟧ a abaissé en ⟦octobre|D⟧ la note du pays de ⟦deux|Q:count|2||0⟧ crans, jugeant le risque d’un défaut de paiement «{NBSP}significatif{NBSP}».

Le ministre des Finances, ⟦Cheikh Diba|P⟧, a indiqué que l’État comptait lever ⟦3{NNBSP}000 milliards de francs CFA|Q:money|3000000000000|XOF|0⟧ sur le marché régional de l’⟦Union économique et monétaire ouest-africaine|O⟧ (⟦UEMOA|O|Union économique et monétaire ouest-africaine⟧) en ⟦2026|D⟧. Le service de la dette absorbe déjà près de ⟦35{NBSP}%|Q:percent|35|%|1⟧ des recettes fiscales, d’après les calculs du ministère.

Selon un diplomate ⟦occidental|N⟧ en poste à ⟦Dakar|L⟧, les bailleurs attendent surtout «{NBSP}des gestes concrets{NBSP}» sur la transparence avant de débloquer le moindre franc. La ⟦Banque mondiale|O⟧ a suspendu ⟦cet été|D⟧ ⟦deux|Q:count|2||0⟧ appuis budgétaires d’un total de ⟦300 millions de dollars|Q:money|300000000|USD|0⟧.

Le pays de quelque ⟦18 millions|Q:count|18000000||1⟧ d’habitants mise sur ses hydrocarbures pour se redresser. Le champ pétrolier de ⟦Sangomar|L⟧, situé à ⟦une centaine de kilomètres|Q:measure|100|km|1⟧ au large de ⟦Dakar|L⟧ et exploité par l’⟦australien|N⟧ ⟦Woodside|O⟧, produit environ ⟦100{NNBSP}000 barils|Q:measure|100000|bbl|1⟧ par jour depuis ⟦juin 2024|D⟧. Le gisement gazier ⟦Grand Tortue Ahmeyim|L⟧, partagé avec la ⟦Mauritanie|L⟧, a livré sa première cargaison de gaz naturel liquéfié en ⟦avril|D⟧.

«{NBSP}Le pétrole ne sauvera pas les finances publiques à lui seul. Il faudra des années d’effort{NBSP}», prévient ⟦Mamadou Lamine Ndiaye|P⟧, économiste au ⟦Centre de recherches économiques appliquées|O⟧ (⟦CREA|O|Centre de recherches économiques appliquées⟧), pour qui une restructuration de la dette reste «{NBSP}l’option la plus réaliste{NBSP}».

===ATTR===
mixed | FMI#1 | Fonds monétaire international | promet | un nouveau programme « dans les prochains mois »
indirect | Fonds monétaire international | Fonds monétaire international | a confirmé | la dette publique du Sénégal avait atteint 132 % du produit intérieur brut à fin 2024, bien au-delà des 74 % affichés par le gouvernement de l’ancien président Macky Sall
mixed | Fonds monétaire international | Fonds monétaire international | s’est dit | prêt à négocier avec Dakar un nouveau programme d’aide « dans les prochains mois »
direct | Marc Gerritsen | Marc Gerritsen | a déclaré | Les chiffres que nous avons examinés sont désormais solides. Il n’y a plus de doute sur l’ampleur de l’endettement
according-to | rapport | Cour des comptes du Sénégal | Selon#1 | l’ancienne équipe avait dissimulé près de 7 milliards de dollars d’emprunts entre 2019 et 2024
mixed | Ousmane Sonko | Ousmane Sonko | a accusé | le régime précédent d’avoir « menti aux partenaires et au peuple »
direct | il | Ousmane Sonko | a-t-il lancé | Nous ne paierons pas pour des fautes que nous n’avons pas commises, mais nous honorerons la signature du Sénégal
indirect | Sall#2 | Macky Sall | a rejeté | ces accusations
mixed | Sall#2 | Macky Sall | affirmant | les chiffres avaient été « gonflés à des fins politiques »
mixed | Alliance pour la République | Alliance pour la République | dénonce | une « chasse aux sorcières »
mixed | Moody’s | Moody’s | jugeant | le risque d’un défaut de paiement « significatif »
indirect | Cheikh Diba | Cheikh Diba | a indiqué | l’État comptait lever 3 000 milliards de francs CFA sur le marché régional de l’Union économique et monétaire ouest-africaine (UEMOA) en 2026
according-to | ministère | ministère des Finances du Sénégal | d’après | Le service de la dette absorbe déjà près de 35 % des recettes fiscales
according-to | diplomate | diplomate occidental (non nommé) | Selon#2 | les bailleurs attendent surtout « des gestes concrets » sur la transparence avant de débloquer le moindre franc
direct | Mamadou Lamine Ndiaye | Mamadou Lamine Ndiaye | prévient | Le pétrole ne sauvera pas les finances publiques à lui seul. Il faudra des années d’effort
according-to | qui | Mamadou Lamine Ndiaye | pour | une restructuration de la dette reste « l’option la plus réaliste »
