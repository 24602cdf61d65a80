Sécheresse : les ⟦Deux-Sèvres|L⟧ passent en alerte renforcée, l’arrosage interdit dans ⟦187|Q:count|187||0⟧ communes

La préfète des ⟦Deux-Sèvres|L⟧, ⟦Laure Méchaly|P⟧, a signé ⟦ce mardi|D⟧ un arrêté plaçant ⟦187|Q:count|187||0⟧ des ⟦256|Q:count|256||0⟧ communes du département en alerte renforcée sécheresse, à compter de ⟦mercredi|D⟧ à ⟦8 heures|D⟧. Dans ces communes, l’arrosage des pelouses, le lavage des voitures hors stations et le remplissage des piscines privées sont désormais interdits, et les prélèvements agricoles réduits de ⟦50%|Q:percent|50|%|0⟧. Les ⟦69|Q:count|69||0⟧ autres communes, dans le sud du département, restent en simple vigilance. ⟦L’an dernier|D⟧, les restrictions n’avaient été levées que le ⟦15 octobre|D⟧.

"La situation est plus tendue qu’en ⟦2022|D⟧ à la même période. Nous devons préserver l’eau potable avant tout", a justifié la préfète lors d’un point presse à ⟦Niort|L⟧. Selon ⟦Météo-France|O⟧, il est tombé ⟦38 mm|Q:measure|38|mm|0⟧ de pluie à ⟦Niort|L⟧ depuis le ⟦1er mai|D⟧, contre ⟦142 mm|Q:measure|142|mm|0⟧ en moyenne sur la même période, soit un déficit de ⟦73%|Q:percent|73|%|0⟧. Le thermomètre a atteint ⟦36,4 °C|Q:measure|36.4|°C|0⟧ ⟦dimanche|D⟧ à ⟦Melle|L⟧.

Les nappes phréatiques sont elles aussi au plus bas. D’après le ⟦Bureau de recherches géologiques et minières|O⟧ (⟦BRGM|O|Bureau de recherches géologiques et minières⟧), ⟦huit|Q:count|8||0⟧ points de mesure sur ⟦dix|Q:count|10||0⟧ affichent un niveau "modérément bas" à "très bas" pour la saison. Le débit de la ⟦Sèvre niortaise|L⟧ est tombé à ⟦1,1 m³|Q:measure|1.1|m³|0⟧ par seconde à ⟦Niort|L⟧, sous le seuil de crise fixé à ⟦1,3 m³|Q:measure|1.3|m³|0⟧.

Le ⟦Syndicat des eaux du Vivier|O⟧, qui alimente environ ⟦70000|Q:count|70000||1⟧ habitants, assure que l’approvisionnement n’est "pas menacé à court terme". Son président, ⟦Gilles Fradin|P⟧, appelle cependant chacun à "réduire sa consommation d’au moins ⟦10%|Q:percent|10|%|1⟧". Un foyer consomme en moyenne ⟦120 m³|Q:measure|120|m³|0⟧ d’eau par an dans le département.

Côté agricole, la pilule passe mal. "On nous demande de couper l’irrigation au moment où le maïs en a le plus besoin. Sur ma ferme, je risque de perdre un tiers de la récolte", déplore ⟦Sébastien Ragot|P⟧, céréalier à ⟦Mauzé-sur-le-Mignon|L⟧, ⟦48 ans|Q:duration|48|year|0⟧. La ⟦Chambre d’agriculture des Deux-Sèvres|O⟧ réclame des dérogations pour les cultures sous contrat et les élevages.

Les opposants aux réserves de substitution, les "bassines", y voient au contraire la preuve de leur analyse. Le collectif ⟦Bassines non merci|O⟧ estime que "l’eau stockée l’hiver profite à une minorité d’irrigants" et prévoit un rassemblement ⟦samedi|D⟧ devant la préfecture. La ⟦Coopérative de l’eau des Deux-Sèvres|O⟧ a mis en service ⟦quatre|Q:count|4||0⟧ réserves depuis ⟦2023|D⟧, pour un volume total d’environ ⟦2,5 millions de m³|Q:measure|2500000|m³|1⟧.

Les contrevenants s’exposent à une amende pouvant aller jusqu’à ⟦1500 euros|Q:money|1500|EUR|1⟧. Des contrôles de l’⟦Office français de la biodiversité|O⟧ (⟦OFB|O|Office français de la biodiversité⟧) et de la gendarmerie sont prévus dès ⟦la semaine prochaine|D⟧. Le prochain comité ressource en eau se réunira le ⟦24 juin|D⟧, à ⟦14 h 30|D⟧.
===ATTR===
direct | préfète#2 | Laure Méchaly | a justifié | La situation est plus tendue qu’en 2022 à la même période. Nous devons préserver l’eau potable avant tout
according-to | Météo-France | Météo-France | Selon | il est tombé 38 mm de pluie à Niort depuis le 1er mai, contre 142 mm en moyenne sur la même période, soit un déficit de 73%
according-to | Bureau de recherches géologiques et minières | Bureau de recherches géologiques et minières | D’après | huit points de mesure sur dix affichent un niveau "modérément bas" à "très bas" pour la saison
mixed | Syndicat des eaux du Vivier | Syndicat des eaux du Vivier | assure | l’approvisionnement n’est "pas menacé à court terme"
mixed | Gilles Fradin | Gilles Fradin | appelle | chacun à "réduire sa consommation d’au moins 10%"
direct | Sébastien Ragot | Sébastien Ragot | déplore | On nous demande de couper l’irrigation au moment où le maïs en a le plus besoin. Sur ma ferme, je risque de perdre un tiers de la récolte
indirect | Chambre d’agriculture des Deux-Sèvres | Chambre d’agriculture des Deux-Sèvres | réclame | des dérogations pour les cultures sous contrat et les élevages
direct | Bassines non merci | Bassines non merci | estime | l’eau stockée l’hiver profite à une minorité d’irrigants
