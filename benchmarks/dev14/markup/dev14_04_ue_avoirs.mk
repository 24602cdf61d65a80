Sommet ⟦européen|N⟧ : les avoirs ⟦russes|N⟧ gelés au cœur d'un bras de fer avec la ⟦Belgique|L⟧

Les dirigeants des ⟦27|Q:count|27||0⟧ pays de l'⟦Union européenne|O⟧ se retrouvent ce ⟦jeudi 18 décembre|D⟧ à ⟦Bruxelles|L⟧ pour un sommet présenté comme décisif pour le financement de l'⟦Ukraine|L⟧ jusqu'à ⟦fin 2027|D⟧. Sur la table, un «{NBSP}prêt de réparation{NBSP}» de ⟦90{NBSP}milliards d'euros|Q:money|90000000000|EUR|0⟧, adossé aux avoirs de la ⟦Banque centrale de Russie|O⟧ immobilisés en ⟦Europe|L⟧ depuis ⟦février 2022|D⟧. Ces avoirs représentent quelque ⟦210{NBSP}milliards d'euros|Q:money|210000000000|EUR|1⟧, dont environ ⟦185{NBSP}milliards|Q:money|185000000000|EUR|1⟧ déposés chez ⟦Euroclear|O⟧, la société de dépôt de titres installée à ⟦Bruxelles|L⟧.

Selon les estimations de la ⟦Commission européenne|O⟧, les besoins de financement de ⟦Kiev|L⟧ atteindront ⟦135,7{NBSP}milliards d'euros|Q:money|135700000000|EUR|0⟧ sur ⟦deux ans|Q:duration|2|year|0⟧. Sans argent frais, l'Etat ⟦ukrainien|N⟧ pourrait se retrouver à court de liquidités dès ⟦avril|D⟧, a prévenu le ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧).

Mais la ⟦Belgique|L⟧ bloque toujours. Son Premier ministre, ⟦Bart De Wever|P⟧, exige que les risques juridiques et financiers soient «{NBSP}entièrement partagés{NBSP}» entre les Etats membres. «{NBSP}Nous ne sommes pas contre l'idée. Mais je ne veux pas que la ⟦Belgique|L⟧ se retrouve seule à payer si ⟦Moscou|L⟧ gagne devant un tribunal{NBSP}», a-t-il répété ⟦mercredi|D⟧ devant la ⟦Chambre|O|Chambre des représentants de Belgique⟧.

La directrice générale d'⟦Euroclear|O⟧, ⟦Valérie Urbain|P⟧, a averti que l'opération pourrait être perçue comme une «{NBSP}confiscation{NBSP}» par les investisseurs étrangers, en particulier en ⟦Asie|L⟧ et dans le ⟦Golfe|L⟧. La ⟦Banque centrale de Russie|O⟧ a d'ailleurs saisi ⟦vendredi|D⟧ un tribunal de ⟦Moscou|L⟧ pour obtenir ⟦18{NBSP}200{NBSP}milliards de roubles|Q:money|18200000000000|RUB|0⟧ (près de ⟦200{NBSP}milliards d'euros|Q:money|200000000000|EUR|1⟧) de dommages et intérêts de la part de la société ⟦belge|N⟧.

La présidente de la ⟦Commission|O|Commission européenne⟧, ⟦Ursula von der Leyen|P⟧, juge au contraire le dispositif «{NBSP}juridiquement solide{NBSP}» et rappelle que l'⟦Ukraine|L⟧ ne devra rembourser le prêt que si la ⟦Russie|L⟧ lui verse des réparations. Elle a reçu le soutien de l'⟦Allemagne|L⟧ de ⟦Friedrich Merz|P⟧ de la ⟦Finlande|L⟧ et des ⟦Pays-Bas|L⟧. La ⟦France|L⟧ et l'⟦Italie|L⟧ se montrent plus prudentes. L'option de rechange, un emprunt commun garanti par le budget ⟦européen|N⟧, se heurte quant à elle au veto annoncé de la ⟦Hongrie|L⟧ de ⟦Viktor Orban|P⟧, qui requiert l'unanimité.

«{NBSP}Nous ne quitterons pas ⟦Bruxelles|L⟧ sans une solution pour l'⟦Ukraine|L⟧{NBSP}», a assuré le président du ⟦Conseil européen|O⟧, ⟦António Costa|P⟧. Les discussions doivent commencer à ⟦10h|D⟧ et pourraient se prolonger ⟦vendredi|D⟧. Le président ⟦ukrainien|N⟧, ⟦Volodymyr Zelensky|P⟧, doit s'adresser aux dirigeants en début de sommet.

Pour ⟦Katrin Lindqvist|P⟧, experte au centre de réflexion ⟦Bruegel|O⟧, l'enjeu dépasse l'⟦Ukraine|L⟧ : «{NBSP}Si les ⟦Européens|N⟧ échouent, ils montreront qu'ils ne sont pas capables de financer seuls leur propre sécurité{NBSP}». Dans un sondage Eurobaromètre publié en ⟦novembre|D⟧, ⟦68{NBSP}%|Q:percent|68|%|0⟧ des citoyens de l'⟦UE|O|Union européenne⟧ étaient favorables au soutien financier à ⟦Kiev|L⟧.

Avec notre correspondant à ⟦Bruxelles|L⟧
===ATTR===
according-to | Commission européenne | Commission européenne | Selon | les besoins de financement de Kiev atteindront 135,7 milliards d'euros sur deux ans
indirect | Fonds monétaire international | Fonds monétaire international | a prévenu | Sans argent frais, l'Etat ukrainien pourrait se retrouver à court de liquidités dès avril
mixed | Bart De Wever | Bart De Wever | exige | les risques juridiques et financiers soient « entièrement partagés » entre les Etats membres
direct | il | Bart De Wever | a-t-il répété | Nous ne sommes pas contre l'idée. Mais je ne veux pas que la Belgique se retrouve seule à payer si Moscou gagne devant un tribunal
mixed | Valérie Urbain | Valérie Urbain | a averti | l'opération pourrait être perçue comme une « confiscation » par les investisseurs étrangers, en particulier en Asie et dans le Golfe
mixed | Ursula von der Leyen | Ursula von der Leyen | juge | le dispositif « juridiquement solide »
indirect | Ursula von der Leyen | Ursula von der Leyen | rappelle | l'Ukraine ne devra rembourser le prêt que si la Russie lui verse des réparations
direct | António Costa | António Costa | a assuré | Nous ne quitterons pas Bruxelles sans une solution pour l'Ukraine
according-to | Katrin Lindqvist | Katrin Lindqvist | Pour | l'enjeu dépasse l'Ukraine : « Si les Européens échouent, ils montreront qu'ils ne sont pas capables de financer seuls leur propre sécurité »
