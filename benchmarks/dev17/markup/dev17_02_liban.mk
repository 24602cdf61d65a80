⟦Liban|L⟧ : nouvelles frappes ⟦israéliennes|N⟧ dans le ⟦Sud|L|Liban-Sud⟧, ⟦Beyrouth|L⟧ sous pression pour désarmer le ⟦Hezbollah|O⟧

⟦Beyrouth|L⟧, ⟦4 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – L’⟦armée israélienne|O|Forces de défense d'Israël⟧ a mené ⟦jeudi|D⟧ une série de frappes sur au moins ⟦quatre|Q:count|4||1⟧ villages du sud du ⟦Liban|L⟧, après avoir appelé leurs habitants à évacuer, ⟦deux jours|Q:duration|2|day|0⟧ après la première rencontre directe entre responsables civils ⟦libanais|N⟧ et ⟦israéliens|N⟧ depuis des décennies. Selon elle, les frappes ont visé des «{NBSP}infrastructures terroristes{NBSP}» du ⟦Hezbollah|O⟧ à ⟦Mahrouna|L⟧, ⟦Jbaa|L⟧, ⟦Majadel|L⟧ et ⟦Baraachit|L⟧.

L’⟦Agence nationale d’information|O⟧ (⟦ANI|O|Agence nationale d’information⟧, officielle) a fait état de ⟦deux|Q:count|2||0⟧ blessés et de plusieurs maisons détruites à ⟦Jbaa|L⟧. Le président ⟦libanais|N⟧, ⟦Joseph Aoun|P⟧, a dénoncé des frappes qui «{NBSP}sapent les efforts de négociation{NBSP}». «{NBSP}Le ⟦Liban|L⟧ a choisi la voie diplomatique, mais la diplomatie ne peut pas avancer sous les bombes{NBSP}», a-t-il déclaré en recevant une délégation du ⟦Conseil de sécurité de l’ONU|O|Conseil de sécurité des Nations unies⟧.

⟦Mercredi|D⟧, à ⟦Naqoura|L⟧, siège de la ⟦Force intérimaire des Nations unies au Liban|O⟧ (⟦Finul|O|Force intérimaire des Nations unies au Liban⟧), l’ancien ambassadeur ⟦Simon Karam|P⟧ et un haut fonctionnaire ⟦israélien|N⟧, ⟦Uri Resnick|P⟧, ont participé pour la première fois aux travaux du «{NBSP}mécanisme{NBSP}» de surveillance du cessez-le-feu, présidé par les ⟦Etats-Unis|L|États-Unis⟧. Le Premier ministre, ⟦Nawaf Salam|P⟧, a assuré que le ⟦Liban|L⟧ n’était «{NBSP}pas en train de négocier la paix{NBSP}» avec ⟦Israël|L⟧, mais seulement l’application de l’accord de cessez-le-feu du ⟦27 novembre 2024|D⟧.

Cet accord prévoyait le retrait du ⟦Hezbollah|O⟧ au sud du fleuve ⟦Litani|L⟧ et le déploiement de l’⟦armée libanaise|O|Forces armées libanaises⟧, qui dit avoir saisi plus de ⟦10{NBSP}000|Q:count|10000||1⟧ roquettes et démantelé quelque ⟦500|Q:count|500||1⟧ positions dans la zone. ⟦Israël|L⟧, qui maintient ⟦cinq|Q:count|5||0⟧ positions en territoire ⟦libanais|N⟧, accuse le mouvement chiite de se réarmer et exige son désarmement complet d’ici à ⟦la fin de l’année|D⟧. Le secrétaire général du ⟦Hezbollah|O⟧, ⟦Naïm Qassem|P⟧, a rejeté ⟦dimanche|D⟧ toute remise des armes «{NBSP}tant que l’occupation se poursuit{NBSP}».

Selon le ⟦ministère libanais de la Santé|O⟧, plus de ⟦330|Q:count|330||1⟧ personnes ont été tuées par des frappes ⟦israéliennes|N⟧ depuis l’entrée en vigueur de la trêve. L’⟦ONU|O|Organisation des Nations unies⟧ a recensé pour sa part au moins ⟦127|Q:count|127||1⟧ civils tués.

Sur le terrain, la ⟦Finul|O|Force intérimaire des Nations unies au Liban⟧, qui compte encore quelque ⟦10{NBSP}000|Q:count|10000||1⟧ Casques bleus venus de près de ⟦50|Q:count|50||1⟧ pays, prépare son départ : le ⟦Conseil de sécurité|O|Conseil de sécurité des Nations unies⟧ a voté en ⟦août|D⟧ la fin de son mandat au ⟦31 décembre 2026|D⟧, suivie d’un retrait en ⟦un an|Q:duration|1|year|0⟧. «{NBSP}Notre départ laissera un vide que l’⟦armée libanaise|O|Forces armées libanaises⟧ n’a pas encore les moyens de combler{NBSP}», confie un officier ⟦européen|N⟧ de la force, sous couvert d’anonymat. Les Casques bleus disent avoir relevé plus de ⟦7{NBSP}500|Q:count|7500||1⟧ violations aériennes ⟦israéliennes|N⟧ depuis ⟦novembre 2024|D⟧.

À ⟦Tyr|L⟧, ⟦Hussein|P⟧, ⟦52 ans|Q:duration|52|year|0⟧, qui a perdu sa maison de ⟦Mahrouna|L⟧ en ⟦octobre|D⟧, ne croit plus aux négociations. «{NBSP}On vit avec les drones au-dessus de la tête, jour et nuit. Les enfants ne dorment plus{NBSP}», soupire-t-il.
===ATTR===
indirect | armée israélienne | Forces de défense d'Israël | avoir appelé | leurs habitants à évacuer
according-to | elle | Forces de défense d'Israël | Selon#1 | les frappes ont visé des « infrastructures terroristes » du Hezbollah à Mahrouna, Jbaa, Majadel et Baraachit
indirect | Agence nationale d’information | Agence nationale d’information | a fait état | de deux blessés et de plusieurs maisons détruites à Jbaa
mixed | Joseph Aoun | Joseph Aoun | a dénoncé | des frappes qui « sapent les efforts de négociation »
direct | il | Joseph Aoun | a-t-il déclaré | Le Liban a choisi la voie diplomatique, mais la diplomatie ne peut pas avancer sous les bombes
mixed | Nawaf Salam | Nawaf Salam | a assuré | le Liban n’était « pas en train de négocier la paix » avec Israël, mais seulement l’application de l’accord de cessez-le-feu du 27 novembre 2024
indirect | qui | Forces armées libanaises | dit | avoir saisi plus de 10 000 roquettes et démantelé quelque 500 positions dans la zone
indirect | Israël | Israël | accuse | le mouvement chiite de se réarmer
indirect | Israël | Israël | exige | son désarmement complet d’ici à la fin de l’année
mixed | Naïm Qassem | Naïm Qassem | a rejeté | toute remise des armes « tant que l’occupation se poursuit »
according-to | ministère libanais de la Santé | ministère libanais de la Santé | Selon#2 | plus de 330 personnes ont été tuées par des frappes israéliennes depuis l’entrée en vigueur de la trêve
direct | officier | officier européen de la Finul (non nommé) | confie | Notre départ laissera un vide que l’armée libanaise n’a pas encore les moyens de combler
indirect | Casques bleus | Force intérimaire des Nations unies au Liban | disent | avoir relevé plus de 7 500 violations aériennes israéliennes depuis novembre 2024
direct | il | Hussein | soupire-t-il | On vit avec les drones au-dessus de la tête, jour et nuit. Les enfants ne dorment plus
