⟦Serbie|L⟧ : ⟦des centaines de milliers|Q:count|100000||1⟧ de manifestants à ⟦Belgrade|L⟧, du jamais-vu depuis la chute de ⟦Milosevic|P|Slobodan Milošević⟧

⟦Belgrade|L⟧, ⟦16 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Entre ⟦275{NNBSP}000|Q:count|275000||1⟧ et ⟦325{NNBSP}000|Q:count|325000||1⟧ personnes ont défilé ⟦samedi|D⟧ dans le centre de ⟦Belgrade|L⟧ contre la corruption et contre le président ⟦serbe|N⟧, ⟦Aleksandar Vucic|P|Aleksandar Vučić⟧, selon l’⟦Archive des rassemblements publics|O⟧, une ONG indépendante qui recense les manifestations dans le pays. Le ⟦ministère de l’Intérieur|O|ministère serbe de l’Intérieur⟧ a, lui, affirmé que ⟦107{NNBSP}000|Q:count|107000||0⟧ personnes avaient pris part au rassemblement.

La contestation, menée par les étudiants, n’a pas faibli depuis l’effondrement, le ⟦1er novembre|D⟧, de l’auvent en béton de la ⟦gare de Novi Sad|L⟧, qui a tué ⟦quinze|Q:count|15||0⟧ personnes. La gare avait été rénovée ⟦trois ans|Q:duration|3|year|0⟧ plus tôt par un consortium ⟦chinois|N⟧, pour un coût de quelque ⟦16 millions d’euros|Q:money|16000000|EUR|1⟧. « La corruption tue », scandaient les manifestants, qui ont observé ⟦quinze minutes|Q:duration|15|minute|0⟧ de silence en mémoire des victimes.

« Nous ne sommes ni de droite ni de gauche, nous voulons des institutions qui fonctionnent », explique ⟦Jelena Marković|P|Jelena Marković⟧, une étudiante en droit arrivée de ⟦Nis|L|Niš⟧ après avoir marché ⟦240 kilomètres|Q:measure|240|km|0⟧ en ⟦cinq jours|Q:duration|5|day|0⟧. Comme elle, ⟦des milliers|Q:count|1000||1⟧ de jeunes ⟦Serbes|N⟧ ont rallié la capitale à pied ou à vélo depuis ⟦mardi|D⟧.

« Nous avons entendu le message, mais la rue ne dirigera pas la ⟦Serbie|L⟧ », a déclaré ⟦dimanche|D⟧ M. ⟦Vucic|P|Aleksandar Vučić⟧ lors d’une conférence de presse. « Je ne démissionnerai pas, a-t-il insisté. Je n’ai rien à me reprocher, et des élections auront lieu quand la loi le prévoit. » Son Premier ministre, ⟦Milos Vucevic|P|Miloš Vučević⟧, avait pour sa part quitté ses fonctions le ⟦28 janvier|D⟧.

L’opposition et plusieurs ONG accusent la police d’avoir utilisé un « canon sonique » pour disperser la foule pendant le silence. Le ⟦ministère de l’Intérieur|O|ministère serbe de l’Intérieur⟧ a démenti ⟦dimanche|D⟧ posséder un tel équipement. La chaîne ⟦N1|O⟧, l’un des rares médias critiques du pouvoir, a diffusé le rassemblement en direct pendant plus de ⟦six heures|Q:duration|6|hour|1⟧, tandis que l’agence officielle ⟦Tanjug|O⟧ évoquait des « provocations » de groupes « payés par l’étranger ».

La commissaire ⟦européenne|N⟧ à l’Élargissement, ⟦Marta Kos|P|Marta Kos⟧, a estimé ⟦vendredi|D⟧ que ⟦Belgrade|L⟧ devait « entendre les revendications de sa jeunesse » pour progresser sur la voie de l’adhésion. La ⟦Serbie|L⟧ est candidate à l’entrée dans l’⟦Union européenne|O⟧ depuis ⟦2012|D⟧. ⟦Moscou|L⟧, allié traditionnel de ⟦Belgrade|L⟧, a au contraire dénoncé une tentative de « révolution de couleur » orchestrée depuis l’étranger.

La crise pèse sur l’économie. La ⟦Banque nationale de Serbie|O⟧ a vendu ⟦la semaine dernière|D⟧ l’équivalent de ⟦120 millions d’euros|Q:money|120000000|EUR|0⟧ pour soutenir le dinar, qui s’échange autour de ⟦117 dinars|Q:money|117|RSD|1⟧ pour ⟦un euro|Q:money|1|EUR|0⟧, a indiqué une source bancaire à ⟦Belgrade|L⟧. Les investissements étrangers ont reculé de ⟦12{NBSP}%|Q:percent|12|%|0⟧ au ⟦quatrième trimestre|D⟧ par rapport à la même période de ⟦2023|D⟧, d’après l’institution.

« ⟦Vucic|P|Aleksandar Vučić⟧ a survécu à bien des crises depuis ⟦2012|D⟧, mais c’est la première fois qu’il fait face à une contestation qui touche aussi les petites villes », juge ⟦Vladimir Ilić|P|Vladimir Ilić⟧, politologue à l’⟦université de Belgrade|O⟧. D’après ce spécialiste des ⟦Balkans|L⟧, des élections anticipées pourraient être convoquées à ⟦l’automne|D⟧, ⟦deux ans|Q:duration|2|year|0⟧ avant la fin de la législature.

===ATTR===
according-to | Archive des rassemblements publics | Archive des rassemblements publics | selon | Entre 275 000 et 325 000 personnes ont défilé samedi dans le centre de Belgrade contre la corruption et contre le président serbe, Aleksandar Vucic
indirect | ministère de l’Intérieur | ministère serbe de l’Intérieur | a, lui, affirmé | 107 000 personnes avaient pris part au rassemblement
direct | manifestants | manifestants (non nommés) | scandaient | La corruption tue
direct | Jelena Marković | Jelena Marković | explique | Nous ne sommes ni de droite ni de gauche, nous voulons des institutions qui fonctionnent
direct | Vucic#2 | Aleksandar Vučić | a déclaré | Nous avons entendu le message, mais la rue ne dirigera pas la Serbie
direct | il | Aleksandar Vučić | a-t-il insisté | Je ne démissionnerai pas, a-t-il insisté. Je n’ai rien à me reprocher, et des élections auront lieu quand la loi le prévoit.
mixed | opposition et plusieurs ONG | opposition serbe et ONG | accusent | la police d’avoir utilisé un « canon sonique » pour disperser la foule pendant le silence
indirect | ministère de l’Intérieur#2 | ministère serbe de l’Intérieur | a démenti | posséder un tel équipement
mixed | Tanjug | Tanjug | évoquait | des « provocations » de groupes « payés par l’étranger »
mixed | Marta Kos | Marta Kos | a estimé | Belgrade devait « entendre les revendications de sa jeunesse » pour progresser sur la voie de l’adhésion
mixed | Moscou | Russie | a au contraire dénoncé | une tentative de « révolution de couleur » orchestrée depuis l’étranger
indirect | source bancaire | source bancaire à Belgrade (non nommée) | a indiqué | La Banque nationale de Serbie a vendu la semaine dernière l’équivalent de 120 millions d’euros pour soutenir le dinar, qui s’échange autour de 117 dinars pour un euro
according-to | institution | Banque nationale de Serbie | d’après | Les investissements étrangers ont reculé de 12 % au quatrième trimestre par rapport à la même période de 2023
direct | Vladimir Ilić | Vladimir Ilić | juge | Vucic a survécu à bien des crises depuis 2012, mais c’est la première fois qu’il fait face à une contestation qui touche aussi les petites villes
according-to | spécialiste | Vladimir Ilić | D’après | des élections anticipées pourraient être convoquées à l’automne, deux ans avant la fin de la législature
