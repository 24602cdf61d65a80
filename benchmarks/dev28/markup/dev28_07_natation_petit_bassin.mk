Natation : ⟦Inès Maréchal|P⟧ pulvérise le record de ⟦France|L⟧ du ⟦200 m|Q:measure|200|m|0⟧ quatre nages à ⟦Angers|L⟧

Elle a touché le mur, s’est retournée vers le tableau d’affichage et a mis un long moment à comprendre ce qu’elle venait de réaliser. En ⟦2 min 06 s 18|Q:duration|126.18|second|0⟧, ⟦Inès Maréchal|P⟧ a effacé ⟦samedi soir|D⟧ le record de ⟦France|L⟧ du ⟦200 m|Q:measure|200|m|0⟧ quatre nages en petit bassin, qui tenait depuis ⟦2019|D⟧, en l’améliorant de ⟦52 centièmes|Q:duration|0.52|second|0⟧. La nageuse de ⟦19 ans|Q:duration|19|year|0⟧, licenciée au ⟦Cercle des nageurs de Marseille|O⟧, a devancé sa camarade de club ⟦Lou Ferrari|P⟧ (⟦2 min 08 s 94|Q:duration|128.94|second|0⟧) et la ⟦Toulousaine|N⟧ ⟦Maëlys Roux|P⟧ (⟦2 min 09 s 30|Q:duration|129.3|second|0⟧).

«{NNBSP}Je savais que j’étais en forme, mais pas à ce point-là. Sur le dernier 50, je ne sentais plus mes jambes, j’ai nagé avec le cœur{NNBSP}», a déclaré la championne, encore essoufflée, au bord du bassin de la ⟦piscine Jean-Bouin|L⟧. «{NNBSP}Ce record, il est aussi pour mon entraîneur, qui a cru en moi quand je voulais arrêter{NNBSP}», a-t-elle ajouté.

Son entraîneur, ⟦Romain Castex|P⟧, ne cachait pas sa satisfaction. «{NNBSP}Elle a fait un bloc de ⟦six semaines|Q:duration|6|week|0⟧ en altitude à ⟦Font-Romeu|L⟧, avec jusqu’à ⟦70 kilomètres|Q:measure|70|km|1⟧ par semaine. On n’a rien changé à sa préparation pour ces championnats, on vise ⟦Berlin|L⟧ et ⟦l’été prochain|D⟧{NNBSP}», explique le technicien. Selon lui, sa nageuse peut encore gagner «{NNBSP}⟦une bonne seconde|Q:duration|1|second|1⟧{NNBSP}» sur la brasse.

Chez les hommes, le ⟦50 m|Q:measure|50|m|0⟧ nage libre a tenu ses promesses. ⟦Hugo Ladrière|P⟧, ⟦24 ans|Q:duration|24|year|0⟧, s’est imposé en ⟦20 s 91|Q:duration|20.91|second|0⟧, à ⟦7 centièmes|Q:duration|0.07|second|0⟧ seulement du ⟦Niçois|N⟧ ⟦Samy Benali|P⟧. Le sprinteur de ⟦Rennes|L⟧ a expliqué qu’il avait « raté son départ » mais que sa fin de course avait fait la différence. Sur ⟦400 m|Q:measure|400|m|0⟧ nage libre, le vétéran ⟦Antoine Delcourt|P⟧, ⟦31 ans|Q:duration|31|year|0⟧, a conservé son titre en ⟦3 min 41 s 27|Q:duration|221.27|second|0⟧, son cinquième sacre national après ceux de ⟦2020|D⟧, ⟦2021|D⟧, ⟦2023|D⟧ et ⟦2024|D⟧.

La ⟦Fédération française de natation|O⟧ (⟦FFN|O|Fédération française de natation⟧) avait fixé des minima exigeants pour les championnats continentaux en petit bassin : seuls ⟦11|Q:count|11||0⟧ nageurs les ont réalisés en ⟦quatre jours|Q:duration|4|day|0⟧ de compétition, contre ⟦14|Q:count|14||0⟧ ⟦l’an dernier|D⟧. D’après le directeur technique national, ⟦Stéphane Morvan|P⟧, la sélection définitive sera annoncée ⟦lundi|D⟧. Il a jugé le niveau «{NNBSP}encourageant, mais encore trop court chez les garçons{NNBSP}».

Le public a répondu présent : plus de ⟦6{NNBSP}200|Q:count|6200||1⟧ spectateurs ont assisté aux finales sur l’ensemble du week-end, soit une hausse de ⟦15%|Q:percent|15|%|0⟧, selon les organisateurs. Absent de ces championnats, ⟦Léon Marchand|P⟧ a suivi les courses depuis ⟦Austin|L⟧, où il s’entraîne, et a salué sur les réseaux sociaux « une immense performance » de sa cadette.

Les championnats se terminent ⟦dimanche|D⟧ avec les finales du ⟦800 m|Q:measure|800|m|0⟧ nage libre, dont la première série partira à ⟦17h45|D⟧. Les billets sont vendus ⟦12 euros|Q:money|12|EUR|0⟧.
===ATTR===
direct | championne | Inès Maréchal | a déclaré | Je savais que j’étais en forme, mais pas à ce point-là. Sur le dernier 50, je ne sentais plus mes jambes, j’ai nagé avec le cœur
direct | elle | Inès Maréchal | a-t-elle ajouté | Ce record, il est aussi pour mon entraîneur, qui a cru en moi quand je voulais arrêter
direct | technicien | Romain Castex | explique | Elle a fait un bloc de six semaines en altitude à Font-Romeu, avec jusqu’à 70 kilomètres par semaine. On n’a rien changé à sa préparation pour ces championnats, on vise Berlin et l’été prochain
according-to | lui | Romain Castex | Selon | sa nageuse peut encore gagner « une bonne seconde » sur la brasse
mixed | sprinteur | Hugo Ladrière | a expliqué | il avait « raté son départ » mais que sa fin de course avait fait la différence
according-to | Stéphane Morvan | Stéphane Morvan | D’après | la sélection définitive sera annoncée lundi
mixed | Il | Stéphane Morvan | a jugé | le niveau « encourageant, mais encore trop court chez les garçons »
according-to | organisateurs | organisateurs (non nommé) | selon | plus de 6 200 spectateurs ont assisté aux finales sur l’ensemble du week-end, soit une hausse de 15%
mixed | Léon Marchand | Léon Marchand | a salué | « une immense performance » de sa cadette
