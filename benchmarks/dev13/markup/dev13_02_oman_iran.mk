⟦Iran|L⟧ : ⟦Oman|L⟧ et le ⟦Qatar|L⟧ relancent la médiation, le pétrole recule

⟦Mascate|L⟧, ⟦12 juin|D⟧ (⟦Reuters|O⟧) - Le sultanat d’⟦Oman|L⟧ a accueilli ⟦jeudi|D⟧ à ⟦Mascate|L⟧ un nouveau cycle de pourparlers indirects entre l’⟦Iran|L⟧ et les ⟦États-Unis|L⟧, le sixième depuis ⟦avril|D⟧, dans l’espoir d’éviter une escalade militaire avec ⟦Israël|L⟧, ont indiqué des sources diplomatiques.

Le ministre ⟦iranien|N⟧ des Affaires étrangères, ⟦Abbas Araghchi|P⟧, et l’émissaire ⟦américain|N⟧ ⟦Steve Witkoff|P⟧ ne se sont pas rencontrés directement : le chef de la diplomatie ⟦omanaise|N⟧, ⟦Badr al-Boussaïdi|P⟧, a fait la navette entre les ⟦deux|Q:count|2||0⟧ délégations pendant près de ⟦cinq heures|Q:duration|5|hour|1⟧.

“Les discussions ont été sérieuses et constructives. Nous avons avancé sur plusieurs points, mais des divergences demeurent”, a déclaré ⟦Badr al-Boussaïdi|P⟧ sur le réseau social ⟦X|O⟧, précisant qu’un nouveau rendez-vous serait fixé “dans ⟦les prochains jours|D⟧”.

⟦Téhéran|L⟧ réclame la levée des sanctions ⟦américaines|N⟧ sur ses exportations de pétrole, tandis que ⟦Washington|L⟧ exige l’arrêt de tout enrichissement d’uranium sur le sol ⟦iranien|N⟧. L’⟦Iran|L⟧ enrichit actuellement de l’uranium à ⟦60%|Q:percent|60|%|0⟧, bien au-delà du seuil de ⟦3,67%|Q:percent|3.67|%|0⟧ fixé par l’accord de ⟦2015|D⟧, selon l’⟦Agence internationale de l’énergie atomique|O⟧ (⟦AIEA|O|Agence internationale de l’énergie atomique⟧).

À ⟦Doha|L⟧, le Premier ministre ⟦qatari|N⟧, cheikh ⟦Mohammed ben Abdelrahmane Al Thani|P⟧, s’est entretenu par téléphone avec son homologue ⟦iranien|N⟧ et a appelé “toutes les parties à la retenue”. Le ⟦Qatar|L⟧, qui abrite la plus grande base ⟦américaine|N⟧ de la région, à ⟦Al-Udeid|L⟧, redoute d’être entraîné dans un conflit régional. Le Premier ministre ⟦israélien|N⟧, ⟦Benyamin Netanyahou|P⟧, a répété ⟦mercredi|D⟧ devant la ⟦Knesset|O⟧ qu’⟦Israël|L⟧ “ne permettra jamais” à l’⟦Iran|L⟧ de se doter de l’arme nucléaire.

Sur les marchés, la reprise des discussions a fait reculer les cours. Vers ⟦14h30 GMT|D⟧, le baril de Brent de la ⟦mer du Nord|L⟧ pour livraison en ⟦août|D⟧ perdait ⟦2,8%|Q:percent|2.8|%|0⟧ à ⟦68,15 dollars|Q:money|68.15|USD|0⟧, après avoir gagné près de ⟦9%|Q:percent|9|%|1⟧ en ⟦trois|Q:count|3||0⟧ séances ⟦la semaine dernière|D⟧. Le WTI ⟦américain|N⟧ cédait ⟦3,1%|Q:percent|3.1|%|0⟧ à ⟦65,40 dollars|Q:money|65.4|USD|0⟧.

“Le marché avait intégré une prime de risque de ⟦5 à 7 dollars|Q:money|5~7|USD|1⟧ par baril. Elle fond dès qu’une perspective diplomatique apparaît”, explique ⟦Hélène Morvan|P⟧, analyste chez ⟦Kpler|O⟧ à ⟦Paris|L⟧.

Près d’un cinquième du pétrole mondial transite par le ⟦détroit d’Ormuz|L⟧, que ⟦Téhéran|L⟧ a menacé de fermer en cas d’attaque. L’⟦Organisation des pays exportateurs de pétrole|O⟧ et ses alliés (⟦Opep+|O|OPEP+⟧) doivent se réunir le ⟦6 juillet|D⟧ pour décider d’une nouvelle hausse de leur production, de ⟦411 000 barils|Q:measure|411000|bbl|0⟧ par jour selon ⟦deux|Q:count|2||0⟧ délégués.

Lors du précédent cycle, en ⟦mai|D⟧, les ⟦deux|Q:count|2||0⟧ parties avaient échangé des propositions écrites. Selon l’agence officielle ⟦iranienne|N⟧ ⟦Irna|O|Islamic Republic News Agency⟧, ⟦Abbas Araghchi|P⟧ a jugé ⟦jeudi soir|D⟧ que les ⟦Américains|N⟧ devaient “choisir entre la diplomatie et la pression”.
===ATTR===
indirect | sources | sources diplomatiques (non nommé) | ont indiqué | Le sultanat d’Oman a accueilli jeudi à Mascate un nouveau cycle de pourparlers indirects entre l’Iran et les États-Unis, le sixième depuis avril, dans l’espoir d’éviter une escalade militaire avec Israël
direct | Badr al-Boussaïdi#2 | Badr al-Boussaïdi | a déclaré | Les discussions ont été sérieuses et constructives. Nous avons avancé sur plusieurs points, mais des divergences demeurent
mixed | Badr al-Boussaïdi#2 | Badr al-Boussaïdi | précisant | un nouveau rendez-vous serait fixé “dans les prochains jours”
indirect | Téhéran#1 | Iran | réclame | la levée des sanctions américaines sur ses exportations de pétrole
indirect | Washington | États-Unis | exige | l’arrêt de tout enrichissement d’uranium sur le sol iranien
according-to | Agence internationale de l’énergie atomique | Agence internationale de l’énergie atomique | selon#1 | L’Iran enrichit actuellement de l’uranium à 60%, bien au-delà du seuil de 3,67% fixé par l’accord de 2015
direct | Mohammed ben Abdelrahmane Al Thani | Mohammed ben Abdelrahmane Al Thani | a appelé | toutes les parties à la retenue
mixed | Benyamin Netanyahou | Benyamin Netanyahou | a répété | Israël “ne permettra jamais” à l’Iran de se doter de l’arme nucléaire
direct | Hélène Morvan | Hélène Morvan | explique | Le marché avait intégré une prime de risque de 5 à 7 dollars par baril. Elle fond dès qu’une perspective diplomatique apparaît
indirect | Téhéran#2 | Iran | a menacé | de fermer en cas d’attaque
according-to | délégués | délégués de l’Opep+ (non nommé) | selon#2 | L’Organisation des pays exportateurs de pétrole et ses alliés (Opep+) doivent se réunir le 6 juillet pour décider d’une nouvelle hausse de leur production, de 411 000 barils par jour
according-to | Irna | Islamic Republic News Agency | Selon | Abbas Araghchi a jugé jeudi soir que les Américains devaient “choisir entre la diplomatie et la pression”
mixed | Abbas Araghchi#2 | Abbas Araghchi | a jugé | les Américains devaient “choisir entre la diplomatie et la pression”
