⟦Soudan|L⟧{NBSP}: après la chute d’⟦El-Facher|L⟧, l’exode des civils vers ⟦Tawila|L⟧

⟦Port-Soudan|L⟧, ⟦12 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Plus de ⟦90{NBSP}000|Q:count|90000||1⟧ personnes ont fui ⟦El-Facher|L⟧ depuis que les paramilitaires des ⟦Forces de soutien rapide|O⟧ (⟦FSR|O|Forces de soutien rapide⟧) ont pris le contrôle de la ville ⟦fin octobre|D⟧, a annoncé ⟦mercredi|D⟧ l’⟦Organisation internationale pour les migrations|O⟧ (⟦OIM|O|Organisation internationale pour les migrations⟧). La plupart ont gagné à pied ⟦Tawila|L⟧, à environ ⟦60{NBSP}kilomètres|Q:measure|60|km|1⟧ à l’ouest, où les camps sont saturés.

Dernière grande ville du ⟦Darfour|L⟧ encore tenue par l’⟦armée soudanaise|O⟧, ⟦El-Facher|L⟧ était assiégée depuis ⟦mai 2024|D⟧. Pendant ⟦dix-huit mois|Q:duration|18|month|0⟧, ses habitants ont survécu sous les bombardements, privés de nourriture et de médicaments. «{NBSP}Ce que les survivants nous décrivent est terrifiant{NBSP}: des exécutions sommaires, des femmes enlevées, des familles séparées sur la route{NBSP}», a déclaré à l’⟦AFP|O|Agence France-Presse⟧ ⟦Mathilde Vasseur|P⟧, coordinatrice de ⟦Médecins sans frontières|O⟧ (⟦MSF|O|Médecins sans frontières⟧) à ⟦Tawila|L⟧.

L’ONG affirme avoir soigné en ⟦deux semaines|Q:duration|2|week|0⟧ plus de ⟦1{NBSP}200|Q:count|1200||1⟧ enfants souffrant de malnutrition aiguë, dont près de ⟦30{NBSP}%|Q:percent|30|%|1⟧ dans un état jugé critique. Selon elle, ⟦70{NBSP}%|Q:percent|70|%|0⟧ des adultes arrivés à ⟦Tawila|L⟧ présentent des blessures.

Les ⟦FSR|O|Forces de soutien rapide⟧, dirigées par le général ⟦Mohamed Hamdane Daglo|P⟧, dit «{NBSP}⟦Hemedti|P|Mohamed Hamdane Daglo⟧{NBSP}», ont nié toute exaction contre les civils et assuré avoir ouvert des «{NBSP}couloirs sûrs{NBSP}». Leur chef a promis ⟦vendredi|D⟧ une enquête sur les violences, sans donner de calendrier.

Le chef de l’armée, le général ⟦Abdel Fattah al-Burhane|P⟧, a de son côté juré de «{NBSP}reprendre chaque mètre carré{NBSP}» du territoire perdu. Le conflit, qui a éclaté en ⟦avril 2023|D⟧, a fait des ⟦dizaines de milliers|Q:count|10000||1⟧ de morts et près de ⟦12 millions|Q:count|12000000||1⟧ de déplacés, d’après les ⟦Nations unies|O⟧.

Le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧) a prévenu qu’il ne disposait plus que de ⟦quatre semaines|Q:duration|4|week|0⟧ de stocks dans la région. Il réclame ⟦200 millions de dollars|Q:money|200000000|USD|0⟧ supplémentaires pour tenir jusqu’en ⟦mars|D⟧. Un convoi de ⟦28|Q:count|28||0⟧ camions est arrivé ⟦mardi|D⟧ vers ⟦14 heures|D⟧ à ⟦Tawila|L⟧, le premier depuis ⟦trois semaines|Q:duration|3|week|0⟧.

Réuni en urgence ⟦jeudi dernier|D⟧ à ⟦New York|L⟧, le ⟦Conseil de sécurité|O|Conseil de sécurité des Nations unies⟧ a exigé la levée de tous les obstacles à l’acheminement de l’aide. Sur le terrain, pourtant, rien n’a changé, estime ⟦Tom Fletcher|P⟧, le chef des opérations humanitaires de l’⟦ONU|O|Organisation des Nations unies⟧. «{NBSP}Les routes sont minées, les chauffeurs sont menacés et chaque camion doit négocier ⟦une dizaine|Q:count|10||1⟧ de barrages{NBSP}», a-t-il souligné ⟦lundi|D⟧ à ⟦Genève|L⟧. Les ⟦Etats-Unis|L⟧ ont pour leur part annoncé ⟦45 millions de dollars|Q:money|45000000|USD|0⟧ d’aide d’urgence pour le ⟦Soudan|L⟧ et le ⟦Tchad|L⟧ voisin, qui accueille déjà plus de ⟦800{NBSP}000|Q:count|800000||1⟧ réfugiés ⟦soudanais|N⟧.

Sous une bâche tendue entre ⟦deux|Q:count|2||0⟧ arbres, ⟦Hawa Adam|P⟧, ⟦34 ans|Q:duration|34|year|0⟧, veille ses ⟦cinq|Q:count|5||0⟧ enfants. «{NBSP}Nous avons marché ⟦trois jours|Q:duration|3|day|0⟧. Mon mari est resté à ⟦El-Facher|L⟧, je ne sais pas s’il est vivant{NBSP}», murmure-t-elle.
===ATTR===
indirect | Organisation internationale pour les migrations | Organisation internationale pour les migrations | a annoncé | Plus de 90 000 personnes ont fui El-Facher depuis que les paramilitaires des Forces de soutien rapide (FSR) ont pris le contrôle de la ville fin octobre
direct | Mathilde Vasseur | Mathilde Vasseur | a déclaré | Ce que les survivants nous décrivent est terrifiant : des exécutions sommaires, des femmes enlevées, des familles séparées sur la route
indirect | ONG | Médecins sans frontières | affirme | avoir soigné en deux semaines plus de 1 200 enfants souffrant de malnutrition aiguë, dont près de 30 % dans un état jugé critique
according-to | elle | Médecins sans frontières | Selon | 70 % des adultes arrivés à Tawila présentent des blessures
indirect | FSR#2 | Forces de soutien rapide | ont nié | toute exaction contre les civils
mixed | FSR#2 | Forces de soutien rapide | assuré | avoir ouvert des « couloirs sûrs »
indirect | chef | Mohamed Hamdane Daglo | a promis | une enquête sur les violences
mixed | Abdel Fattah al-Burhane | Abdel Fattah al-Burhane | a de son côté juré | de « reprendre chaque mètre carré » du territoire perdu
according-to | Nations unies | Nations unies | d’après | Le conflit, qui a éclaté en avril 2023, a fait des dizaines de milliers de morts et près de 12 millions de déplacés
indirect | Programme alimentaire mondial | Programme alimentaire mondial | a prévenu | qu’il ne disposait plus que de quatre semaines de stocks dans la région
indirect | Il | Programme alimentaire mondial | réclame | 200 millions de dollars supplémentaires pour tenir jusqu’en mars
indirect | Conseil de sécurité | Conseil de sécurité des Nations unies | a exigé | la levée de tous les obstacles à l’acheminement de l’aide
indirect | Tom Fletcher | Tom Fletcher | estime | Sur le terrain, pourtant, rien n’a changé
direct | il | Tom Fletcher | a-t-il souligné | Les routes sont minées, les chauffeurs sont menacés et chaque camion doit négocier une dizaine de barrages
indirect | Etats-Unis | Etats-Unis | ont pour leur part annoncé | 45 millions de dollars d’aide d’urgence pour le Soudan et le Tchad voisin
direct | elle | Hawa Adam | murmure-t-elle | Nous avons marché trois jours. Mon mari est resté à El-Facher, je ne sais pas s’il est vivant
