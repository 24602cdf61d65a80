Emplois fictifs : l'ancien député ⟦Gilles Rouvière|P⟧ condamné à ⟦cinq ans|Q:duration|5|year|0⟧ d'inéligibilité avec exécution provisoire

L'ancien député ⟦Les Républicains|O⟧ (⟦LR|O|Les Républicains⟧) de l'⟦Oise|L⟧ ⟦Gilles Rouvière|P⟧ a été condamné ⟦lundi|D⟧ par le ⟦tribunal correctionnel de Paris|O⟧ à ⟦trois ans|Q:duration|3|year|0⟧ d'emprisonnement, dont ⟦un an|Q:duration|1|year|0⟧ ferme aménageable sous bracelet électronique, ⟦50 000 euros|Q:money|50000|EUR|0⟧ d'amende et ⟦cinq ans|Q:duration|5|year|0⟧ d'inéligibilité assortis de l'exécution provisoire. Le tribunal l'a reconnu coupable de détournement de fonds publics pour avoir rémunéré, entre ⟦2012 et 2017|D⟧, ⟦deux|Q:count|2||0⟧ assistants parlementaires qui ne travaillaient pas pour lui.

La présidente de la 11e chambre, ⟦Anne-Sophie Meunier|P⟧, a estimé que l'élu avait «{NNBSP}sciemment{NNBSP}» utilisé l'enveloppe mise à sa disposition par l'⟦Assemblée nationale|O⟧ «{NNBSP}comme une cagnotte personnelle{NNBSP}». Le préjudice est évalué à ⟦412 000 euros|Q:money|412000|EUR|1⟧, que M. ⟦Rouvière|P|Gilles Rouvière⟧ devra rembourser avec son ex-épouse, elle-même condamnée à ⟦dix-huit mois|Q:duration|18|month|0⟧ avec sursis pour recel.

«{NNBSP}C'est un jugement d'une sévérité inouïe, qui me prive de tout mandat avant même que la justice ait dit son dernier mot{NNBSP}», a réagi ⟦Gilles Rouvière|P⟧ à la sortie de l'audience, vers ⟦13{NBSP}h{NBSP}30|D⟧. Son avocat, Me ⟦Laurent Cazalis|P⟧, a annoncé qu'il ferait appel «{NNBSP}dès ⟦demain|D⟧{NNBSP}» et qu'il saisirait le ⟦Conseil constitutionnel|O⟧ d'une question prioritaire de constitutionnalité sur l'exécution provisoire.

Le ⟦parquet national financier|O|Parquet national financier⟧ (⟦PNF|O|Parquet national financier⟧), qui avait requis ⟦quatre ans|Q:duration|4|year|0⟧ de prison dont ⟦deux ans|Q:duration|2|year|0⟧ ferme, ne s'est pas encore prononcé sur un éventuel appel. À l'audience, en ⟦septembre|D⟧, le procureur ⟦Hugo Varenne|P⟧ avait dénoncé «{NNBSP}un système organisé pendant ⟦cinq ans|Q:duration|5|year|0⟧{NNBSP}». Comme dans le dossier des assistants parlementaires du ⟦Rassemblement national|O⟧, jugé en ⟦mars 2025|D⟧, le tribunal a justifié l'exécution provisoire par «{NNBSP}le risque de récidive{NNBSP}» et «{NNBSP}le trouble à l'ordre public démocratique{NNBSP}».

Chez ⟦LR|O|Les Républicains⟧, la gêne est palpable. «{NNBSP}⟦Gilles|P|Gilles Rouvière⟧ a toujours été un élu de terrain. La justice doit passer, mais l'exécution provisoire pose un vrai problème démocratique{NNBSP}», a déclaré au ⟦Figaro|O|Le Figaro⟧ un cadre du parti, sous couvert d'anonymat. Le président des ⟦Républicains|O|Les Républicains⟧, ⟦Bruno Retailleau|P⟧, s'est refusé à tout commentaire.

À ⟦Beauvais|L⟧, où l'ancien député avait annoncé son intention de conduire une liste aux municipales de ⟦mars 2026|D⟧, ses soutiens dénoncent «{NNBSP}un acharnement{NNBSP}». «{NNBSP}On le condamne pour des faits vieux de ⟦dix ans|Q:duration|10|year|0⟧{NNBSP}», regrette ⟦Martine Delcourt|P⟧, ⟦68 ans|Q:duration|68|year|0⟧, adjointe au maire d'une commune voisine. Privé de ses droits civiques pendant ⟦cinq ans|Q:duration|5|year|0⟧, ⟦Gilles Rouvière|P⟧ ne pourra pas se présenter, sauf décision contraire de la ⟦cour d'appel de Paris|O⟧, qui devrait examiner le dossier d'ici à l'⟦automne 2026|D⟧.
===ATTR===
mixed | Anne-Sophie Meunier | Anne-Sophie Meunier | a estimé | l'élu avait « sciemment » utilisé l'enveloppe mise à sa disposition par l'Assemblée nationale « comme une cagnotte personnelle »
direct | Gilles Rouvière#3 | Gilles Rouvière | a réagi | C'est un jugement d'une sévérité inouïe, qui me prive de tout mandat avant même que la justice ait dit son dernier mot
mixed | Laurent Cazalis | Laurent Cazalis | a annoncé#1 | il ferait appel « dès demain » et qu'il saisirait le Conseil constitutionnel d'une question prioritaire de constitutionnalité sur l'exécution provisoire
indirect | qui | Parquet national financier | avait requis | quatre ans de prison dont deux ans ferme
direct | Hugo Varenne | Hugo Varenne | avait dénoncé | un système organisé pendant cinq ans
mixed | tribunal#3 | tribunal correctionnel de Paris | a justifié | l'exécution provisoire par « le risque de récidive » et « le trouble à l'ordre public démocratique »
direct | cadre | cadre de LR (non nommé) | a déclaré | Gilles a toujours été un élu de terrain. La justice doit passer, mais l'exécution provisoire pose un vrai problème démocratique
indirect | ancien député#3 | Gilles Rouvière | avait annoncé | son intention de conduire une liste aux municipales de mars 2026
direct | soutiens | soutiens de Gilles Rouvière (non nommé) | dénoncent | un acharnement
direct | Martine Delcourt | Martine Delcourt | regrette | On le condamne pour des faits vieux de dix ans
