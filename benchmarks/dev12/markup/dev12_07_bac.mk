Baccalauréat : ⟦85,9{NBSP}%|Q:percent|85.9|%|0⟧ de reçus avant le rattrapage, un taux en légère hausse

Les résultats ont été mis en ligne ⟦vendredi 3 juillet|D⟧ à ⟦10 heures|D⟧. Sur les quelque ⟦742{NBSP}000|Q:count|742000||1⟧ candidats qui ont passé le baccalauréat ⟦cette année|D⟧, ⟦85,9{NBSP}%|Q:percent|85.9|%|0⟧ ont été admis dès le premier groupe d'épreuves, soit ⟦0,5|Q:count|0.5||0⟧ point de plus qu'en ⟦2025|D⟧, a annoncé le ⟦ministère de l'Education nationale|O|ministère de l'Éducation nationale⟧. Dans la voie générale, le taux atteint ⟦91,4{NBSP}%|Q:percent|91.4|%|0⟧, contre ⟦80,2{NBSP}%|Q:percent|80.2|%|0⟧ dans la voie technologique et ⟦77,6{NBSP}%|Q:percent|77.6|%|0⟧ dans la voie professionnelle.

Les candidats ajournés qui ont obtenu entre ⟦8 et 10|Q:count|8~10||1⟧ de moyenne, soit environ ⟦64{NBSP}000|Q:count|64000||1⟧ élèves, peuvent tenter leur chance aux épreuves du second groupe, organisées du ⟦6 au 9 juillet|D⟧. Les résultats définitifs seront publiés le ⟦10 juillet|D⟧.

«{NNBSP}Ces résultats saluent le travail des élèves et de leurs professeurs, dans une année marquée par la première épreuve anticipée de mathématiques{NNBSP}», s'est félicité le ministre de l'Education nationale, ⟦Edouard Geffray|P|Édouard Geffray⟧, en visite dans un lycée de ⟦Vitré|L⟧ (⟦Ille-et-Vilaine|L⟧). Passée le ⟦12 juin|D⟧ par près de ⟦560{NBSP}000|Q:count|560000||1⟧ élèves de première, cette nouvelle épreuve de ⟦deux heures|Q:duration|2|hour|0⟧ a suscité des critiques. Le ⟦SNES-FSU|O⟧, premier syndicat des enseignants du secondaire, dénonce «{NNBSP}une réforme bâclée, appliquée sans moyens supplémentaires{NNBSP}» et réclame un bilan «{NNBSP}transparent{NNBSP}» avant ⟦la rentrée|D⟧. Le ministère a par ailleurs recensé ⟦312|Q:count|312||0⟧ suspicions de fraude, liées pour la plupart à l'usage de téléphones ou d'outils d'intelligence artificielle, contre ⟦287|Q:count|287||0⟧ ⟦l'an dernier|D⟧.

La mention très bien a été décernée à ⟦14,2{NBSP}%|Q:percent|14.2|%|0⟧ des bacheliers de la voie générale. Dans l'⟦académie de Rennes|O⟧, qui couvre les ⟦quatre|Q:count|4||0⟧ départements ⟦bretons|N⟧, le taux de réussite atteint ⟦88,7{NBSP}%|Q:percent|88.7|%|0⟧, l'un des plus élevés de ⟦France|L⟧, selon le rectorat.

Au ⟦lycée de l'Iroise|O⟧, à ⟦Brest|L⟧, les premiers cris de joie ont résonné dès ⟦10 h 05|D⟧ dans la cour, même si la plupart des élèves avaient découvert leurs notes sur leur téléphone. «{NNBSP}J'ai eu ⟦16,4|Q:count|16.4||0⟧ de moyenne, mention très bien. Je n'y croyais pas{NNBSP}», lâche ⟦Maëlys|P⟧, ⟦18 ans|Q:duration|18|year|0⟧, qui intégrera en ⟦septembre|D⟧ une classe préparatoire à ⟦Rennes|L⟧. Son camarade ⟦Ewen|P⟧ devra, lui, repasser ⟦deux|Q:count|2||0⟧ oraux ⟦lundi|D⟧. «{NNBSP}Il me manque ⟦onze|Q:count|11||0⟧ points, ça va le faire{NNBSP}», assure-t-il.

«{NNBSP}Notre taux, ⟦94{NBSP}%|Q:percent|94|%|0⟧, est stable, mais les élèves de la voie technologique ont davantage souffert du contrôle continu{NNBSP}», observe le proviseur, ⟦Hervé Quéré|P⟧, qui dirige l'établissement depuis ⟦six ans|Q:duration|6|year|0⟧.

Pour ceux qui poursuivent leurs études, l'attente n'est pas terminée. La phase principale de Parcoursup s'achève le ⟦11 juillet|D⟧ : ⟦mercredi|D⟧, environ ⟦92{NBSP}000|Q:count|92000||1⟧ candidats n'avaient encore reçu aucune proposition, selon le ⟦ministère de l'Enseignement supérieur|O|ministère de l'Enseignement supérieur et de la Recherche⟧.
===ATTR===
indirect | ministère de l'Education nationale | ministère de l'Éducation nationale | a annoncé | Sur les quelque 742 000 candidats qui ont passé le baccalauréat cette année, 85,9 % ont été admis dès le premier groupe d'épreuves, soit 0,5 point de plus qu'en 2025
direct | Edouard Geffray | Édouard Geffray | s'est félicité | Ces résultats saluent le travail des élèves et de leurs professeurs, dans une année marquée par la première épreuve anticipée de mathématiques
direct | SNES-FSU | SNES-FSU | dénonce | une réforme bâclée, appliquée sans moyens supplémentaires
mixed | SNES-FSU | SNES-FSU | réclame | un bilan « transparent » avant la rentrée
according-to | rectorat | rectorat de l'académie de Rennes | selon#1 | Dans l'académie de Rennes, qui couvre les quatre départements bretons, le taux de réussite atteint 88,7 %, l'un des plus élevés de France
direct | Maëlys | Maëlys | lâche | J'ai eu 16,4 de moyenne, mention très bien. Je n'y croyais pas
direct | il | Ewen | assure-t-il | Il me manque onze points, ça va le faire
direct | Hervé Quéré | Hervé Quéré | observe | Notre taux, 94 %, est stable, mais les élèves de la voie technologique ont davantage souffert du contrôle continu
according-to | ministère de l'Enseignement supérieur | ministère de l'Enseignement supérieur et de la Recherche | selon#2 | mercredi, environ 92 000 candidats n'avaient encore reçu aucune proposition
