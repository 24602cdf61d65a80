⟦Venezuela|L⟧ : ⟦Maduro|P|Nicolás Maduro⟧ proclamé réélu, l’opposition dénonce une «{NBSP}fraude massive{NBSP}»

⟦Caracas|L⟧, ⟦30 juillet|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le président sortant ⟦Nicolás Maduro|P|Nicolás Maduro⟧ a été officiellement proclamé ⟦lundi|D⟧ vainqueur de l’élection présidentielle du ⟦dimanche 28 juillet|D⟧ avec ⟦51,2{NBSP}%|Q:percent|51.2|%|0⟧ des voix, devant l’ancien diplomate ⟦Edmundo González Urrutia|P|Edmundo González Urrutia⟧, candidat de l’opposition.

Selon le ⟦Conseil national électoral|O⟧ (⟦CNE|O|Conseil national électoral⟧), M. ⟦Maduro|P|Nicolás Maduro⟧, au pouvoir depuis ⟦2013|D⟧, a recueilli ⟦5{NNBSP}150{NNBSP}092|Q:count|5150092||0⟧ suffrages, contre ⟦4{NNBSP}445{NNBSP}978|Q:count|4445978||0⟧ pour son adversaire, crédité de ⟦44,2{NBSP}%|Q:percent|44.2|%|0⟧. La participation a atteint ⟦59{NBSP}%|Q:percent|59|%|0⟧ sur quelque ⟦21 millions|Q:count|21000000||1⟧ d’inscrits, a précisé le président de l’institution, ⟦Elvis Amoroso|P|Elvis Amoroso⟧, un proche du pouvoir, sans publier le détail des résultats bureau par bureau.

«{NBSP}Le peuple a parlé, et la révolution bolivarienne a de nouveau triomphé{NBSP}», a lancé le chef de l’État dans ⟦la nuit de dimanche à lundi|D⟧ devant ses partisans rassemblés au ⟦palais de Miraflores|L⟧, promettant que le pays connaîtrait «{NBSP}la paix et la prospérité{NBSP}» durant son troisième mandat de ⟦six ans|Q:duration|6|year|0⟧, qui doit débuter le ⟦10 janvier 2025|D⟧.

Face à lui, la cheffe de l’opposition, ⟦María Corina Machado|P|María Corina Machado⟧, a assuré que les procès-verbaux recueillis par ses témoins dans ⟦73{NBSP}%|Q:percent|73|%|0⟧ des bureaux de vote donnaient plus de ⟦6 millions|Q:count|6000000||1⟧ de voix à son candidat, soit ⟦67{NBSP}%|Q:percent|67|%|0⟧ des suffrages exprimés. ⟦Mardi|D⟧, devant la presse, elle a lancé : «{NBSP}Nous avons gagné, et tout le monde le sait.{NBSP}» Mme ⟦Machado|P|María Corina Machado⟧, déclarée inéligible pour ⟦quinze ans|Q:duration|15|year|0⟧ par la justice, avait dû céder sa place à M. ⟦González Urrutia|P|Edmundo González Urrutia⟧ en ⟦mars|D⟧.

Le secrétaire d’État ⟦américain|N⟧, ⟦Antony Blinken|P|Antony Blinken⟧, a estimé depuis ⟦Tokyo|L⟧ que le résultat annoncé «{NBSP}ne reflète pas la volonté{NBSP}» des ⟦Vénézuéliens|N⟧. Le président ⟦brésilien|N⟧, ⟦Luiz Inácio Lula da Silva|P|Luiz Inácio Lula da Silva⟧, allié traditionnel de ⟦Caracas|L⟧, a pour sa part demandé que les procès-verbaux soient publiés «{NBSP}bureau par bureau{NBSP}». À l’inverse, le ⟦Kremlin|O⟧ a fait savoir que ⟦Vladimir Poutine|P|Vladimir Poutine⟧ avait adressé ses félicitations à son homologue. La ⟦Chine|L⟧ et ⟦Cuba|L⟧ figurent aussi parmi les rares pays à avoir reconnu sa victoire.

Le ministre des Affaires étrangères, ⟦Yván Gil|P|Yván Gil⟧, a annoncé que ⟦Caracas|L⟧ retirait son personnel diplomatique de ⟦sept|Q:count|7||0⟧ pays d’⟦Amérique latine|L⟧, dont l’⟦Argentine|L⟧, le ⟦Chili|L⟧ et le ⟦Pérou|L⟧.

Dans les quartiers populaires de la capitale, longtemps acquis au chavisme, ⟦des milliers|Q:count|1000||1⟧ d’habitants sont descendus dans la rue ⟦lundi soir|D⟧. Au moins ⟦onze|Q:count|11||1⟧ personnes, dont ⟦deux|Q:count|2||0⟧ mineurs, ont été tuées lors de heurts avec les forces de l’ordre, selon l’ONG ⟦Foro Penal|O⟧, qui fait état de plus de ⟦700|Q:count|700||1⟧ arrestations en ⟦48 heures|Q:duration|48|hour|0⟧. Le procureur général, ⟦Tarek William Saab|P|Tarek William Saab⟧, a affirmé que ⟦749|Q:count|749||0⟧ personnes avaient été interpellées pour des actes de «{NBSP}terrorisme{NBSP}» et de «{NBSP}vandalisme{NBSP}».

Le scrutin était suivi de près dans toute la région : près de ⟦7,7 millions|Q:count|7700000||1⟧ de ⟦Vénézuéliens|N⟧ ont quitté leur pays depuis ⟦2014|D⟧, d’après l’⟦Organisation internationale pour les migrations|O⟧ (⟦OIM|O|Organisation internationale pour les migrations⟧), soit plus d’un cinquième de la population. Le pays, qui détient les premières réserves prouvées de brut de la planète, n’en produit plus qu’environ ⟦900{NNBSP}000 barils|Q:measure|900000|bbl|1⟧ par jour, contre plus de ⟦3 millions|Q:measure|3000000|bbl|1⟧ à la ⟦fin des années 1990|D⟧. Le salaire minimum mensuel y plafonne à ⟦130 bolivars|Q:money|130|VES|0⟧, soit à peine ⟦3,5 dollars|Q:money|3.5|USD|1⟧ au taux officiel.

«{NBSP}Sans les procès-verbaux, ce résultat n’a aucune crédibilité{NBSP}», estime ⟦Luis Ernesto Pacheco|P|Luis Ernesto Pacheco⟧, politologue à l’⟦Université centrale du Venezuela|O⟧ (⟦UCV|O|Université centrale du Venezuela⟧). «{NBSP}Le ⟦CNE|O|Conseil national électoral⟧ dispose de ⟦trente jours|Q:duration|30|day|0⟧ pour les publier. S’il ne le fait pas, ⟦la semaine prochaine|D⟧ sera décisive pour la mobilisation{NBSP}», ajoute M. ⟦Pacheco|P|Luis Ernesto Pacheco⟧.

«{NBSP}La pression internationale comptera, mais le pouvoir contrôle l’armée, l’appareil électoral et la justice{NBSP}», a résumé une source diplomatique ⟦européenne|N⟧ à ⟦Caracas|L⟧, qui a requis l’anonymat.

===ATTR===
mixed | opposition | opposition vénézuélienne | dénonce | une « fraude massive »
according-to | Conseil national électoral | Conseil national électoral | Selon | M. Maduro, au pouvoir depuis 2013, a recueilli 5 150 092 suffrages, contre 4 445 978 pour son adversaire, crédité de 44,2 %
indirect | Elvis Amoroso | Elvis Amoroso | a précisé | La participation a atteint 59 % sur quelque 21 millions d’inscrits
direct | chef de l’État | Nicolás Maduro | a lancé | Le peuple a parlé, et la révolution bolivarienne a de nouveau triomphé
mixed | chef de l’État | Nicolás Maduro | promettant | le pays connaîtrait « la paix et la prospérité » durant son troisième mandat de six ans
indirect | María Corina Machado | María Corina Machado | a assuré | les procès-verbaux recueillis par ses témoins dans 73 % des bureaux de vote donnaient plus de 6 millions de voix à son candidat, soit 67 % des suffrages exprimés
direct | elle | María Corina Machado | a lancé#2 | Nous avons gagné, et tout le monde le sait.
mixed | Antony Blinken | Antony Blinken | a estimé | le résultat annoncé « ne reflète pas la volonté » des Vénézuéliens
mixed | Luiz Inácio Lula da Silva | Luiz Inácio Lula da Silva | a pour sa part demandé | les procès-verbaux soient publiés « bureau par bureau »
indirect | Kremlin | Kremlin | a fait savoir | Vladimir Poutine avait adressé ses félicitations à son homologue
indirect | Yván Gil | Yván Gil | a annoncé | Caracas retirait son personnel diplomatique de sept pays d’Amérique latine, dont l’Argentine, le Chili et le Pérou
according-to | Foro Penal | Foro Penal | selon | Au moins onze personnes, dont deux mineurs, ont été tuées lors de heurts avec les forces de l’ordre
indirect | qui | Foro Penal | fait état de | plus de 700 arrestations en 48 heures
mixed | Tarek William Saab | Tarek William Saab | a affirmé | 749 personnes avaient été interpellées pour des actes de « terrorisme » et de « vandalisme »
according-to | Organisation internationale pour les migrations | Organisation internationale pour les migrations | d’après | près de 7,7 millions de Vénézuéliens ont quitté leur pays depuis 2014
direct | Luis Ernesto Pacheco | Luis Ernesto Pacheco | estime | Sans les procès-verbaux, ce résultat n’a aucune crédibilité
direct | Pacheco | Luis Ernesto Pacheco | ajoute | Le CNE dispose de trente jours pour les publier. S’il ne le fait pas, la semaine prochaine sera décisive pour la mobilisation
direct | source diplomatique européenne | source diplomatique européenne (non nommée) | a résumé | La pression internationale comptera, mais le pouvoir contrôle l’armée, l’appareil électoral et la justice
