Listeria: une laiterie ⟦vaudoise|N⟧ rappelle ses tommes après un décès

Une femme de ⟦84 ans|Q:duration|84|year|0⟧ est décédée et ⟦neuf|Q:count|9||0⟧ autres personnes ont été hospitalisées après avoir consommé des tommes contaminées par la bactérie Listeria monocytogenes, a annoncé ⟦jeudi|D⟧ l'⟦Office fédéral de la sécurité alimentaire et des affaires vétérinaires|O⟧ (⟦OSAV|O|Office fédéral de la sécurité alimentaire et des affaires vétérinaires⟧). Les fromages, produits par la ⟦Laiterie du Haut-Jorat|O⟧, à ⟦Moudon|L⟧, ont été vendus dans toute la ⟦Suisse romande|L⟧ par ⟦Coop|O⟧ et ⟦Manor|O⟧ ainsi que sur plusieurs marchés.

Le rappel concerne quelque ⟦12'000|Q:count|12000||1⟧ tommes de ⟦100 grammes|Q:measure|100|g|0⟧, vendues ⟦4,90 francs|Q:money|4.9|CHF|0⟧ pièce et portant une date limite de consommation comprise entre le ⟦3 et le 21 octobre|D⟧. Les consommateurs sont priés de ne pas les manger et de les rapporter en magasin, où elles seront remboursées. ⟦Coop|O⟧ a indiqué avoir retiré les produits de ses ⟦86|Q:count|86||0⟧ magasins ⟦romands|N⟧ dès ⟦mercredi|D⟧ à ⟦18h|D⟧.

«Nous avons détecté la bactérie dans ⟦trois|Q:count|3||0⟧ lots sur ⟦onze|Q:count|11||0⟧ analysés. La contamination provient très probablement d'une cuve de caillage défectueuse», a expliqué à la ⟦RTS|O|Radio Télévision Suisse⟧ le chimiste cantonal ⟦vaudois|N⟧, ⟦Jérôme Vuilleumier|P⟧. La production a été suspendue ⟦mercredi soir|D⟧ et l'établissement restera fermé au moins ⟦deux semaines|Q:duration|2|week|1⟧, le temps de désinfecter les installations.

La listériose est particulièrement dangereuse pour les personnes âgées, les femmes enceintes et les malades immunodéprimés. Sa période d'incubation peut atteindre ⟦70 jours|Q:duration|70|day|1⟧, ce qui fait craindre d'autres cas, selon l'⟦Office fédéral de la santé publique|O⟧ (⟦OFSP|O|Office fédéral de la santé publique⟧). La ⟦Suisse|L⟧ recense chaque année entre ⟦50 et 80|Q:count|50~80||1⟧ cas de listériose. Il s'agit de l'épisode le plus grave depuis l'épidémie de ⟦2013-2014|D⟧ liée à une salade prête à consommer, qui avait touché ⟦32|Q:count|32||0⟧ personnes.

Les ⟦neuf|Q:count|9||0⟧ malades, âgés de ⟦61 à 89 ans|Q:duration|61~89|year|1⟧, sont soignés au ⟦Centre hospitalier universitaire vaudois|O⟧ (⟦CHUV|O|Centre hospitalier universitaire vaudois⟧), à ⟦Lausanne|L⟧, et à l'⟦Hôpital intercantonal de la Broye|O⟧, à ⟦Payerne|L⟧. «L'état de ⟦sept|Q:count|7||0⟧ d'entre eux est stable», a précisé une porte-parole du ⟦CHUV|O|Centre hospitalier universitaire vaudois⟧.

«Nous sommes effondrés. Nous fabriquons ce fromage depuis ⟦1962|D⟧ et nous n'avions jamais eu le moindre problème», a déclaré à la ⟦RTS|O|Radio Télévision Suisse⟧ le directeur de la laiterie, ⟦Pierre-Alain Cuendet|P⟧, qui assure collaborer «pleinement» avec les autorités. Le ⟦Ministère public vaudois|O|Ministère public du canton de Vaud⟧ a ouvert ⟦vendredi|D⟧ une enquête pour homicide par négligence. Ses responsables encourent jusqu'à ⟦trois ans|Q:duration|3|year|1⟧ de peine privative de liberté.

À ⟦Moudon|L⟧, bourg de ⟦6300|Q:count|6300||0⟧ habitants, la nouvelle a fait l'effet d'un choc. «On achète leurs tommes depuis ⟦vingt ans|Q:duration|20|year|0⟧. On connaît tout le monde à la laiterie, ça fait peur», confie ⟦Josiane|P⟧, ⟦72 ans|Q:duration|72|year|0⟧, rencontrée ⟦samedi matin|D⟧ au marché.
===ATTR===
indirect | Office fédéral de la sécurité alimentaire et des affaires vétérinaires | Office fédéral de la sécurité alimentaire et des affaires vétérinaires | a annoncé | Une femme de 84 ans est décédée et neuf autres personnes ont été hospitalisées après avoir consommé des tommes contaminées par la bactérie Listeria monocytogenes
indirect | Coop#2 | Coop | a indiqué | avoir retiré les produits de ses 86 magasins romands dès mercredi à 18h
direct | Jérôme Vuilleumier | Jérôme Vuilleumier | a expliqué | Nous avons détecté la bactérie dans trois lots sur onze analysés. La contamination provient très probablement d'une cuve de caillage défectueuse
according-to | Office fédéral de la santé publique | Office fédéral de la santé publique | selon | Sa période d'incubation peut atteindre 70 jours, ce qui fait craindre d'autres cas
direct | porte-parole | porte-parole du CHUV (non nommé) | a précisé | L'état de sept d'entre eux est stable
direct | Pierre-Alain Cuendet | Pierre-Alain Cuendet | a déclaré | Nous sommes effondrés. Nous fabriquons ce fromage depuis 1962 et nous n'avions jamais eu le moindre problème
mixed | qui | Pierre-Alain Cuendet | assure | collaborer «pleinement» avec les autorités
direct | Josiane | Josiane | confie | On achète leurs tommes depuis vingt ans. On connaît tout le monde à la laiterie, ça fait peur
