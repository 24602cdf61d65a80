⟦Roumanie|L⟧ : le maire de ⟦Bucarest|L⟧ ⟦Nicușor Dan|P⟧ élu président face au nationaliste ⟦George Simion|P⟧

⟦Bucarest|L⟧, ⟦19 mai|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le maire centriste de ⟦Bucarest|L⟧, ⟦Nicușor Dan|P⟧, a remporté ⟦dimanche|D⟧ le second tour de l’élection présidentielle ⟦roumaine|N⟧ avec ⟦53,6{NNBSP}%|Q:percent|53.6|%|0⟧ des voix, devant le dirigeant d’extrême droite ⟦George Simion|P⟧ (⟦46,4{NNBSP}%|Q:percent|46.4|%|0⟧), selon le ⟦Bureau électoral central|O⟧ (⟦BEC|O|Bureau électoral central⟧), qui a publié ⟦lundi|D⟧ des résultats quasi définitifs.

La participation a atteint ⟦64,7{NNBSP}%|Q:percent|64.7|%|0⟧, du jamais-vu depuis ⟦1996|D⟧ : près de ⟦11,6 millions|Q:count|11600000||1⟧ d’électeurs se sont déplacés, soit environ ⟦deux millions|Q:count|2000000||1⟧ de plus qu’au premier tour du ⟦4 mai|D⟧. Dans la diaspora, qui compte entre ⟦4 et 5 millions|Q:count|4000000~5000000||1⟧ de ⟦Roumains|N⟧, M. ⟦Simion|P|George Simion⟧ est arrivé en tête avec plus de ⟦55{NNBSP}%|Q:percent|55|%|1⟧ des suffrages, tandis que les électeurs de ⟦Moldavie|L⟧ voisine, dont beaucoup ont la double nationalité, ont voté à ⟦88{NNBSP}%|Q:percent|88|%|0⟧ pour son adversaire.

«{NNBSP}Cette victoire est celle de tous les ⟦Roumains|N⟧ qui veulent une ⟦Roumanie|L⟧ honnête, ⟦européenne|N⟧ et normale{NNBSP}», a lancé ⟦dimanche soir|D⟧ le vainqueur devant ses partisans rassemblés ⟦place de l’Université|L⟧, vers ⟦23h00|D⟧. M. ⟦Dan|P|Nicușor Dan⟧, un mathématicien de formation entré en politique comme militant anticorruption, doit prêter serment le ⟦26 mai|D⟧ devant le ⟦Parlement|O|Parlement roumain⟧ pour un mandat de ⟦cinq ans|Q:duration|5|year|0⟧.

M. ⟦Simion|P|George Simion⟧ avait d’abord revendiqué la victoire sur la foi de sondages réalisés à la sortie des urnes, avant de reconnaître sa défaite dans une vidéo publiée sur ⟦Facebook|O⟧. «{NNBSP}J’accepte le verdict, mais notre combat ne s’arrête pas là{NNBSP}», a-t-il déclaré, annonçant que son parti, l’⟦Alliance pour l’unité des Roumains|O⟧ (⟦AUR|O|Alliance pour l’unité des Roumains⟧), contesterait néanmoins devant la ⟦Cour constitutionnelle|O|Cour constitutionnelle de Roumanie⟧ des «{NNBSP}irrégularités massives{NNBSP}» dans la diaspora.

Ce scrutin se tenait ⟦six mois|Q:duration|6|month|0⟧ après l’annulation par la même ⟦Cour constitutionnelle|O|Cour constitutionnelle de Roumanie⟧ du premier tour du ⟦24 novembre 2024|D⟧, remporté par surprise par ⟦Călin Georgescu|P⟧, un candidat ultranationaliste favorable à ⟦Moscou|L⟧. Selon les services de renseignement ⟦roumains|N⟧, sa campagne éclair sur ⟦TikTok|O⟧ avait bénéficié d’une opération d’ingérence ⟦russe|N⟧. ⟦Moscou|L⟧ a toujours démenti toute ingérence. M. ⟦Georgescu|P|Călin Georgescu⟧, inculpé en ⟦février|D⟧, avait ensuite été écarté de la nouvelle élection.

La présidente de la ⟦Commission européenne|O⟧, ⟦Ursula von der Leyen|P⟧, a salué sur ⟦X|O⟧ le choix d’«{NNBSP}une ⟦Roumanie|L⟧ forte dans une ⟦Europe|L⟧ forte{NNBSP}». ⟦Emmanuel Macron|P⟧ s’est entretenu par téléphone avec M. ⟦Dan|P|Nicușor Dan⟧, a indiqué l’⟦Elysée|O|Élysée⟧, tandis que la présidente ⟦moldave|N⟧, ⟦Maia Sandu|P⟧, a évoqué une «{NNBSP}victoire pour toute la région{NNBSP}». La porte-parole de la diplomatie ⟦russe|N⟧, ⟦Maria Zakharova|P⟧, a estimé que le scrutin s’était déroulé dans «{NNBSP}une atmosphère de pression sans précédent{NNBSP}», selon l’agence ⟦Ria Novosti|O|RIA Novosti⟧.

Sur les marchés, le leu a rebondi de ⟦1,8{NNBSP}%|Q:percent|1.8|%|0⟧ ⟦lundi matin|D⟧ face à l’euro, à ⟦5,06 lei|Q:money|5.06|RON|0⟧ pour ⟦un euro|Q:money|1|EUR|0⟧, après avoir touché un plus bas historique ⟦début mai|D⟧. Le nouveau président devra s’attaquer à un déficit public de ⟦9,3{NNBSP}%|Q:percent|9.3|%|0⟧ du produit intérieur brut en ⟦2024|D⟧, le plus élevé de l’⟦Union européenne|O⟧, qui expose la ⟦Roumanie|L⟧ à un gel de fonds ⟦européens|N⟧. Le Premier ministre social-démocrate, ⟦Marcel Ciolacu|P⟧, a démissionné le ⟦5 mai|D⟧ et un nouveau gouvernement doit être formé.

«{NNBSP}Les marchés respirent, mais M. ⟦Dan|P|Nicușor Dan⟧ n’a pas de parti solide au ⟦Parlement|O|Parlement roumain⟧ et devra bâtir une coalition fragile{NNBSP}», observe ⟦Radu Mărgineanu|P⟧, politologue à l’⟦université de Bucarest|O⟧. D’après lui, les négociations pourraient durer plusieurs semaines, alors que ⟦Bruxelles|L⟧ attend d’ici à ⟦juillet|D⟧ un plan de réduction du déficit de ⟦7 à 8 milliards d’euros|Q:money|7000000000~8000000000|EUR|1⟧.

===ATTR===
according-to | Bureau électoral central | Bureau électoral central | selon | Le maire centriste de Bucarest, Nicușor Dan, a remporté dimanche le second tour de l’élection présidentielle roumaine avec 53,6 % des voix, devant le dirigeant d’extrême droite George Simion (46,4 %)
direct | vainqueur | Nicușor Dan | a lancé | Cette victoire est celle de tous les Roumains qui veulent une Roumanie honnête, européenne et normale
indirect | Simion | George Simion | avait d’abord revendiqué | la victoire
indirect | Simion | George Simion | reconnaître | sa défaite
direct | il | George Simion | a-t-il déclaré | J’accepte le verdict, mais notre combat ne s’arrête pas là
mixed | il | George Simion | annonçant | son parti, l’Alliance pour l’unité des Roumains (AUR), contesterait néanmoins devant la Cour constitutionnelle des « irrégularités massives » dans la diaspora
according-to | services de renseignement roumains | services de renseignement roumains | Selon | sa campagne éclair sur TikTok avait bénéficié d’une opération d’ingérence russe
indirect | Moscou#2 | Russie | a toujours démenti | toute ingérence
mixed | Ursula von der Leyen | Ursula von der Leyen | a salué | le choix d’« une Roumanie forte dans une Europe forte »
indirect | Elysée | Élysée | a indiqué | Emmanuel Macron s’est entretenu par téléphone avec M. Dan
mixed | Maia Sandu | Maia Sandu | a évoqué | une « victoire pour toute la région »
mixed | Maria Zakharova | Maria Zakharova | a estimé | le scrutin s’était déroulé dans « une atmosphère de pression sans précédent »
according-to | Ria Novosti | RIA Novosti | selon | La porte-parole de la diplomatie russe, Maria Zakharova, a estimé que le scrutin s’était déroulé dans « une atmosphère de pression sans précédent »
direct | Radu Mărgineanu | Radu Mărgineanu | observe | Les marchés respirent, mais M. Dan n’a pas de parti solide au Parlement et devra bâtir une coalition fragile
according-to | lui | Radu Mărgineanu | D’après | les négociations pourraient durer plusieurs semaines, alors que Bruxelles attend d’ici à juillet un plan de réduction du déficit de 7 à 8 milliards d’euros
