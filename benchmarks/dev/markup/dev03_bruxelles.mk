⟦UE|O|Union européenne⟧ : à ⟦Bruxelles|L⟧, les ⟦Européens|N⟧ bouclent un accord budgétaire in extremis

⟦Bruxelles|L⟧, ⟦14 juin|D⟧ – Les dirigeants ⟦européens|N⟧ sont parvenus ⟦jeudi soir|D⟧ à un compromis sur la révision du budget pluriannuel de l’⟦Union européenne|O⟧, au terme d’un sommet tendu qui s’est tenu du ⟦12 au 14 juin|D⟧.

L’accord prévoit une enveloppe de ⟦50 milliards d’euros|Q:money|50000000000|EUR|0⟧ sur ⟦quatre ans|Q:duration|4|year|0⟧ pour l’⟦Ukraine|L⟧, dont ⟦33 milliards|Q:money|33000000000|EUR|0⟧ sous forme de prêts, ainsi qu’une rallonge de ⟦9,6 milliards d’euros|Q:money|9600000000|EUR|0⟧ pour la gestion des migrations et la défense. Le mécanisme, baptisé « facilité pour l’⟦Ukraine|L⟧ », sera réexaminé à mi-parcours, après ⟦deux ans|Q:duration|2|year|0⟧ de mise en œuvre.

« C’est un signal fort envoyé à ⟦Kiev|L⟧, mais aussi à ⟦Moscou|L⟧ », a déclaré la présidente de la ⟦Commission européenne|O⟧, ⟦Ursula von der Leyen|P|Ursula von der Leyen⟧, lors d’une conférence de presse peu après ⟦23 heures|D⟧. « L’⟦Europe|L⟧ a tenu parole, a-t-elle poursuivi. Nous resterons aux côtés des ⟦Ukrainiens|N⟧ aussi longtemps qu’il le faudra. » Mme ⟦von der Leyen|P|Ursula von der Leyen⟧ n’a pas précisé quand interviendraient les premiers versements.

Le Premier ministre ⟦hongrois|N⟧, ⟦Viktor Orban|P|Viktor Orbán⟧, qui bloquait le texte depuis ⟦décembre|D⟧, a finalement levé son veto. Selon un diplomate ⟦européen|N⟧, ⟦Budapest|L⟧ a obtenu l’assurance qu’un débat annuel sur l’utilisation des fonds serait organisé au niveau des chefs d’État. ⟦La veille|D⟧ encore, ⟦Orban|P|Viktor Orbán⟧ avait affirmé à la radio publique ⟦Kossuth|O|Kossuth Rádió⟧ que son pays « ne paierait pas pour une guerre qui n’est pas la sienne ».

Le budget de l’⟦UE|O|Union européenne⟧ représente environ ⟦1{NBSP}%|Q:percent|1|%|1⟧ du revenu national brut des ⟦27|Q:count|27||0⟧ États membres. Plusieurs pays, dont les ⟦Pays-Bas|L⟧ et la ⟦Suède|L⟧, refusaient toute hausse des contributions nationales ; la rallonge sera donc financée à hauteur de ⟦64 %|Q:percent|64|%|0⟧ par des redéploiements de crédits existants, pendant ⟦dix-huit mois|Q:duration|18|month|1⟧ au moins.

D’après les calculs du centre de réflexion ⟦Bruegel|O⟧, l’aide ⟦européenne|N⟧ cumulée à ⟦Kiev|L⟧ atteint désormais quelque ⟦85 milliards d’euros|Q:money|85000000000|EUR|1⟧ depuis ⟦février 2022|D⟧.

« Nous avons évité le pire, mais à quel prix ? », a confié un ministre ⟦balte|N⟧, cité par le site ⟦Politico|O⟧. Le chancelier ⟦allemand|N⟧, ⟦Olaf Scholz|P|Olaf Scholz⟧, a salué un accord « à la hauteur du moment », tandis que le président ⟦français|N⟧, ⟦Emmanuel Macron|P|Emmanuel Macron⟧, a jugé que l’⟦Europe|L⟧ devait désormais « passer à une économie de guerre ».

Les chefs d’État et de gouvernement se retrouveront les ⟦27 et 28 juin|D⟧ pour un nouveau sommet, consacré cette fois à l’élargissement de l’⟦Union|O|Union européenne⟧ à l’⟦Ukraine|L⟧ et à la ⟦Moldavie|L⟧.

===ATTR===
direct | Ursula von der Leyen | Ursula von der Leyen | a déclaré | C’est un signal fort envoyé à Kiev, mais aussi à Moscou
direct | elle | Ursula von der Leyen | a-t-elle poursuivi | L’Europe a tenu parole, a-t-elle poursuivi. Nous resterons aux côtés des Ukrainiens aussi longtemps qu’il le faudra.
according-to | diplomate européen | diplomate européen (non nommé) | Selon | Budapest a obtenu l’assurance qu’un débat annuel sur l’utilisation des fonds serait organisé au niveau des chefs d’État
mixed | Orban | Viktor Orbán | avait affirmé | son pays « ne paierait pas pour une guerre qui n’est pas la sienne »
according-to | Bruegel | Bruegel | D’après | l’aide européenne cumulée à Kiev atteint désormais quelque 85 milliards d’euros depuis février 2022
direct | ministre balte | ministre balte (non nommé) | a confié | Nous avons évité le pire, mais à quel prix ?
according-to | Politico | Politico | cité par | Nous avons évité le pire, mais à quel prix ?
mixed | Olaf Scholz | Olaf Scholz | a salué | un accord « à la hauteur du moment »
mixed | Emmanuel Macron | Emmanuel Macron | a jugé | l’Europe devait désormais « passer à une économie de guerre »
