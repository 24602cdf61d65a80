Réseaux sociaux interdits aux moins de ⟦15 ans|Q:duration|15|year|1⟧ : l'⟦Assemblée nationale|O⟧ adopte le texte en première lecture

⟦Paris|L⟧, ⟦28 janvier|D⟧ (⟦AFP|O|Agence France-Presse⟧) - L'⟦Assemblée nationale|O⟧ a adopté dans ⟦la nuit de mardi à mercredi|D⟧, par ⟦312|Q:count|312||0⟧ voix contre ⟦187|Q:count|187||0⟧, une proposition de loi qui interdit l'inscription sur les réseaux sociaux aux moins de ⟦15 ans|Q:duration|15|year|1⟧ et impose aux plateformes de vérifier l'âge de leurs utilisateurs. Le vote, intervenu peu après ⟦1h15|D⟧, a réuni les voix du bloc central, du ⟦Rassemblement national|O⟧ (⟦RN|O|Rassemblement national⟧) et des ⟦Républicains|O|Les Républicains⟧ (⟦LR|O|Les Républicains⟧), tandis que ⟦La France insoumise|O⟧ (⟦LFI|O|La France insoumise⟧) et les écologistes ont voté contre. Sur ⟦521|Q:count|521||0⟧ votants, ⟦22|Q:count|22||0⟧ se sont abstenus.

Porté par la députée ⟦Renaissance|O⟧ des ⟦Hauts-de-Seine|L⟧ ⟦Lucie Fontanel|P⟧, le texte prévoit une amende pouvant atteindre ⟦1{NBSP}%|Q:percent|1|%|1⟧ du chiffre d'affaires mondial des plateformes qui ne respecteraient pas l'interdiction. Il doit entrer en vigueur le ⟦1er septembre 2027|D⟧, sous le contrôle de l'⟦Autorité de régulation de la communication audiovisuelle et numérique|O⟧ (⟦Arcom|O|Autorité de régulation de la communication audiovisuelle et numérique⟧).

«{NBSP}C'est une loi de protection, pas une loi de censure. Nos enfants ne sont pas des produits{NBSP}», a lancé Mme ⟦Fontanel|P|Lucie Fontanel⟧ à la tribune. Selon une enquête de l'⟦Arcom|O|Autorité de régulation de la communication audiovisuelle et numérique⟧ publiée en ⟦juin|D⟧, ⟦58{NBSP}%|Q:percent|58|%|0⟧ des ⟦11 à 14 ans|Q:duration|11~14|year|1⟧ disposent déjà d'un compte sur ⟦TikTok|O⟧, ⟦Instagram|O⟧ ou ⟦Snapchat|O⟧, alors que l'âge minimal fixé par ces plateformes est de ⟦13 ans|Q:duration|13|year|0⟧.

La ministre déléguée chargée du Numérique, ⟦Élodie Varenne|P⟧, a assuré que le dispositif était «{NBSP}compatible avec le droit ⟦européen|N⟧{NBSP}», alors que la ⟦Commission européenne|O⟧ avait émis des réserves sur une première version du texte en ⟦2023|D⟧. «{NBSP}Nous avons travaillé main dans la main avec ⟦Bruxelles|L⟧{NBSP}», a-t-elle ajouté.

À gauche, le député ⟦LFI|O|La France insoumise⟧ de ⟦Seine-Saint-Denis|L⟧ ⟦Mathis Carrère|P⟧ a dénoncé une «{NBSP}loi d'affichage{NBSP}» qui «{NBSP}ne s'attaque pas au modèle économique des plateformes{NBSP}». «{NBSP}Vous voulez contrôler l'identité de ⟦millions|Q:count|1000000||1⟧ de ⟦Français|N⟧ sans rien changer aux algorithmes{NBSP}», a-t-il lancé à l'adresse du gouvernement.

Le ⟦RN|O|Rassemblement national⟧, qui avait déposé un texte similaire en ⟦2024|D⟧, a voté pour. «{NBSP}On ne va pas bouder une mesure de bon sens parce qu'elle vient de la majorité{NBSP}», a justifié son orateur, ⟦Thibault Rocher|P⟧, député de l'⟦Aisne|L⟧. Pour les ⟦Républicains|O|Les Républicains⟧, ⟦Pierre-Yves Gadal|P⟧ a résumé la position de son groupe : «{NBSP}Le texte n'est pas parfait, mais l'urgence est là{NBSP}».

Chez les socialistes, ⟦16|Q:count|16||0⟧ députés ont voté pour, ⟦21|Q:count|21||0⟧ contre et ⟦quatre|Q:count|4||0⟧ se sont abstenus, d'après l'analyse du scrutin publiée ⟦mercredi|D⟧ par l'⟦Assemblée|O|Assemblée nationale⟧. «{NBSP}Interdire sans éduquer, c'est inutile{NBSP}», a regretté la députée ⟦Nadia Benamar|P⟧, qui s'est abstenue.

Le texte doit désormais être examiné par le ⟦Sénat|O⟧, où la droite est majoritaire, probablement en ⟦mars|D⟧. ⟦Matignon|O⟧ a fait savoir que le Premier ministre souhaitait une adoption définitive avant ⟦l'été|D⟧. La constitutionnaliste ⟦Anne-Sophie Lemaire|P⟧, professeure à l'⟦université Paris 1 Panthéon-Sorbonne|O⟧, estime toutefois que l'obligation de vérification de l'âge pourrait être censurée par le ⟦Conseil constitutionnel|O⟧ au nom de la protection de la vie privée.

===ATTR===
direct | Fontanel | Lucie Fontanel | a lancé | C'est une loi de protection, pas une loi de censure. Nos enfants ne sont pas des produits
according-to | Arcom#2 | Autorité de régulation de la communication audiovisuelle et numérique | Selon | 58 % des 11 à 14 ans disposent déjà d'un compte sur TikTok, Instagram ou Snapchat, alors que l'âge minimal fixé par ces plateformes est de 13 ans
mixed | Élodie Varenne | Élodie Varenne | a assuré | le dispositif était « compatible avec le droit européen »
direct | elle | Élodie Varenne | a-t-elle ajouté | Nous avons travaillé main dans la main avec Bruxelles
mixed | Mathis Carrère | Mathis Carrère | a dénoncé | une « loi d'affichage » qui « ne s'attaque pas au modèle économique des plateformes »
direct | il | Mathis Carrère | a-t-il lancé | Vous voulez contrôler l'identité de millions de Français sans rien changer aux algorithmes
direct | Thibault Rocher | Thibault Rocher | a justifié | On ne va pas bouder une mesure de bon sens parce qu'elle vient de la majorité
direct | Pierre-Yves Gadal | Pierre-Yves Gadal | a résumé | Le texte n'est pas parfait, mais l'urgence est là
according-to | Assemblée#3 | Assemblée nationale | d'après | Chez les socialistes, 16 députés ont voté pour, 21 contre et quatre se sont abstenus
direct | Nadia Benamar | Nadia Benamar | a regretté | Interdire sans éduquer, c'est inutile
indirect | Matignon | Matignon | a fait savoir | le Premier ministre souhaitait une adoption définitive avant l'été
indirect | Anne-Sophie Lemaire | Anne-Sophie Lemaire | estime | l'obligation de vérification de l'âge pourrait être censurée par le Conseil constitutionnel au nom de la protection de la vie privée
