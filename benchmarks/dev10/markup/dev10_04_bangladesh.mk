⟦Bangladesh|L⟧ : ⟦127 millions|Q:count|127000000||0⟧ d'électeurs aux urnes ⟦jeudi|D⟧, le ⟦BNP|O|Parti nationaliste du Bangladesh⟧ grand favori

⟦Dacca|L⟧, ⟦10 février|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Quelque ⟦127 millions|Q:count|127000000||1⟧ d'électeurs sont appelés aux urnes ⟦jeudi|D⟧ au ⟦Bangladesh|L⟧ pour les premières législatives depuis le soulèvement qui a chassé du pouvoir ⟦Sheikh Hasina|P⟧ en ⟦août 2024|D⟧. Le ⟦Parti nationaliste du Bangladesh|O⟧ (⟦BNP|O|Parti nationaliste du Bangladesh⟧) de ⟦Tarique Rahman|P⟧ fait figure de grand favori face à une alliance menée par le parti islamiste ⟦Jamaat-e-Islami|O⟧.

La ⟦Ligue Awami|O⟧ de l'ex-Première ministre, dont les activités ont été suspendues en ⟦mai|D⟧ par le gouvernement intérimaire, est exclue du scrutin. Réfugiée en ⟦Inde|L⟧ et condamnée à mort par contumace en ⟦novembre|D⟧ par un tribunal de ⟦Dacca|L⟧ pour crimes contre l'humanité, ⟦Sheikh Hasina|P⟧, ⟦78 ans|Q:duration|78|year|0⟧, a appelé ses partisans au boycott dans un message audio diffusé ⟦dimanche|D⟧, dénonçant une « élection sans électeurs ». La répression du soulèvement de ⟦2024|D⟧ avait fait jusqu'à ⟦1 400|Q:count|1400||1⟧ morts, selon les ⟦Nations unies|O|Organisation des Nations unies⟧.

« Nous ne voulons pas de vengeance. Nous voulons la justice, l'Etat de droit et des emplois pour notre jeunesse », a lancé ⟦lundi|D⟧ ⟦Tarique Rahman|P⟧, ⟦60 ans|Q:duration|60|year|0⟧, devant ⟦des dizaines de milliers|Q:count|10000||1⟧ de partisans réunis à ⟦Sylhet|L⟧, dans le nord-est du pays. Fils de l'ancienne Première ministre ⟦Khaleda Zia|P⟧, il est rentré en ⟦décembre|D⟧ après ⟦17 ans|Q:duration|17|year|0⟧ d'exil à ⟦Londres|L⟧.

Le chef de la ⟦Jamaat-e-Islami|O⟧, ⟦Shafiqur Rahman|P⟧, a promis pour sa part une « gouvernance propre » et la fin de « la culture de l'extorsion ». Son parti s'est allié au ⟦Parti national des citoyens|O⟧ (⟦NCP|O|Parti national des citoyens⟧), issu du mouvement étudiant de ⟦2024|D⟧.

Le chef du gouvernement intérimaire, ⟦Muhammad Yunus|P⟧, lauréat du prix Nobel de la paix en ⟦2006|D⟧, a promis ⟦mardi|D⟧ dans une allocution télévisée « l'élection la plus libre et la plus transparente de l'histoire du pays ». Plus de ⟦5 000|Q:count|5000||1⟧ observateurs, dont ⟦300|Q:count|300||0⟧ étrangers, ont été accrédités, a indiqué la ⟦Commission électorale|O|Commission électorale du Bangladesh⟧, qui a mobilisé près de ⟦900 000|Q:count|900000||1⟧ membres des forces de l'ordre. Au moins ⟦14|Q:count|14||1⟧ personnes ont été tuées dans des violences liées à la campagne depuis ⟦décembre|D⟧, selon l'organisation de défense des droits humains ⟦Ain o Salish Kendra|O⟧ (⟦ASK|O|Ain o Salish Kendra⟧).

Les électeurs se prononceront ⟦le même jour|D⟧, par référendum, sur la Charte de juillet, un ensemble de réformes censées empêcher le retour d'un pouvoir autoritaire, dont la limitation à ⟦dix ans|Q:duration|10|year|0⟧ de la durée totale passée au poste de Premier ministre.

⟦Nusrat|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, étudiante en économie à l'⟦université de Dacca|O⟧, votera pour la première fois. « ⟦Des centaines|Q:count|100||1⟧ de jeunes sont morts en ⟦juillet 2024|D⟧ pour que nous puissions voter librement. Je ne vais pas rester chez moi », dit-elle.

Le futur gouvernement héritera d'une économie fragilisée. La croissance est tombée à ⟦4,2 %|Q:percent|4.2|%|0⟧ sur l'exercice ⟦2024-2025|D⟧, selon la ⟦Banque asiatique de développement|O⟧ (⟦BAD|O|Banque asiatique de développement⟧), et l'inflation dépasse encore ⟦8 %|Q:percent|8|%|1⟧. Le textile, qui représente plus de ⟦80 %|Q:percent|80|%|1⟧ des exportations, emploie environ ⟦4 millions|Q:count|4000000||1⟧ de personnes, pour la plupart des femmes payées au salaire minimum de ⟦12 500 takas|Q:money|12500|BDT|0⟧ par mois (environ ⟦88 euros|Q:money|88|EUR|1⟧).

« Le vrai défi commencera après le scrutin : il faudra que les perdants acceptent le résultat », estime un diplomate ⟦occidental|N⟧ en poste à ⟦Dacca|L⟧. Les bureaux de vote ouvriront ⟦jeudi|D⟧ à ⟦7h30|D⟧ et fermeront à ⟦16h30|D⟧. Les premiers résultats sont attendus dans ⟦la nuit|D⟧.
===ATTR===
indirect | Sheikh Hasina#2 | Sheikh Hasina | a appelé | ses partisans au boycott
mixed | Sheikh Hasina#2 | Sheikh Hasina | dénonçant | une « élection sans électeurs »
according-to | Nations unies | Organisation des Nations unies | selon#1 | La répression du soulèvement de 2024 avait fait jusqu'à 1 400 morts
direct | Tarique Rahman#2 | Tarique Rahman | a lancé | Nous ne voulons pas de vengeance. Nous voulons la justice, l'Etat de droit et des emplois pour notre jeunesse
mixed | Shafiqur Rahman | Shafiqur Rahman | a promis#1 | une « gouvernance propre » et la fin de « la culture de l'extorsion »
direct | Muhammad Yunus | Muhammad Yunus | a promis#2 | l'élection la plus libre et la plus transparente de l'histoire du pays
indirect | Commission électorale | Commission électorale du Bangladesh | a indiqué | Plus de 5 000 observateurs, dont 300 étrangers, ont été accrédités
according-to | Ain o Salish Kendra | Ain o Salish Kendra | selon#2 | Au moins 14 personnes ont été tuées dans des violences liées à la campagne depuis décembre
direct | elle | Nusrat | dit-elle | Des centaines de jeunes sont morts en juillet 2024 pour que nous puissions voter librement. Je ne vais pas rester chez moi
according-to | Banque asiatique de développement | Banque asiatique de développement | selon#3 | La croissance est tombée à 4,2 % sur l'exercice 2024-2025
direct | diplomate | diplomate occidental (non nommé) | estime | Le vrai défi commencera après le scrutin : il faudra que les perdants acceptent le résultat
