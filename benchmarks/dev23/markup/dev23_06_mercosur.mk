⟦Mercosur|O⟧ : ⟦des milliers|Q:count|1000||1⟧ d'agriculteurs et ⟦800|Q:count|800||0⟧ tracteurs bloquent le quartier ⟦européen|N⟧ de ⟦Bruxelles|L⟧

Ils étaient ⟦10.000|Q:count|10000||0⟧ selon la police, ⟦15.000|Q:count|15000||0⟧ selon les organisateurs. Venus de ⟦Belgique|L⟧, de ⟦France|L⟧, d'⟦Irlande|L⟧ ou de ⟦Pologne|L⟧, des agriculteurs ont manifesté ⟦ce jeudi|D⟧ à ⟦Bruxelles|L⟧ contre l'accord de libre-échange entre l'⟦Union européenne|O⟧ et le ⟦Mercosur|O⟧, au moment où les ⟦27|Q:count|27||0⟧ chefs d'Etat et de gouvernement se réunissaient en sommet. Quelque ⟦800|Q:count|800||1⟧ tracteurs ont bloqué dès ⟦6h|D⟧ les abords du ⟦rond-point Schuman|L⟧ et la ⟦rue de la Loi|L⟧.

Vers ⟦14h30|D⟧, des heurts ont éclaté lorsque des manifestants ont lancé des œufs et des pétards sur les policiers, qui ont répliqué avec des canons à eau. La ⟦police de Bruxelles-Capitale-Ixelles|O⟧ a fait état de ⟦deux|Q:count|2||0⟧ policiers légèrement blessés et de ⟦onze|Q:count|11||0⟧ arrestations administratives.

L'accord, négocié pendant plus de ⟦vingt-cinq ans|Q:duration|25|year|1⟧ avec le ⟦Brésil|L⟧, l'⟦Argentine|L⟧, l'⟦Uruguay|L⟧ et le ⟦Paraguay|L⟧, ouvrirait le marché ⟦européen|N⟧ à ⟦99.000 tonnes|Q:measure|99000|t|0⟧ de viande bovine ⟦sud-américaine|N⟧ par an à droits réduits, ainsi qu'à ⟦180.000 tonnes|Q:measure|180000|t|0⟧ de volaille. «{NNBSP}On nous impose des normes qu'on n'impose pas à nos concurrents. C'est de la concurrence déloyale{NNBSP}», a lancé à la tribune le président de la ⟦FNSEA|O|Fédération nationale des syndicats d'exploitants agricoles⟧, ⟦Arnaud Rousseau|P⟧, venu avec un car de ⟦50|Q:count|50||0⟧ éleveurs de la ⟦Marne|L⟧.

La ⟦Commission européenne|O⟧ fait valoir que l'accord supprimerait des droits de douane de plus de ⟦4 milliards d'euros|Q:money|4000000000|EUR|1⟧ par an pour les exportateurs ⟦européens|N⟧ et a proposé ⟦mardi|D⟧ une clause de sauvegarde renforcée, permettant de suspendre les préférences tarifaires si les importations d'un produit augmentent de plus de ⟦10{NNBSP}%|Q:percent|10|%|1⟧. Insuffisant, répondent les syndicats. «{NNBSP}Une clause de sauvegarde, ça arrive toujours trop tard, quand les prix se sont déjà effondrés{NNBSP}», estime ⟦Marianne Streel|P⟧, présidente de l'⟦Union des agricultrices wallonnes|O⟧.

En ⟦France|L⟧, des rassemblements ont également eu lieu devant ⟦une quarantaine|Q:count|40||1⟧ de préfectures, selon le ⟦ministère de l'Intérieur|O|ministère français de l'Intérieur⟧. À ⟦Rodez|L⟧, ⟦une centaine|Q:count|100||1⟧ d'éleveurs ont déversé du fumier devant la ⟦préfecture de l'Aveyron|O⟧. «{NNBSP}Un taurillon se vend ⟦4,90 euros|Q:money|4.9|EUR|0⟧ le kilo. Avec les importations, on descendra sous les ⟦4 euros|Q:money|4|EUR|1⟧{NNBSP}», calcule ⟦Jérôme Bouscaren|P⟧, ⟦47 ans|Q:duration|47|year|0⟧, qui élève ⟦120|Q:count|120||0⟧ vaches limousines près d'⟦Espalion|L⟧.

La ⟦France|L⟧ a jusqu'ici fait savoir qu'elle ne voterait pas le texte en l'état, tout comme la ⟦Pologne|L⟧. Pour bloquer l'accord, il faudrait réunir au moins ⟦quatre|Q:count|4||1⟧ Etats représentant ⟦35{NNBSP}%|Q:percent|35|%|0⟧ de la population de l'⟦UE|O|Union européenne⟧. Le gouvernement ⟦belge|N⟧, lui, s'abstiendra, a indiqué le cabinet du Premier ministre ⟦Bart De Wever|P⟧, faute d'accord entre la ⟦Flandre|L⟧ et la ⟦Wallonie|L⟧.

La présidente de la ⟦Commission|O|Commission européenne⟧, ⟦Ursula von der Leyen|P⟧, espère signer l'accord ⟦samedi|D⟧ au ⟦Brésil|L⟧, lors du sommet du ⟦Mercosur|O⟧ à ⟦Foz do Iguaçu|L⟧. Les syndicats agricoles ont d'ores et déjà annoncé une nouvelle mobilisation en ⟦janvier|D⟧, lors du vote au ⟦Parlement européen|O⟧.
===ATTR===
according-to | police | police (non nommé) | selon | Ils étaient 10.000
according-to | organisateurs | organisateurs (non nommé) | selon | 15.000
indirect | police#2 | police de Bruxelles-Capitale-Ixelles | a fait état | de deux policiers légèrement blessés et de onze arrestations administratives
direct | Arnaud Rousseau | Arnaud Rousseau | a lancé | On nous impose des normes qu'on n'impose pas à nos concurrents. C'est de la concurrence déloyale
indirect | Commission européenne | Commission européenne | fait valoir | l'accord supprimerait des droits de douane de plus de 4 milliards d'euros par an pour les exportateurs européens
indirect | syndicats#1 | syndicats agricoles (non nommé) | répondent | Insuffisant
direct | Marianne Streel | Marianne Streel | estime | Une clause de sauvegarde, ça arrive toujours trop tard, quand les prix se sont déjà effondrés
according-to | ministère de l'Intérieur | ministère français de l'Intérieur | selon | En France, des rassemblements ont également eu lieu devant une quarantaine de préfectures
direct | Jérôme Bouscaren | Jérôme Bouscaren | calcule | Un taurillon se vend 4,90 euros le kilo. Avec les importations, on descendra sous les 4 euros
indirect | France#3 | France | a jusqu'ici fait savoir | elle ne voterait pas le texte en l'état
indirect | cabinet | cabinet du Premier ministre belge (non nommé) | a indiqué | Le gouvernement belge, lui, s'abstiendra
indirect | syndicats#2 | syndicats agricoles (non nommé) | ont d'ores et déjà annoncé | une nouvelle mobilisation en janvier, lors du vote au Parlement européen
