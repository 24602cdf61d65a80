⟦Libye|L⟧ : nouveaux combats entre milices à ⟦Tripoli|L⟧, la production de pétrole sous surveillance

⟦Tripoli|L⟧, ⟦19 mai|D⟧ (⟦Reuters|O⟧) - De violents affrontements ont opposé ⟦la nuit de samedi à dimanche|D⟧ des groupes armés rivaux dans plusieurs quartiers de ⟦Tripoli|L⟧, faisant au moins ⟦huit|Q:count|8||1⟧ morts et ⟦une trentaine|Q:count|30||1⟧ de blessés, a annoncé le ⟦ministère libyen de la Santé|O⟧.

Les combats, à l’arme lourde, ont éclaté vers ⟦22 heures|D⟧ aux abords de l’⟦aéroport de Mitiga|L⟧, le seul en service dans la capitale, entre la ⟦Force de dissuasion|O⟧ (⟦Radaa|O|Force de dissuasion⟧) et la ⟦444e brigade|O⟧, une unité fidèle au Premier ministre du ⟦gouvernement d’unité nationale|O⟧ (⟦GUN|O|gouvernement d’unité nationale⟧), ⟦Abdelhamid Dbeibah|P⟧. Tous les vols ont été suspendus et déroutés vers ⟦Misrata|L⟧, à quelque ⟦200 kilomètres|Q:measure|200|km|1⟧ à l’est.

“On entendait les mitrailleuses et les explosions de partout. Mes enfants ont dormi dans le couloir”, a raconté par téléphone ⟦Salem|P⟧, un enseignant de ⟦45 ans|Q:duration|45|year|0⟧ qui habite le quartier de ⟦Souq al-Joumaa|L⟧.

Le ⟦Conseil présidentiel|O|Conseil présidentiel libyen⟧ a décrété ⟦dimanche|D⟧ un cessez-le-feu, qui semblait globalement respecté. Dans une allocution télévisée, ⟦Dbeibah|P|Abdelhamid Dbeibah⟧ a affirmé que “l’époque des milices est terminée” et promis de placer “toutes les armes sous l’autorité de l’Etat” d’ici à ⟦la fin de l’année|D⟧.

Le pays reste divisé depuis la chute de ⟦Mouammar Kadhafi|P⟧ en ⟦2011|D⟧. L’est et une grande partie du sud sont contrôlés par le maréchal ⟦Khalifa Haftar|P⟧, dont l’⟦Armée nationale libyenne|O⟧ (⟦ANL|O|Armée nationale libyenne⟧) soutient un gouvernement rival installé à ⟦Benghazi|L⟧. L’⟦ANL|O|Armée nationale libyenne⟧ a dit suivre “avec inquiétude” la situation dans la capitale, sans annoncer de mouvement de troupes.

La ⟦Libye|L⟧, qui détient les plus importantes réserves prouvées de pétrole d’⟦Afrique|L⟧, produit actuellement environ ⟦1,4 million de barils|Q:measure|1400000|bbl|1⟧ par jour, selon la ⟦Compagnie nationale de pétrole|O⟧ (⟦NOC|O|Compagnie nationale de pétrole⟧). Son président, ⟦Massoud Suleiman|P⟧, a assuré qu’aucune installation n’avait été touchée et que les exportations se poursuivaient normalement depuis les terminaux d’⟦Es-Sider|L⟧ et de ⟦Ras Lanouf|L⟧.

Lors de la crise de la ⟦Banque centrale de Libye|O⟧, en ⟦août 2024|D⟧, la fermeture de plusieurs champs avait fait chuter la production à moins de ⟦700{NNBSP}000 barils|Q:measure|700000|bbl|1⟧ par jour, privant l’Etat de près de ⟦1,5 milliard de dollars|Q:money|1500000000|USD|1⟧ de recettes, selon la ⟦Banque mondiale|O⟧. Sur les marchés, le Brent gagnait ⟦1,2%|Q:percent|1.2|%|0⟧ ⟦lundi matin|D⟧, à ⟦64,30 dollars|Q:money|64.3|USD|0⟧ le baril.

La cheffe de la ⟦Mission d’appui des Nations unies en Libye|O⟧ (⟦Manul|O|Mission d’appui des Nations unies en Libye⟧), ⟦Hanna Tetteh|P⟧, s’est dite “profondément préoccupée” par l’usage d’armes lourdes dans des zones résidentielles. Selon un diplomate ⟦européen|N⟧ en poste à ⟦Tunis|L⟧, “personne n’a intérêt à une guerre ouverte, mais chaque camp teste les limites de l’autre”. Des combats similaires avaient fait au moins ⟦55|Q:count|55||1⟧ morts en ⟦août 2023|D⟧ dans la capitale, qui compte quelque ⟦3{NNBSP}millions|Q:count|3000000||1⟧ d’habitants.
===ATTR===
indirect | ministère libyen de la Santé | ministère libyen de la Santé | a annoncé | De violents affrontements ont opposé la nuit de samedi à dimanche des groupes armés rivaux dans plusieurs quartiers de Tripoli, faisant au moins huit morts et une trentaine de blessés
direct | Salem | Salem | a raconté | On entendait les mitrailleuses et les explosions de partout. Mes enfants ont dormi dans le couloir
direct | Dbeibah | Abdelhamid Dbeibah | a affirmé | l’époque des milices est terminée
mixed | Dbeibah | Abdelhamid Dbeibah | promis | de placer “toutes les armes sous l’autorité de l’Etat” d’ici à la fin de l’année
mixed | ANL#2 | Armée nationale libyenne | a dit | suivre “avec inquiétude” la situation dans la capitale
according-to | Compagnie nationale de pétrole | Compagnie nationale de pétrole | selon | La Libye, qui détient les plus importantes réserves prouvées de pétrole d’Afrique, produit actuellement environ 1,4 million de barils par jour
indirect | Massoud Suleiman | Massoud Suleiman | a assuré | aucune installation n’avait été touchée et que les exportations se poursuivaient normalement depuis les terminaux d’Es-Sider et de Ras Lanouf
according-to | Banque mondiale | Banque mondiale | selon | Lors de la crise de la Banque centrale de Libye, en août 2024, la fermeture de plusieurs champs avait fait chuter la production à moins de 700 000 barils par jour, privant l’Etat de près de 1,5 milliard de dollars de recettes
mixed | Hanna Tetteh | Hanna Tetteh | s’est dite | “profondément préoccupée” par l’usage d’armes lourdes dans des zones résidentielles
according-to | diplomate | diplomate européen (non nommé) | Selon | personne n’a intérêt à une guerre ouverte, mais chaque camp teste les limites de l’autre
