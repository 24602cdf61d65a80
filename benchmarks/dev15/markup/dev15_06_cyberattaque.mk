Cyberattaque : l'hôpital de ⟦Saintes|L⟧ paralysé, les pirates réclament ⟦5 millions de dollars|Q:money|5000000|USD|0⟧

Le ⟦centre hospitalier de Saintes|O⟧ (⟦Charente-Maritime|L⟧) fonctionne en mode dégradé depuis ⟦la nuit de dimanche à lundi|D⟧, après une cyberattaque par rançongiciel qui a rendu inaccessibles la quasi-totalité de ses logiciels. Les pirates réclament ⟦5 millions de dollars|Q:money|5000000|USD|0⟧, payables en bitcoins, pour fournir la clé de déchiffrement, a indiqué ⟦mardi|D⟧ la direction de l'établissement, qui compte ⟦1{NBSP}200|Q:count|1200||0⟧ salariés.

Les urgences ont été fermées aux ambulances et ⟦une vingtaine|Q:count|20||1⟧ de patients, dont ⟦quatre|Q:count|4||0⟧ en réanimation, ont été transférés vers les hôpitaux de ⟦Rochefort|L⟧, de ⟦La Rochelle|L⟧ et de ⟦Cognac|L⟧. Les opérations programmées sont reportées jusqu'à nouvel ordre, sauf les urgences vitales.

«{NNBSP}Nous sommes revenus au papier et au crayon. Les équipes font un travail remarquable, mais chaque admission prend désormais près d'⟦une heure|Q:duration|1|hour|1⟧{NNBSP}», a expliqué le directeur, ⟦Laurent Méchin|P⟧, lors d'un point presse à ⟦14 h 30|D⟧. Il a exclu tout paiement de la rançon, conformément à la doctrine de l'État.

L'⟦Agence nationale de la sécurité des systèmes d'information|O⟧ (⟦Anssi|O|Agence nationale de la sécurité des systèmes d'information⟧) a dépêché sur place une équipe de ⟦cinq|Q:count|5||0⟧ experts. Selon une source proche de l'enquête, l'attaque serait l'œuvre du groupe ⟦Qilin|O⟧, un collectif russophone qui a revendiqué plus de ⟦700|Q:count|700||1⟧ attaques dans le monde depuis ⟦2024|D⟧. Les pirates affirment avoir dérobé plus de ⟦400{NBSP}000|Q:count|400000||1⟧ fichiers, dont des dossiers médicaux, et menacent de les publier d'ici à ⟦vendredi|D⟧.

Le ⟦parquet de Paris|O⟧, compétent en matière de cybercriminalité, a ouvert une enquête pour extorsion en bande organisée, confiée à l'⟦Office anti-cybercriminalité|O⟧ (⟦OFAC|O|Office anti-cybercriminalité⟧). La ⟦Commission nationale de l'informatique et des libertés|O⟧ (⟦Cnil|O|Commission nationale de l'informatique et des libertés⟧) a été notifiée, a précisé l'hôpital, qui a ouvert une cellule d'écoute pour les patients inquiets.

«{NNBSP}On nous a demandé de ne plus allumer les ordinateurs. Les résultats d'analyses arrivent par coursier{NNBSP}», raconte ⟦Nathalie|P⟧, infirmière aux urgences depuis ⟦12 ans|Q:duration|12|year|0⟧. Devant l'entrée, ⟦Jean-Claude Morisset|P⟧, ⟦71 ans|Q:duration|71|year|0⟧, venu pour une séance de dialyse, dit avoir attendu «{NNBSP}plus de ⟦trois heures|Q:duration|3|hour|1⟧{NNBSP}» avant d'être pris en charge.

Selon l'⟦Anssi|O|Agence nationale de la sécurité des systèmes d'information⟧, les établissements de santé ont représenté ⟦10%|Q:percent|10|%|0⟧ des incidents par rançongiciel traités en ⟦2024|D⟧. En ⟦2022|D⟧, le ⟦centre hospitalier Sud Francilien|O⟧, à ⟦Corbeil-Essonnes|L⟧, avait subi une attaque similaire, assortie d'une demande de rançon de ⟦10 millions de dollars|Q:money|10000000|USD|0⟧. Le ⟦ministère de la Santé|O|ministère français de la Santé⟧ a rappelé ⟦mardi|D⟧ que le programme Care, doté de ⟦750 millions d'euros|Q:money|750000000|EUR|0⟧, doit renforcer la cybersécurité des hôpitaux d'ici à ⟦2027|D⟧.
===ATTR===
indirect | pirates#1 | pirates (non nommé) | réclament#1 | 5 millions de dollars#1
indirect | pirates#2 | pirates (non nommé) | réclament#2 | 5 millions de dollars, payables en bitcoins, pour fournir la clé de déchiffrement
indirect | direction | direction du centre hospitalier de Saintes | a indiqué | Les pirates réclament 5 millions de dollars, payables en bitcoins, pour fournir la clé de déchiffrement
direct | Laurent Méchin | Laurent Méchin | a expliqué | Nous sommes revenus au papier et au crayon. Les équipes font un travail remarquable, mais chaque admission prend désormais près d'une heure
indirect | Il | Laurent Méchin | a exclu | tout paiement de la rançon
according-to | source | source proche de l'enquête (non nommé) | Selon#1 | l'attaque serait l'œuvre du groupe Qilin, un collectif russophone qui a revendiqué plus de 700 attaques dans le monde depuis 2024
indirect | qui | Qilin | a revendiqué | plus de 700 attaques dans le monde depuis 2024
indirect | pirates#3 | pirates (non nommé) | affirment | avoir dérobé plus de 400 000 fichiers, dont des dossiers médicaux
indirect | pirates#3 | pirates (non nommé) | menacent | de les publier d'ici à vendredi
indirect | hôpital#2 | centre hospitalier de Saintes | a précisé | La Commission nationale de l'informatique et des libertés (Cnil) a été notifiée
direct | Nathalie | Nathalie | raconte | On nous a demandé de ne plus allumer les ordinateurs. Les résultats d'analyses arrivent par coursier
mixed | Jean-Claude Morisset | Jean-Claude Morisset | dit | avoir attendu « plus de trois heures » avant d'être pris en charge
according-to | Anssi#2 | Agence nationale de la sécurité des systèmes d'information | Selon#2 | les établissements de santé ont représenté 10% des incidents par rançongiciel traités en 2024
indirect | ministère de la Santé | ministère français de la Santé | a rappelé | le programme Care, doté de 750 millions d'euros, doit renforcer la cybersécurité des hôpitaux d'ici à 2027
