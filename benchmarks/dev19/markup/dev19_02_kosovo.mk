Au ⟦Kosovo|L⟧, une opération de police dans le nord à majorité serbe ravive les tensions avec ⟦Belgrade|L⟧

Une opération de la police ⟦kosovare|N⟧ dans le nord du ⟦Kosovo|L⟧, peuplé en majorité de ⟦Serbes|N⟧, a fait ⟦quatre|Q:count|4||0⟧ blessés ⟦dimanche 14 juin|D⟧ et relancé la confrontation entre ⟦Pristina|L⟧ et ⟦Belgrade|L⟧. Vers ⟦5{NNBSP}heures du matin|D⟧, ⟦une centaine|Q:count|100||1⟧ d’agents des unités spéciales ont investi ⟦trois|Q:count|3||0⟧ bâtiments de ⟦Zvecan|L⟧ et de ⟦Leposavic|L⟧ qui abritaient des bureaux d’institutions parallèles financées par la ⟦Serbie|L⟧, a indiqué le ⟦ministère de l’intérieur kosovar|O⟧.

«{NNBSP}Il n’y a qu’un seul Etat sur ce territoire, et il applique ses lois partout{NNBSP}», a déclaré le premier ministre, ⟦Albin Kurti|P⟧, lors d’une conférence de presse à ⟦Pristina|L⟧. Selon lui, les policiers ont saisi près de ⟦350{NNBSP}000{NNBSP}euros|Q:money|350000|EUR|1⟧ en liquide et ⟦1,2{NNBSP}million de dinars|Q:money|1200000|RSD|0⟧, ainsi que des registres de paiement de salaires.

A ⟦Belgrade|L⟧, le président ⟦serbe|N⟧, ⟦Aleksandar Vučić|P⟧, a dénoncé une «{NNBSP}terreur organisée{NNBSP}» contre la population ⟦serbe|N⟧ et convoqué dans ⟦la soirée|D⟧ le ⟦Conseil de sécurité nationale|O|Conseil de sécurité nationale de la Serbie⟧. «{NNBSP}Nous ne laisserons pas nos gens seuls, mais nous ne tomberons pas dans le piège de la violence{NNBSP}», a-t-il affirmé à la télévision publique ⟦RTS|O|Radio-télévision de Serbie⟧. Le chef de l’Etat ⟦serbe|N⟧ a annoncé qu’il demanderait ⟦lundi|D⟧ une réunion d’urgence du ⟦Conseil de sécurité de l’ONU|O⟧.

Les heurts ont éclaté vers ⟦10{NNBSP}heures|D⟧, lorsque ⟦plusieurs centaines|Q:count|100||1⟧ d’habitants se sont rassemblés devant le bâtiment municipal de ⟦Zvecan|L⟧. ⟦Deux|Q:count|2||0⟧ policiers et ⟦deux|Q:count|2||0⟧ manifestants ont été blessés, dont un par balle en caoutchouc, selon l’⟦hôpital de Mitrovica-Nord|O⟧. La ⟦KFOR|O|Force pour le Kosovo⟧, la force de l’⟦OTAN|O⟧ qui compte quelque ⟦4{NNBSP}600|Q:count|4600||1⟧ soldats dans le pays, a déployé des blindés autour du bâtiment et appelé «{NNBSP}toutes les parties à la retenue{NNBSP}».

Son commandant, le général ⟦italien|N⟧ ⟦Enrico Barduani|P⟧, s’est rendu sur place dans ⟦l’après-midi|D⟧. La mission «{NNBSP}suit la situation de très près et dispose des moyens de garantir la sécurité de tous{NNBSP}», a-t-il assuré dans un communiqué.

L’⟦Union européenne|O⟧, qui conduit depuis ⟦2011|D⟧ un dialogue de normalisation entre les ⟦deux|Q:count|2||0⟧ voisins, a reproché à ⟦Pristina|L⟧ d’avoir agi «{NNBSP}sans coordination{NNBSP}». ⟦Bruxelles|L⟧ maintient depuis ⟦juin 2023|D⟧ une partie des sanctions imposées au ⟦Kosovo|L⟧, qui l’ont privé d’environ ⟦150{NNBSP}millions d’euros|Q:money|150000000|EUR|1⟧ de fonds. La ⟦Serbie|L⟧ ne reconnaît pas l’indépendance proclamée par son ancienne province en ⟦2008|D⟧, reconnue depuis par un peu plus de ⟦100|Q:count|100||1⟧ pays.

Pour ⟦Drita Berisha|P⟧, chercheuse à ⟦Pristina|L⟧, cette opération «{NNBSP}s’inscrit dans une stratégie assumée{NNBSP}» : le gouvernement veut démanteler avant ⟦décembre|D⟧ les structures que ⟦Belgrade|L⟧ finance encore dans ⟦quatre|Q:count|4||0⟧ communes du nord. Environ ⟦50{NNBSP}000|Q:count|50000||1⟧ ⟦Serbes|N⟧ y vivent, soit près de ⟦3{NNBSP}%|Q:percent|3|%|1⟧ de la population du ⟦Kosovo|L⟧.

⟦Lundi matin|D⟧, la circulation restait interrompue au poste-frontière de ⟦Jarinje|L⟧, où une file de camions s’étirait sur ⟦deux kilomètres|Q:measure|2|km|0⟧.
===ATTR===
indirect | ministère de l’intérieur kosovar | ministère de l’intérieur kosovar | a indiqué | Vers 5 heures du matin, une centaine d’agents des unités spéciales ont investi trois bâtiments de Zvecan et de Leposavic qui abritaient des bureaux d’institutions parallèles financées par la Serbie
direct | Albin Kurti | Albin Kurti | a déclaré | Il n’y a qu’un seul Etat sur ce territoire, et il applique ses lois partout
according-to | lui | Albin Kurti | Selon#1 | les policiers ont saisi près de 350 000 euros en liquide et 1,2 million de dinars, ainsi que des registres de paiement de salaires
mixed | Aleksandar Vučić | Aleksandar Vučić | a dénoncé | une « terreur organisée » contre la population serbe
direct | il | Aleksandar Vučić | a-t-il affirmé | Nous ne laisserons pas nos gens seuls, mais nous ne tomberons pas dans le piège de la violence
indirect | chef de l’Etat | Aleksandar Vučić | a annoncé | il demanderait lundi une réunion d’urgence du Conseil de sécurité de l’ONU
according-to | hôpital de Mitrovica-Nord | hôpital de Mitrovica-Nord | selon#1 | Deux policiers et deux manifestants ont été blessés, dont un par balle en caoutchouc
direct | KFOR | Force pour le Kosovo | appelé | toutes les parties à la retenue
mixed | il | Enrico Barduani | a-t-il assuré | La mission « suit la situation de très près et dispose des moyens de garantir la sécurité de tous »
mixed | Union européenne | Union européenne | a reproché | d’avoir agi « sans coordination »
according-to | Drita Berisha | Drita Berisha | Pour | cette opération « s’inscrit dans une stratégie assumée » : le gouvernement veut démanteler avant décembre les structures que Belgrade finance encore dans quatre communes du nord
