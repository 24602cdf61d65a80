⟦Népal|L⟧ : l'ancienne juge ⟦Sushila Karki|P⟧ prend la tête d'un gouvernement intérimaire, des élections fixées au ⟦5 mars|D⟧

⟦Katmandou|L⟧, ⟦13 septembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) - L'ancienne présidente de la ⟦Cour suprême|O|Cour suprême du Népal⟧ ⟦Sushila Karki|P⟧, ⟦73 ans|Q:duration|73|year|0⟧, a prêté serment ⟦vendredi soir|D⟧ comme Première ministre par intérim du ⟦Népal|L⟧, devenant la première femme à diriger le pays, au terme d'⟦une semaine|Q:duration|1|week|0⟧ de manifestations menées par des jeunes qui ont fait au moins ⟦51|Q:count|51||1⟧ morts.

Le président ⟦Ram Chandra Poudel|P⟧ a dissous dans la foulée la ⟦Chambre des représentants|O|Chambre des représentants du Népal⟧ et fixé au ⟦5 mars 2026|D⟧ la date des prochaines élections législatives, a annoncé la présidence dans un communiqué. ⟦Des milliers|Q:count|1000||1⟧ de personnes ont célébré la nouvelle dans les rues de ⟦Katmandou|L⟧, où le couvre-feu imposé par l'armée a été levé ⟦samedi matin|D⟧.

«{NBSP}Je ne suis pas venue ici pour goûter au pouvoir. Nous resterons ⟦six mois|Q:duration|6|month|1⟧ au plus, puis nous remettrons le pays à un Parlement élu{NBSP}», a déclaré Mme ⟦Karki|P|Sushila Karki⟧ lors de sa première réunion avec les hauts fonctionnaires, ⟦samedi|D⟧.

La contestation avait éclaté le ⟦8 septembre|D⟧ après l'interdiction par le gouvernement de ⟦26|Q:count|26||0⟧ plateformes, dont ⟦Facebook|O⟧, ⟦YouTube|O⟧ et ⟦X|O⟧, qui ne s'étaient pas enregistrées auprès du ⟦ministère des Communications|O|ministère népalais des Communications⟧. ⟦Des dizaines de milliers|Q:count|10000||1⟧ de jeunes, souvent en uniforme scolaire, avaient convergé vers le quartier de ⟦Baneshwor|L⟧, où la police avait ouvert le feu. ⟦Dix-neuf|Q:count|19||0⟧ manifestants avaient été tués ⟦ce jour-là|D⟧, selon le ⟦ministère de la Santé|O|ministère népalais de la Santé⟧.

⟦Le lendemain|D⟧, malgré la levée de l'interdiction, des manifestants ont incendié des bâtiments officiels et les résidences de plusieurs dirigeants, et le Premier ministre ⟦Khadga Prasad Sharma Oli|P⟧ a démissionné. Le bilan s'élève à ⟦51|Q:count|51||0⟧ morts, dont ⟦trois|Q:count|3||0⟧ policiers, et plus de ⟦1{NBSP}300|Q:count|1300||1⟧ blessés en ⟦deux jours|Q:duration|2|day|0⟧, selon la police.

Le nom de Mme ⟦Karki|P|Sushila Karki⟧ avait été proposé par des représentants du mouvement lors d'un vote organisé sur la messagerie ⟦Discord|O⟧, qui a réuni plus de ⟦10{NBSP}000|Q:count|10000||1⟧ participants, selon les organisateurs. «{NBSP}Nous ne voulions pas d'un politicien. Elle est connue pour avoir combattu la corruption{NBSP}», explique ⟦Aarati Shrestha|P⟧, une étudiante de ⟦22 ans|Q:duration|22|year|0⟧ qui a manifesté devant le palais de ⟦Singha Durbar|L⟧, siège du gouvernement.

Le chef de l'armée, le général ⟦Ashok Raj Sigdel|P⟧, a salué «{NBSP}une transition pacifique{NBSP}» et appelé la population au calme.

L'économie ⟦népalaise|N⟧, qui dépend pour près d'un quart des envois de fonds des travailleurs émigrés, a été durement touchée. La ⟦Fédération des chambres de commerce et d'industrie du Népal|O⟧ (⟦FNCCI|O|Fédération des chambres de commerce et d'industrie du Népal⟧) estime les dégâts à plus de ⟦80 milliards de roupies|Q:money|80000000000|NPR|1⟧ (environ ⟦490 millions d'euros|Q:money|490000000|EUR|1⟧). Le tourisme, qui a attiré ⟦1,15 million|Q:count|1150000||0⟧ de visiteurs ⟦l'an dernier|D⟧, pourrait aussi pâtir des images de bâtiments en flammes, a averti l'⟦Office népalais du tourisme|O⟧.

L'⟦Inde|L⟧, voisine et premier partenaire commercial du ⟦Népal|L⟧, a dit souhaiter «{NBSP}un retour rapide à la stabilité{NBSP}». Le secrétaire général de l'⟦ONU|O|Organisation des Nations unies⟧, ⟦António Guterres|P⟧, s'est dit «{NBSP}profondément attristé{NBSP}» par les pertes en vies humaines et a appelé à une enquête «{NBSP}approfondie{NBSP}».
===ATTR===
indirect | présidence | présidence du Népal | a annoncé | Le président Ram Chandra Poudel a dissous dans la foulée la Chambre des représentants et fixé au 5 mars 2026 la date des prochaines élections législatives
direct | Karki | Sushila Karki | a déclaré | Je ne suis pas venue ici pour goûter au pouvoir. Nous resterons six mois au plus, puis nous remettrons le pays à un Parlement élu
according-to | ministère de la Santé | ministère népalais de la Santé | selon | Dix-neuf manifestants avaient été tués ce jour-là
according-to | police | police (non nommé) | selon | Le bilan s'élève à 51 morts, dont trois policiers, et plus de 1 300 blessés en deux jours
according-to | organisateurs | organisateurs (non nommé) | selon | Le nom de Mme Karki avait été proposé par des représentants du mouvement lors d'un vote organisé sur la messagerie Discord, qui a réuni plus de 10 000 participants
direct | Aarati Shrestha | Aarati Shrestha | explique | Nous ne voulions pas d'un politicien. Elle est connue pour avoir combattu la corruption
direct | Ashok Raj Sigdel | Ashok Raj Sigdel | a salué | une transition pacifique
indirect | Ashok Raj Sigdel | Ashok Raj Sigdel | appelé | la population au calme
indirect | Fédération des chambres de commerce et d'industrie du Népal | Fédération des chambres de commerce et d'industrie du Népal | estime | les dégâts à plus de 80 milliards de roupies (environ 490 millions d'euros)
indirect | Office népalais du tourisme | Office népalais du tourisme | a averti | Le tourisme, qui a attiré 1,15 million de visiteurs l'an dernier, pourrait aussi pâtir des images de bâtiments en flammes
mixed | Inde | Inde | a dit | souhaiter « un retour rapide à la stabilité »
mixed | António Guterres | António Guterres | s'est dit | « profondément attristé » par les pertes en vies humaines
mixed | António Guterres | António Guterres | a appelé | à une enquête « approfondie »
