⟦Vierzon|L⟧ : le budget ⟦2026|D⟧ adopté dans la douleur, l'opposition quitte la salle

Il était près de ⟦minuit|D⟧, ⟦jeudi|D⟧, quand le ⟦conseil municipal de Vierzon|O⟧ a finalement adopté le budget primitif ⟦2026|D⟧, par ⟦21|Q:count|21||0⟧ voix pour et ⟦4|Q:count|4||0⟧ abstentions. Les ⟦dix|Q:count|10||0⟧ élus de l'opposition avaient quitté la salle du conseil peu avant ⟦22 h 30|D⟧, après plus de ⟦trois heures|Q:duration|3|hour|1⟧ d'échanges souvent tendus.

Le budget s'élève à ⟦48,6 millions d'euros|Q:money|48600000|EUR|0⟧, dont ⟦11,2 millions|Q:money|11200000|EUR|0⟧ consacrés aux investissements. La majorité prévoit une hausse de ⟦2,5%|Q:percent|2.5|%|0⟧ de la taxe foncière, la première depuis ⟦2019|D⟧, qui rapportera environ ⟦390 000 €|Q:money|390000|EUR|1⟧ par an à la commune.

"Nous n'avions pas le choix. L'Etat nous a retiré ⟦1,3 million d'euros|Q:money|1300000|EUR|0⟧ de dotations en ⟦trois ans|Q:duration|3|year|0⟧, et la facture énergétique de nos écoles a doublé", a justifié le maire, ⟦Patrick Rouvière|P⟧ (divers gauche), ⟦61 ans|Q:duration|61|year|0⟧. L'élu a rappelé que la ville avait déjà réduit ses dépenses de fonctionnement de ⟦4%|Q:percent|4|%|0⟧ depuis ⟦2023|D⟧.

L'opposition ne l'entend pas de cette oreille. Pour ⟦Sandrine Malet|P⟧, qui conduit la liste ⟦Vierzon Demain|O⟧, "c'est un budget d'avant-campagne, qui fait payer les propriétaires pour financer des projets de prestige". Elle vise en particulier la rénovation de la ⟦halle de Bourgneuf|L⟧, estimée à ⟦6,8 millions d'euros|Q:money|6800000|EUR|1⟧, soit près du double du montant annoncé en ⟦2022|D⟧. "On nous avait promis un chantier de ⟦dix-huit mois|Q:duration|18|month|0⟧. Nous en sommes à ⟦trois ans|Q:duration|3|year|0⟧", a-t-elle lancé avant de quitter la séance avec ses colistiers.

⟦Malet|P|Sandrine Malet⟧ reproche aussi au maire d'avoir transmis les documents budgétaires aux élus ⟦cinq jours|Q:duration|5|day|0⟧ seulement avant le vote, au lieu des ⟦douze|Q:count|12||0⟧ jours prévus par le règlement intérieur. Son groupe a annoncé ⟦vendredi|D⟧ son intention de saisir le ⟦tribunal administratif d'Orléans|O⟧.

"Ils partent parce qu'ils n'ont pas de contre-proposition", a répliqué ⟦Karim Benhadj|P⟧, adjoint aux finances. Selon lui, la dette de la commune reste "maîtrisée", à ⟦920 €|Q:money|920|EUR|0⟧ par habitant. Elle atteint en moyenne ⟦1 150 €|Q:money|1150|EUR|0⟧ dans les villes de taille comparable, d'après les données de la ⟦Direction générale des finances publiques|O⟧ (⟦DGFiP|O|Direction générale des finances publiques⟧), qui rappelle que la capacité de désendettement de ⟦Vierzon|L⟧ reste inférieure à ⟦huit ans|Q:duration|8|year|1⟧.

Dans les rangs du public, ⟦une quarantaine|Q:count|40||1⟧ d'habitants avaient fait le déplacement. "Ça fait ⟦vingt ans|Q:duration|20|year|0⟧ que j'habite ⟦rue Gourdon|L⟧ et je n'ai jamais vu un conseil comme ça", soupirait ⟦Gérard|P⟧, retraité de la ⟦SNCF|O|Société nationale des chemins de fer français⟧.

À ⟦quatre mois|Q:duration|4|month|0⟧ des élections municipales de ⟦mars|D⟧, le climat ne devrait pas s'apaiser. Le ⟦Cher|L⟧ compte ⟦287|Q:count|287||0⟧ communes, et ⟦Vierzon|L⟧, avec ses ⟦25 700|Q:count|25700||0⟧ habitants, est la deuxième ville du département derrière ⟦Bourges|L⟧.
===ATTR===
direct | Patrick Rouvière | Patrick Rouvière | a justifié | Nous n'avions pas le choix. L'Etat nous a retiré 1,3 million d'euros de dotations en trois ans, et la facture énergétique de nos écoles a doublé
indirect | élu | Patrick Rouvière | a rappelé | que la ville avait déjà réduit ses dépenses de fonctionnement de 4% depuis 2023
according-to | Sandrine Malet | Sandrine Malet | Pour | c'est un budget d'avant-campagne, qui fait payer les propriétaires pour financer des projets de prestige
direct | elle | Sandrine Malet | a-t-elle lancé | On nous avait promis un chantier de dix-huit mois. Nous en sommes à trois ans
indirect | Malet | Sandrine Malet | reproche | d'avoir transmis les documents budgétaires aux élus cinq jours seulement avant le vote, au lieu des douze jours prévus par le règlement intérieur
indirect | groupe | Vierzon Demain | a annoncé | son intention de saisir le tribunal administratif d'Orléans
direct | Karim Benhadj | Karim Benhadj | a répliqué | Ils partent parce qu'ils n'ont pas de contre-proposition
according-to | lui | Karim Benhadj | Selon | la dette de la commune reste "maîtrisée", à 920 € par habitant
according-to | Direction générale des finances publiques | Direction générale des finances publiques | d'après | Elle atteint en moyenne 1 150 € dans les villes de taille comparable
indirect | qui | Direction générale des finances publiques | rappelle | que la capacité de désendettement de Vierzon reste inférieure à huit ans
direct | Gérard | Gérard | soupirait | Ça fait vingt ans que j'habite rue Gourdon et je n'ai jamais vu un conseil comme ça
