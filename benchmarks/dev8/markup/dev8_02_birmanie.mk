⟦Birmanie|L⟧ : les électeurs boudent le premier tour des législatives organisées par la junte

⟦Rangoun|L⟧, ⟦29 décembre|D⟧ (⟦Reuters|O⟧) - Les électeurs ⟦birmans|N⟧ ont largement boudé ⟦dimanche|D⟧ la première phase des élections législatives organisées par la junte, près de ⟦cinq ans|Q:duration|5|year|1⟧ après le coup d'Etat du ⟦1er février 2021|D⟧ qui a renversé le gouvernement civil d'⟦Aung San Suu Kyi|P⟧, selon des observateurs et des habitants interrogés par ⟦Reuters|O⟧.

La ⟦Commission électorale de l'Union|O⟧ (⟦UEC|O|Commission électorale de l'Union⟧) a fait état ⟦lundi|D⟧ d'une participation de ⟦52{NNBSP}%|Q:percent|52|%|0⟧ dans les ⟦102|Q:count|102||0⟧ cantons où le scrutin a pu se tenir. Plusieurs témoins ont toutefois décrit des bureaux de vote “quasiment vides” à ⟦Rangoun|L⟧ et à ⟦Mandalay|L⟧. La deuxième ville du pays reste marquée par le séisme qui avait fait plus de ⟦3 700|Q:count|3700||1⟧ morts en ⟦mars|D⟧. Les bureaux ont fermé à ⟦16 heures|D⟧.

“Les soldats sont passés dans chaque rue pour dire que ceux qui ne voteraient pas seraient notés”, a raconté à ⟦Reuters|O⟧ un commerçant de ⟦46 ans|Q:duration|46|year|0⟧ du quartier de ⟦Sanchaung|L⟧, qui a demandé à ne pas être identifié.

Le chef de la junte, le général ⟦Min Aung Hlaing|P⟧, a voté dans ⟦la matinée|D⟧ à ⟦Naypyidaw|L⟧, la capitale administrative. “Ces élections ouvrent la voie au retour d'un gouvernement civil et à la paix”, a-t-il déclaré devant la presse, appelant les groupes armés à “déposer les armes et rejoindre le processus politique”.

Le ⟦Parti de l'union, de la solidarité et du développement|O⟧ (⟦USDP|O|Parti de l'union, de la solidarité et du développement⟧), vitrine politique de l'armée, revendique déjà ⟦38|Q:count|38||0⟧ des ⟦40|Q:count|40||0⟧ sièges attribués au premier tour à la chambre basse, selon des résultats partiels diffusés par la télévision d'Etat ⟦MRTV|O|Myanmar Radio and Television⟧. La ⟦Ligue nationale pour la démocratie|O⟧ (⟦LND|O|Ligue nationale pour la démocratie⟧) d'⟦Aung San Suu Kyi|P⟧, dissoute en ⟦2023|D⟧ pour ne pas s'être réenregistrée, n'était pas autorisée à concourir. Agée de ⟦80 ans|Q:duration|80|year|0⟧, la lauréate du prix Nobel de la paix purge une peine de ⟦27 ans|Q:duration|27|year|0⟧ de prison. Son fils, ⟦Kim Aris|P⟧, a dit ⟦la semaine dernière|D⟧ ne pas savoir si elle était encore en vie.

Le ⟦Gouvernement d'unité nationale|O⟧ (⟦NUG|O|Gouvernement d'unité nationale⟧), formé par des élus déchus, a qualifié le scrutin de “mascarade” et appelé au boycott. Les combats se poursuivent dans une grande partie du pays: l'⟦Armée d'Arakan|O⟧ (⟦AA|O|Armée d'Arakan⟧), qui contrôle désormais ⟦14|Q:count|14||0⟧ des ⟦17|Q:count|17||0⟧ cantons de l'⟦Arakan|L|Rakhine⟧, a annoncé ⟦dimanche|D⟧ avoir repoussé une offensive près de ⟦Kyaukphyu|L⟧. La ⟦Chine|L⟧ y finance un port en eau profonde d'un coût estimé à ⟦7,3 milliards de dollars|Q:money|7300000000|USD|1⟧.

L'⟦Association des nations de l'Asie du Sud-Est|O⟧ (⟦Asean|O|Association des nations de l'Asie du Sud-Est⟧), dont la ⟦Birmanie|L⟧ est membre, n'enverra pas d'observateurs, a indiqué son secrétaire général, ⟦Kao Kim Hourn|P⟧. La ⟦Malaisie|L⟧, qui présidait le bloc en ⟦2025|D⟧, a estimé que le scrutin “ne saurait être une priorité” tant que les violences continuent. Seules la ⟦Russie|L⟧, la ⟦Chine|L⟧, l'⟦Inde|L⟧ et la ⟦Biélorussie|L⟧ ont dépêché des délégations, selon les médias officiels.

Le conflit a fait plus de ⟦3,5 millions|Q:count|3500000||1⟧ de déplacés, selon le ⟦Bureau de la coordination des affaires humanitaires des Nations unies|O⟧ (⟦Ocha|O|Bureau de la coordination des affaires humanitaires des Nations unies⟧), et l'économie s'est contractée d'environ ⟦9{NNBSP}%|Q:percent|9|%|1⟧ depuis ⟦2021|D⟧, d'après la ⟦Banque mondiale|O⟧. Le kyat s'échangeait ⟦lundi|D⟧ autour de ⟦4 400|Q:money|4400|MMK|1⟧ pour ⟦un dollar|Q:money|1|USD|0⟧ sur le marché parallèle, contre ⟦2 100|Q:money|2100|MMK|0⟧ au taux officiel.

La deuxième phase du scrutin est prévue le ⟦11 janvier|D⟧ et la troisième ⟦fin janvier|D⟧, mais les autorités ont reconnu que le vote ne pourrait pas avoir lieu dans ⟦65|Q:count|65||0⟧ cantons pour des raisons de sécurité. “On ne peut pas parler d'élection quand un tiers du pays est en guerre”, a jugé ⟦Richard Horsey|P⟧, analyste à l'⟦International Crisis Group|O⟧.

===ATTR===
according-to | observateurs | observateurs et habitants (non nommé) | selon#1 | Les électeurs birmans ont largement boudé dimanche la première phase des élections législatives organisées par la junte, près de cinq ans après le coup d'Etat du 1er février 2021 qui a renversé le gouvernement civil d'Aung San Suu Kyi
indirect | Commission électorale de l'Union | Commission électorale de l'Union | a fait état | d'une participation de 52 % dans les 102 cantons où le scrutin a pu se tenir
mixed | témoins | témoins (non nommé) | ont toutefois décrit | des bureaux de vote “quasiment vides” à Rangoun et à Mandalay
direct | commerçant | commerçant de Rangoun (non nommé) | a raconté | Les soldats sont passés dans chaque rue pour dire que ceux qui ne voteraient pas seraient notés
direct | il | Min Aung Hlaing | a-t-il déclaré | Ces élections ouvrent la voie au retour d'un gouvernement civil et à la paix
mixed | il | Min Aung Hlaing | appelant | les groupes armés à “déposer les armes et rejoindre le processus politique”
indirect | Parti de l'union, de la solidarité et du développement | Parti de l'union, de la solidarité et du développement | revendique | 38 des 40 sièges attribués au premier tour à la chambre basse
according-to | MRTV | Myanmar Radio and Television | selon#2 | Le Parti de l'union, de la solidarité et du développement (USDP), vitrine politique de l'armée, revendique déjà 38 des 40 sièges attribués au premier tour à la chambre basse
indirect | Kim Aris | Kim Aris | a dit | ne pas savoir si elle était encore en vie
mixed | Gouvernement d'unité nationale | Gouvernement d'unité nationale | a qualifié | le scrutin de “mascarade”
indirect | Gouvernement d'unité nationale | Gouvernement d'unité nationale | appelé | au boycott
indirect | Armée d'Arakan | Armée d'Arakan | a annoncé | avoir repoussé une offensive près de Kyaukphyu
indirect | Kao Kim Hourn | Kao Kim Hourn | a indiqué | L'Association des nations de l'Asie du Sud-Est (Asean), dont la Birmanie est membre, n'enverra pas d'observateurs
mixed | Malaisie | Malaisie | a estimé | le scrutin “ne saurait être une priorité” tant que les violences continuent
according-to | médias | médias officiels birmans (non nommé) | selon#3 | Seules la Russie, la Chine, l'Inde et la Biélorussie ont dépêché des délégations
according-to | Bureau de la coordination des affaires humanitaires des Nations unies | Bureau de la coordination des affaires humanitaires des Nations unies | selon#4 | Le conflit a fait plus de 3,5 millions de déplacés
according-to | Banque mondiale | Banque mondiale | d'après | l'économie s'est contractée d'environ 9 % depuis 2021
indirect | autorités | autorités birmanes (non nommé) | ont reconnu | le vote ne pourrait pas avoir lieu dans 65 cantons pour des raisons de sécurité
direct | Richard Horsey | Richard Horsey | a jugé | On ne peut pas parler d'élection quand un tiers du pays est en guerre
