⟦Angers|L⟧ : ⟦18 ans|Q:duration|18|year|0⟧ de réclusion pour le meurtre d’un agriculteur lors d’un cambriolage près de ⟦Cholet|L⟧

Au terme de ⟦quatre jours|Q:duration|4|day|0⟧ d’audience, la ⟦cour d’assises du Maine-et-Loire|O⟧ a condamné ⟦vendredi soir|D⟧ ⟦Dylan M.|P⟧, ⟦34 ans|Q:duration|34|year|0⟧, à ⟦18 ans|Q:duration|18|year|0⟧ de réclusion criminelle pour le meurtre de ⟦Gérard Guérin|P⟧, un agriculteur de ⟦61 ans|Q:duration|61|year|0⟧ tué dans sa ferme de ⟦La Séguinière|L⟧ dans la nuit du ⟦13 au 14 février 2022|D⟧. La peine est assortie d’une période de sûreté des deux tiers. Son complice, ⟦Enzo R.|P|Enzo R.⟧, ⟦27 ans|Q:duration|27|year|0⟧, a écopé de ⟦huit ans|Q:duration|8|year|0⟧ d’emprisonnement pour vol avec violence.

Le verdict est tombé vers ⟦19 h 15|D⟧, après près de ⟦cinq heures|Q:duration|5|hour|1⟧ de délibéré. L’avocat général, ⟦Olivier Massé|P⟧, avait requis ⟦22 ans|Q:duration|22|year|0⟧ de réclusion contre le principal accusé. « Il savait que la maison était habitée. Il a frappé un homme à terre, puis il est reparti avec un portefeuille », avait-il lancé ⟦jeudi|D⟧ dans son réquisitoire.

D’après les enquêteurs de la ⟦section de recherches d’Angers|O⟧, les ⟦deux|Q:count|2||0⟧ hommes avaient repéré la ferme quelques jours plus tôt, persuadés que la victime y cachait de l’argent liquide. Ils n’étaient repartis qu’avec ⟦2{NBSP}300 euros|Q:money|2300|EUR|0⟧ et un fusil de chasse. Grièvement blessé à la tête, ⟦Gérard Guérin|P⟧ avait été retrouvé ⟦le lendemain matin|D⟧ par un voisin, à ⟦une centaine de mètres|Q:measure|100|m|1⟧ de la maison ; il était mort ⟦trois jours|Q:duration|3|day|0⟧ plus tard au ⟦CHU d’Angers|O|centre hospitalier universitaire d’Angers⟧.

À la barre, l’accusé, qui avait d’abord nié, a reconnu les coups mais contesté toute intention de tuer. « Je demande pardon à la famille. Je n’étais pas venu pour faire du mal », a-t-il dit d’une voix à peine audible avant que la cour ne se retire. Son avocate, Me ⟦Léa Fournier|P⟧, a plaidé un « cambriolage qui a dérapé » et demandé que soit retenue la qualification de violences ayant entraîné la mort sans intention de la donner.

« C’est une peine lourde, qui ne tient pas compte du parcours de mon client, placé en foyer dès l’âge de ⟦neuf ans|Q:duration|9|year|0⟧ », a réagi Me ⟦Fournier|P|Léa Fournier⟧ à la sortie de la salle. Elle a indiqué qu’elle se donnait ⟦le week-end|D⟧ pour décider d’un éventuel appel ; la défense dispose de ⟦dix jours|Q:duration|10|day|0⟧ pour le former.

Sur les bancs des parties civiles, la fille de la victime, ⟦Nathalie Guérin|P⟧, ⟦38 ans|Q:duration|38|year|0⟧, a fondu en larmes à l’énoncé du verdict. « Justice est rendue, mais mon père ne reviendra pas. Depuis ⟦trois ans|Q:duration|3|year|0⟧, ma mère n’ose plus dormir seule à la ferme », a-t-elle confié. Pour Me ⟦Antoine Berthaud|P⟧, avocat de la famille, la cour « a pris la mesure de la violence » des faits.

La cour a également condamné les ⟦deux|Q:count|2||0⟧ hommes à verser solidairement ⟦45{NBSP}000 euros|Q:money|45000|EUR|0⟧ de dommages et intérêts à la veuve et ⟦20{NBSP}000 euros|Q:money|20000|EUR|0⟧ à chacun des ⟦trois|Q:count|3||0⟧ enfants. Le maire de ⟦La Séguinière|L⟧, ⟦Jean-Paul Chéné|P⟧, qui assistait à l’audience, a salué « une décision attendue par toute la commune ».
===ATTR===
indirect | Olivier Massé | Olivier Massé | avait requis | 22 ans de réclusion contre le principal accusé
direct | il#2 | Olivier Massé | avait-il lancé | Il savait que la maison était habitée. Il a frappé un homme à terre, puis il est reparti avec un portefeuille
according-to | enquêteurs | enquêteurs de la section de recherches d’Angers (non nommé) | D’après | les deux hommes avaient repéré la ferme quelques jours plus tôt, persuadés que la victime y cachait de l’argent liquide
indirect | accusé | Dylan M. | a reconnu | les coups
indirect | accusé | Dylan M. | contesté | toute intention de tuer
direct | il | Dylan M. | a-t-il dit | Je demande pardon à la famille. Je n’étais pas venu pour faire du mal
mixed | Léa Fournier | Léa Fournier | a plaidé | un « cambriolage qui a dérapé »
indirect | Léa Fournier | Léa Fournier | demandé | soit retenue la qualification de violences ayant entraîné la mort sans intention de la donner
direct | Fournier | Léa Fournier | a réagi | C’est une peine lourde, qui ne tient pas compte du parcours de mon client, placé en foyer dès l’âge de neuf ans
indirect | Elle | Léa Fournier | a indiqué | elle se donnait le week-end pour décider d’un éventuel appel
direct | elle | Nathalie Guérin | a-t-elle confié | Justice est rendue, mais mon père ne reviendra pas. Depuis trois ans, ma mère n’ose plus dormir seule à la ferme
according-to | Antoine Berthaud | Antoine Berthaud | Pour | la cour « a pris la mesure de la violence » des faits
direct | Jean-Paul Chéné | Jean-Paul Chéné | a salué | une décision attendue par toute la commune
