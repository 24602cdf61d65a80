⟦Vietnam|L⟧ : ⟦Hanoï|L⟧ arrache un accord commercial à ⟦Washington|L⟧, les droits de douane ramenés à ⟦20%|Q:percent|20|%|0⟧

⟦Hanoï|L⟧, ⟦3 juillet|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le ⟦Vietnam|L⟧ et les ⟦États-Unis|L⟧ sont parvenus à un accord commercial qui ramène à ⟦20%|Q:percent|20|%|0⟧ les droits de douane sur les produits ⟦vietnamiens|N⟧, contre ⟦46%|Q:percent|46|%|0⟧ annoncés ⟦début avril|D⟧, a annoncé ⟦mercredi|D⟧ le président ⟦américain|N⟧ ⟦Donald Trump|P⟧ sur son réseau ⟦Truth Social|O⟧. Les marchandises transitant par le ⟦Vietnam|L⟧ depuis des pays tiers, soupçonnées d'être d'origine ⟦chinoise|N⟧, seront taxées à ⟦40%|Q:percent|40|%|0⟧, a-t-il précisé.

Le secrétaire général du ⟦Parti communiste vietnamien|O⟧, ⟦Tô Lâm|P⟧, qui s'était entretenu au téléphone avec M. ⟦Trump|P|Donald Trump⟧ quelques heures plus tôt, a salué un accord « mutuellement bénéfique », selon l'⟦Agence vietnamienne d'information|O⟧ (⟦AVI|O|Agence vietnamienne d'information⟧). En contrepartie, les produits ⟦américains|N⟧ entreront sans droits de douane sur le marché ⟦vietnamien|N⟧.

Les ⟦États-Unis|L⟧ sont le premier débouché du ⟦Vietnam|L⟧, qui y a vendu ⟦l'an dernier|D⟧ pour ⟦136,6 milliards de dollars|Q:money|136600000000|USD|0⟧ de biens, près de ⟦30%|Q:percent|30|%|1⟧ de ses exportations. L'excédent commercial ⟦vietnamien|N⟧ vis-à-vis des ⟦États-Unis|L⟧ a atteint ⟦123,5 milliards de dollars|Q:money|123500000000|USD|0⟧ en ⟦2024|D⟧, le troisième plus élevé après ceux de la ⟦Chine|L⟧ et du ⟦Mexique|L⟧, selon le ⟦département américain du Commerce|O|Département du Commerce des États-Unis⟧.

« C'est un soulagement. A ⟦46%|Q:percent|46|%|0⟧, ⟦des milliers|Q:count|1000||1⟧ d'usines auraient fermé et ⟦des centaines de milliers|Q:count|100000||1⟧ d'emplois auraient disparu », a déclaré à l'⟦AFP|O|Agence France-Presse⟧ ⟦Lê Quang Vinh|P⟧, vice-président de l'⟦Association vietnamienne du textile et de l'habillement|O⟧ (⟦Vitas|O|Association vietnamienne du textile et de l'habillement⟧), à ⟦Hô Chi Minh-Ville|L⟧. Le secteur, qui emploie près de ⟦3 millions|Q:count|3000000||1⟧ de personnes, a exporté pour ⟦44 milliards de dollars|Q:money|44000000000|USD|0⟧ en ⟦2024|D⟧, a-t-il ajouté.

Le pays est devenu un atelier majeur de l'électronique et de la chaussure : le ⟦sud-coréen|N⟧ ⟦Samsung Electronics|O⟧ y assemble environ la moitié de ses smartphones, et l'⟦américain|N⟧ ⟦Nike|O⟧ la moitié de ses chaussures.

Le Premier ministre ⟦Phạm Minh Chính|P⟧ a demandé aux ministères de « renforcer les contrôles sur l'origine des marchandises » pour éviter que le pays ne serve de plateforme de contournement aux exportateurs ⟦chinois|N⟧. Un responsable du ⟦ministère de l'Industrie et du Commerce|O|ministère vietnamien de l'Industrie et du Commerce⟧, s'exprimant sous couvert d'anonymat, a reconnu que de nombreux points restaient à préciser, notamment la définition des règles d'origine et le calendrier d'application.

⟦Pékin|L⟧ a prévenu qu'il « s'opposerait fermement » à tout accord conclu « aux dépens des intérêts ⟦chinois|N⟧ ». Lors d'un point de presse ⟦jeudi|D⟧, un porte-parole du ⟦ministère chinois du Commerce|O⟧, ⟦He Yadong|P⟧, a appelé ⟦Washington|L⟧ à « respecter les règles du commerce multilatéral ».

La croissance du produit intérieur brut ⟦vietnamien|N⟧ a atteint ⟦7,52%|Q:percent|7.52|%|0⟧ au ⟦premier semestre|D⟧, selon l'⟦Office général des statistiques|O⟧ (⟦GSO|O|Office général des statistiques⟧), et le gouvernement vise au moins ⟦8%|Q:percent|8|%|1⟧ sur l'ensemble de l'année. Le dong s'échangeait ⟦jeudi|D⟧ à ⟦26 140 dongs|Q:money|26140|VND|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, près de son plus bas historique.

« Le chiffre de ⟦20%|Q:percent|20|%|0⟧ reste élevé, mais il place le ⟦Vietnam|L⟧ dans une position comparable à celle de ses concurrents comme l'⟦Indonésie|L⟧ ou le ⟦Bangladesh|L⟧ », estime ⟦Đặng Thu Trang|P⟧, économiste à la banque ⟦HSBC|O⟧ à ⟦Singapour|L⟧. Selon Mme ⟦Trang|P|Đặng Thu Trang⟧, les exportations vers les ⟦États-Unis|L⟧ pourraient néanmoins ralentir de ⟦5 à 10%|Q:percent|5~10|%|1⟧ au ⟦second semestre|D⟧.

===ATTR===
indirect | Donald Trump | Donald Trump | a annoncé | Le Vietnam et les États-Unis sont parvenus à un accord commercial qui ramène à 20% les droits de douane sur les produits vietnamiens, contre 46% annoncés début avril
indirect | il | Donald Trump | a-t-il précisé | Les marchandises transitant par le Vietnam depuis des pays tiers, soupçonnées d'être d'origine chinoise, seront taxées à 40%
mixed | Tô Lâm | Tô Lâm | a salué | un accord « mutuellement bénéfique »
according-to | Agence vietnamienne d'information | Agence vietnamienne d'information | selon | Le secrétaire général du Parti communiste vietnamien, Tô Lâm, qui s'était entretenu au téléphone avec M. Trump quelques heures plus tôt, a salué un accord « mutuellement bénéfique »
according-to | département américain du Commerce | Département du Commerce des États-Unis | selon | L'excédent commercial vietnamien vis-à-vis des États-Unis a atteint 123,5 milliards de dollars en 2024, le troisième plus élevé après ceux de la Chine et du Mexique
direct | Lê Quang Vinh | Lê Quang Vinh | a déclaré | C'est un soulagement. A 46%, des milliers d'usines auraient fermé et des centaines de milliers d'emplois auraient disparu
indirect | il | Lê Quang Vinh | a-t-il ajouté | Le secteur, qui emploie près de 3 millions de personnes, a exporté pour 44 milliards de dollars en 2024
mixed | Phạm Minh Chính | Phạm Minh Chính | a demandé | aux ministères de « renforcer les contrôles sur l'origine des marchandises » pour éviter que le pays ne serve de plateforme de contournement aux exportateurs chinois
indirect | responsable du ministère de l'Industrie et du Commerce | responsable du ministère vietnamien de l'Industrie et du Commerce (non nommé) | a reconnu | de nombreux points restaient à préciser, notamment la définition des règles d'origine et le calendrier d'application
mixed | Pékin | Chine | a prévenu | il « s'opposerait fermement » à tout accord conclu « aux dépens des intérêts chinois »
mixed | He Yadong | He Yadong | a appelé | Washington à « respecter les règles du commerce multilatéral »
according-to | Office général des statistiques | Office général des statistiques | selon | La croissance du produit intérieur brut vietnamien a atteint 7,52% au premier semestre
direct | Đặng Thu Trang | Đặng Thu Trang | estime | Le chiffre de 20% reste élevé, mais il place le Vietnam dans une position comparable à celle de ses concurrents comme l'Indonésie ou le Bangladesh
according-to | Trang | Đặng Thu Trang | Selon | les exportations vers les États-Unis pourraient néanmoins ralentir de 5 à 10% au second semestre
