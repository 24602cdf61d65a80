⟦Sahel|L⟧ : au ⟦Mali|L⟧, l’armée reprend ⟦Kidal|L⟧, ⟦des milliers|Q:count|1000||1⟧ de civils sur les routes de l’exil

⟦Bamako|L⟧, ⟦16 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – L’⟦armée malienne|O|Forces armées maliennes⟧ a pris ⟦mardi|D⟧ le contrôle de ⟦Kidal|L⟧, bastion historique des rebelles ⟦touareg|N⟧ dans le nord du pays, a annoncé le chef de la junte au pouvoir, le colonel ⟦Assimi Goïta|P|Assimi Goïta⟧. « Notre mission n’est pas achevée », a-t-il déclaré dans un message lu à la télévision d’État ⟦ORTM|O|Office de radiodiffusion télévision du Mali⟧.

Les soldats ⟦maliens|N⟧ ont été appuyés par des combattants du groupe paramilitaire ⟦russe|N⟧ ⟦Wagner|O|Groupe Wagner⟧, en cours d’intégration dans l’⟦Africa Corps|O⟧, placé sous la tutelle du ⟦ministère russe de la Défense|O⟧, selon plusieurs sources sécuritaires.

Un porte-parole du ⟦Cadre stratégique permanent|O⟧ (⟦CSP|O|Cadre stratégique permanent⟧), coalition de groupes armés à dominante ⟦touareg|N⟧, ⟦Mohamed Elmaouloud Ramadane|P|Mohamed Elmaouloud Ramadane⟧, a affirmé à l’⟦AFP|O|Agence France-Presse⟧ que des frappes de drones avaient tué « ⟦des dizaines|Q:count|10||1⟧ de civils » ⟦ces derniers jours|D⟧. Les autorités de ⟦Bamako|L⟧ n’ont pas commenté ces accusations.

Selon le ⟦Haut-Commissariat des Nations unies pour les réfugiés|O⟧ (⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧), ⟦des milliers|Q:count|1000||1⟧ de personnes ont fui vers l’⟦Algérie|L⟧ et la ⟦Mauritanie|L⟧ depuis ⟦début octobre|D⟧. Le ⟦Sahel central|L⟧ compte désormais près de ⟦2,5 millions|Q:count|2500000||1⟧ de déplacés internes, dont plus de ⟦375{NNBSP}000|Q:count|375000||1⟧ au ⟦Mali|L⟧, a précisé l’agence, qui dit n’avoir reçu que ⟦32{NNBSP}%|Q:percent|32|%|0⟧ des ⟦422 millions de dollars|Q:money|422000000|USD|0⟧ demandés pour la région.

« Les gens partent avec ce qu’ils peuvent porter, raconte un travailleur humanitaire joint par téléphone à ⟦Bassikounou|L⟧, en ⟦Mauritanie|L⟧. Certains ont marché ⟦cinq jours|Q:duration|5|day|0⟧ dans le désert. »

D’après l’ONG ⟦Acled|O|Armed Conflict Location & Event Data Project⟧, les violences ont fait plus de ⟦4{NNBSP}000|Q:count|4000||1⟧ morts au ⟦Mali|L⟧ depuis ⟦janvier|D⟧, soit une hausse de ⟦38{NNBSP}%|Q:percent|38|%|0⟧ par rapport à ⟦2022|D⟧.

Au ⟦Niger|L⟧ voisin, où les militaires ont renversé le président ⟦Mohamed Bazoum|P|Mohamed Bazoum⟧ en ⟦juillet|D⟧, le régime du général ⟦Abdourahamane Tiani|P|Abdourahamane Tiani⟧ a obtenu le départ des quelque ⟦1{NNBSP}500|Q:count|1500||1⟧ soldats ⟦français|N⟧ stationnés dans le pays. « La ⟦France|L⟧ n’a plus sa place au ⟦Sahel|L⟧ », a martelé le Premier ministre ⟦nigérien|N⟧, ⟦Ali Mahaman Lamine Zeine|P|Ali Mahaman Lamine Zeine⟧, cité par la télévision publique ⟦Télé Sahel|O⟧. Le retrait de l’ancienne puissance coloniale a ouvert la voie à une « ère ⟦russe|N⟧ » dans la région.

===ATTR===
indirect | Assimi Goïta | Assimi Goïta | a annoncé | L’armée malienne a pris mardi le contrôle de Kidal, bastion historique des rebelles touareg dans le nord du pays
direct | il | Assimi Goïta | a-t-il déclaré | Notre mission n’est pas achevée
according-to | sources sécuritaires | sources sécuritaires (non nommées) | selon | Les soldats maliens ont été appuyés par des combattants du groupe paramilitaire russe Wagner, en cours d’intégration dans l’Africa Corps, placé sous la tutelle du ministère russe de la Défense
mixed | Mohamed Elmaouloud Ramadane | Mohamed Elmaouloud Ramadane | a affirmé | des frappes de drones avaient tué « des dizaines de civils » ces derniers jours
according-to | Haut-Commissariat des Nations unies pour les réfugiés | Haut-Commissariat des Nations unies pour les réfugiés | Selon | des milliers de personnes ont fui vers l’Algérie et la Mauritanie depuis début octobre
indirect | agence | Haut-Commissariat des Nations unies pour les réfugiés | a précisé | Le Sahel central compte désormais près de 2,5 millions de déplacés internes, dont plus de 375 000 au Mali
indirect | qui | Haut-Commissariat des Nations unies pour les réfugiés | dit | n’avoir reçu que 32 % des 422 millions de dollars demandés pour la région
direct | travailleur humanitaire | travailleur humanitaire (non nommé) | raconte | Les gens partent avec ce qu’ils peuvent porter, raconte un travailleur humanitaire joint par téléphone à Bassikounou, en Mauritanie. Certains ont marché cinq jours dans le désert.
according-to | Acled | Armed Conflict Location & Event Data Project | D’après | les violences ont fait plus de 4 000 morts au Mali depuis janvier, soit une hausse de 38 % par rapport à 2022
direct | Ali Mahaman Lamine Zeine | Ali Mahaman Lamine Zeine | a martelé | La France n’a plus sa place au Sahel
according-to | Télé Sahel | Télé Sahel | cité par | La France n’a plus sa place au Sahel
