⟦Géorgie|L⟧: ⟦des milliers|Q:count|1000||1⟧ de manifestants à ⟦Tbilissi|L⟧, le pouvoir ne cède pas

⟦Tbilissi|L⟧, ⟦3 décembre|D⟧ (⟦Reuters|O⟧) - Plusieurs ⟦dizaines de milliers|Q:count|10000||1⟧ de manifestants ont de nouveau envahi ⟦mardi soir|D⟧ l'⟦avenue Roustaveli|L⟧, à ⟦Tbilissi|L⟧, pour protester contre le gel du processus d'adhésion de la ⟦Géorgie|L⟧ à l'⟦Union européenne|O⟧, au terme d'une année de mobilisation quasi quotidienne contre le parti au pouvoir, le ⟦Rêve géorgien|O⟧.

Les organisateurs ont revendiqué plus de ⟦80 000|Q:count|80000||1⟧ participants, un chiffre impossible à vérifier. Le ⟦ministère géorgien de l'Intérieur|O⟧, qui n'a donné aucune estimation, a indiqué avoir interpellé ⟦14|Q:count|14||0⟧ personnes peu après ⟦23h|D⟧ pour "troubles à l'ordre public".

Le Premier ministre ⟦Irakli Kobakhidze|P⟧ a répété ⟦mercredi|D⟧ que son gouvernement ne reviendrait pas sur sa décision. “Nous voulons entrer dans l'⟦Europe|L⟧ debout, pas à genoux. Personne ne nous dictera notre politique depuis ⟦Bruxelles|L⟧”, a-t-il déclaré lors d'une conférence de presse. ⟦Kobakhidze|P|Irakli Kobakhidze⟧ a accusé l'opposition de préparer une “révolution de couleur” financée de l'étranger.

Selon les derniers chiffres de la ⟦Banque nationale de Géorgie|O⟧, le lari a perdu près de ⟦6%|Q:percent|6|%|1⟧ face à l'euro depuis ⟦le début de l'année|D⟧, et l'inflation a atteint ⟦3,9%|Q:percent|3.9|%|0⟧ sur un an en ⟦novembre|D⟧. Un euro s'échangeait ⟦mercredi|D⟧ contre ⟦3,14 laris|Q:money|3.14|GEL|0⟧. La banque centrale a puisé ⟦cette année|D⟧ environ ⟦450 millions de dollars|Q:money|450000000|USD|1⟧ dans ses réserves pour soutenir la monnaie, estiment des analystes.

L'ex-présidente ⟦Salomé Zourabichvili|P⟧, qui ne reconnaît pas la légitimité du ⟦Parlement|O|Parlement géorgien⟧ élu en ⟦octobre 2024|D⟧, s'est jointe au cortège. “Ce pays n'appartient pas à un parti. Il appartient à ceux qui sont dans la rue ⟦ce soir|D⟧”, a-t-elle lancé devant le ⟦Parlement|O|Parlement géorgien⟧.

Parmi les manifestants, ⟦Nino Beridze|P⟧, ⟦27 ans|Q:duration|27|year|0⟧, enseignante à ⟦Koutaïssi|L⟧, dit avoir fait ⟦230 kilomètres|Q:measure|230|km|0⟧ en bus pour rejoindre la capitale. “Je viens chaque semaine depuis ⟦douze mois|Q:duration|12|month|0⟧. Mes élèves rêvent d'⟦Europe|L⟧, je ne peux pas leur dire d'abandonner”, raconte-t-elle.

La ⟦Commission européenne|O⟧ a suspendu en ⟦2025|D⟧ une partie de l'aide destinée au gouvernement, soit ⟦30 millions d'euros|Q:money|30000000|EUR|0⟧, et plusieurs Etats membres ont imposé des sanctions à des responsables ⟦géorgiens|N⟧. ⟦Bruxelles|O|Union européenne⟧ juge que les lois adoptées depuis ⟦2024|D⟧ sur les "agents de l'étranger" et sur les médias sont incompatibles avec les valeurs de l'⟦UE|O|Union européenne⟧.

Le ⟦Rêve géorgien|O⟧, fondé par le milliardaire ⟦Bidzina Ivanichvili|P⟧, dispose de ⟦89|Q:count|89||0⟧ des ⟦150|Q:count|150||0⟧ sièges du ⟦Parlement|O|Parlement géorgien⟧. Selon un sondage de l'institut ⟦Edison Research|O⟧ publié en ⟦septembre|D⟧, ⟦41%|Q:percent|41|%|0⟧ des ⟦Géorgiens|N⟧ jugent toutefois que le pays va "dans la mauvaise direction", contre ⟦33%|Q:percent|33|%|0⟧ qui pensent le contraire.

Un diplomate ⟦occidental|N⟧ en poste à ⟦Tbilissi|L⟧ se montre pessimiste: le pouvoir "a fait le pari de l'usure", et il pourrait le gagner, a-t-il confié sous couvert d'anonymat.
===ATTR===
indirect | organisateurs | organisateurs (non nommé) | ont revendiqué | plus de 80 000 participants
mixed | ministère géorgien de l'Intérieur | ministère géorgien de l'Intérieur | a indiqué | avoir interpellé 14 personnes peu après 23h pour "troubles à l'ordre public"
indirect | Irakli Kobakhidze | Irakli Kobakhidze | a répété | que son gouvernement ne reviendrait pas sur sa décision
direct | il | Irakli Kobakhidze | a-t-il déclaré | Nous voulons entrer dans l'Europe debout, pas à genoux. Personne ne nous dictera notre politique depuis Bruxelles
mixed | Kobakhidze | Irakli Kobakhidze | a accusé | l'opposition de préparer une “révolution de couleur” financée de l'étranger
according-to | Banque nationale de Géorgie | Banque nationale de Géorgie | Selon | le lari a perdu près de 6% face à l'euro depuis le début de l'année, et l'inflation a atteint 3,9% sur un an en novembre
indirect | analystes | analystes (non nommé) | estiment | La banque centrale a puisé cette année environ 450 millions de dollars dans ses réserves pour soutenir la monnaie
direct | elle | Salomé Zourabichvili | a-t-elle lancé | Ce pays n'appartient pas à un parti. Il appartient à ceux qui sont dans la rue ce soir
indirect | Nino Beridze | Nino Beridze | dit | avoir fait 230 kilomètres en bus pour rejoindre la capitale
direct | elle | Nino Beridze | raconte-t-elle | Je viens chaque semaine depuis douze mois. Mes élèves rêvent d'Europe, je ne peux pas leur dire d'abandonner
mixed | Bruxelles#2 | Union européenne | juge | que les lois adoptées depuis 2024 sur les "agents de l'étranger" et sur les médias sont incompatibles avec les valeurs de l'UE
according-to | Edison Research | Edison Research | Selon | 41% des Géorgiens jugent toutefois que le pays va "dans la mauvaise direction", contre 33% qui pensent le contraire
mixed | diplomate | diplomate occidental (non nommé) | a-t-il confié | le pouvoir "a fait le pari de l'usure", et il pourrait le gagner
