⟦Cuba|L⟧ de nouveau plongée dans le noir après l’effondrement de son réseau électrique

⟦Cuba|L⟧ a de nouveau basculé dans l’obscurité ⟦mercredi 10 septembre|D⟧. Le réseau électrique national s’est effondré peu après ⟦9 h 15|D⟧, privant de courant les quelque ⟦10 millions|Q:count|10000000||1⟧ d’habitants de l’île, a annoncé le ⟦ministère de l’Énergie et des Mines|O|ministère cubain de l’Énergie et des Mines⟧. Il s’agit de la cinquième panne générale en moins d’⟦un an|Q:duration|1|year|1⟧.

L’arrêt imprévu de la centrale thermoélectrique ⟦Antonio Guiteras|L⟧, à ⟦Matanzas|L⟧, la plus puissante du pays avec ⟦280 mégawatts|Q:measure|280|MW|0⟧, a provoqué une réaction en chaîne, selon l’⟦Union électrique|O⟧ (⟦UNE|O|Union électrique⟧), l’entreprise publique qui gère le réseau. ⟦Mercredi soir|D⟧, le courant n’avait été rétabli que dans quelques quartiers de ⟦La Havane|L⟧ et dans les hôpitaux équipés de groupes électrogènes.

«{NNBSP}Nous travaillons sans relâche pour rétablir le service le plus vite possible. La situation est complexe, mais nous allons nous en sortir{NNBSP}», a écrit le président ⟦Miguel Díaz-Canel|P⟧ sur le réseau social ⟦X|O⟧. Le chef de l’État a une nouvelle fois imputé la fragilité du système au «{NNBSP}blocus{NNBSP}» imposé par les ⟦États-Unis|L⟧, qui empêche l’achat de pièces de rechange et de combustible. ⟦Díaz-Canel|P|Miguel Díaz-Canel⟧ a promis que l’électricité reviendrait «{NNBSP}dans les prochaines ⟦48 heures|Q:duration|48|hour|0⟧{NNBSP}» dans tout le pays.

Avant même la panne, l’⟦UNE|O|Union électrique⟧ avait annoncé un déficit de ⟦1{NBSP}750 mégawatts|Q:measure|1750|MW|0⟧ aux heures de pointe, soit près de la moitié de la demande. En province, les coupures programmées dépassent régulièrement ⟦20 heures|Q:duration|20|hour|1⟧ par jour. L’île produit encore plus de ⟦80{NNBSP}%|Q:percent|80|%|1⟧ de son électricité à partir de pétrole, en grande partie importé du ⟦Venezuela|L⟧ et du ⟦Mexique|L⟧, dont les livraisons ont chuté de ⟦40{NNBSP}%|Q:percent|40|%|0⟧ depuis ⟦2023|D⟧.

Le gouvernement mise sur le solaire : ⟦une trentaine|Q:count|30||1⟧ de parcs photovoltaïques construits avec l’aide de la ⟦Chine|L⟧ ont été raccordés depuis ⟦février|D⟧, pour une puissance totale d’environ ⟦600 mégawatts|Q:measure|600|MW|1⟧. Sans batteries de stockage, ces installations ne produisent toutefois rien la nuit, a reconnu le ministre de l’Énergie, ⟦Vicente de la O Levy|P⟧, ⟦mardi|D⟧ à la télévision publique.

Pour l’économiste ⟦Mariela Fonseca|P⟧, de l’⟦université de La Havane|O⟧, «{NNBSP}le réseau ne tiendra pas sans des investissements de ⟦8 à 10 milliards de dollars|Q:money|8000000000~10000000000|USD|1⟧, que ni l’État ni ses alliés ne peuvent fournir{NNBSP}». La crise énergétique aggrave une situation économique déjà dramatique. Le dollar s’échange à plus de ⟦400 pesos|Q:money|400|CUP|1⟧ sur le marché informel, contre un taux officiel de ⟦120|Q:money|120|CUP|0⟧, selon le site indépendant ⟦elTOQUE|O⟧. Le salaire moyen dans le secteur public ne dépasse pas ⟦6{NBSP}500 pesos|Q:money|6500|CUP|1⟧ par mois, soit moins de ⟦17 dollars|Q:money|17|USD|1⟧ au taux de la rue.

«{NNBSP}On vit à la bougie, on cuisine au charbon et l’eau ne monte plus dans les immeubles sans pompe électrique{NNBSP}», raconte ⟦Yanelis|P⟧, ⟦46 ans|Q:duration|46|year|0⟧, enseignante dans le quartier du ⟦Vedado|L⟧. Comme ⟦des centaines de milliers|Q:count|100000||1⟧ de ⟦Cubains|N⟧, ses ⟦deux|Q:count|2||0⟧ fils ont émigré. Plus d’⟦un million|Q:count|1000000||1⟧ de personnes ont quitté l’île depuis ⟦2021|D⟧, selon des démographes.

À ⟦Washington|L⟧, le ⟦département d’État|O|département d’État américain⟧ a rejeté toute responsabilité. «{NNBSP}Le problème de ⟦Cuba|L⟧, ce n’est pas l’embargo, c’est un régime qui a ruiné son économie{NNBSP}», a déclaré ⟦mercredi|D⟧ un porte-parole, alors que l’administration ⟦Trump|P|Donald Trump⟧ a durci depuis ⟦janvier|D⟧ les sanctions contre l’île, réinscrite sur la liste ⟦américaine|N⟧ des États soutenant le terrorisme.
===ATTR===
indirect | ministère de l’Énergie et des Mines | ministère cubain de l’Énergie et des Mines | a annoncé | Le réseau électrique national s’est effondré peu après 9 h 15, privant de courant les quelque 10 millions d’habitants de l’île
according-to | Union électrique | Union électrique | selon#1 | L’arrêt imprévu de la centrale thermoélectrique Antonio Guiteras, à Matanzas, la plus puissante du pays avec 280 mégawatts, a provoqué une réaction en chaîne
direct | Miguel Díaz-Canel | Miguel Díaz-Canel | a écrit | Nous travaillons sans relâche pour rétablir le service le plus vite possible. La situation est complexe, mais nous allons nous en sortir
mixed | chef de l’État | Miguel Díaz-Canel | a une nouvelle fois imputé | la fragilité du système au « blocus » imposé par les États-Unis, qui empêche l’achat de pièces de rechange et de combustible
mixed | Díaz-Canel#2 | Miguel Díaz-Canel | a promis | l’électricité reviendrait « dans les prochaines 48 heures » dans tout le pays
indirect | UNE#2 | Union électrique | avait annoncé | un déficit de 1 750 mégawatts aux heures de pointe, soit près de la moitié de la demande
indirect | Vicente de la O Levy | Vicente de la O Levy | a reconnu | Sans batteries de stockage, ces installations ne produisent toutefois rien la nuit
according-to | Mariela Fonseca | Mariela Fonseca | Pour | le réseau ne tiendra pas sans des investissements de 8 à 10 milliards de dollars, que ni l’État ni ses alliés ne peuvent fournir
according-to | elTOQUE | elTOQUE | selon#2 | Le dollar s’échange à plus de 400 pesos sur le marché informel, contre un taux officiel de 120
direct | Yanelis | Yanelis | raconte | On vit à la bougie, on cuisine au charbon et l’eau ne monte plus dans les immeubles sans pompe électrique
according-to | démographes | démographes (non nommé) | selon#3 | Plus d’un million de personnes ont quitté l’île depuis 2021
indirect | département d’État | département d’État américain | a rejeté | toute responsabilité
direct | porte-parole | porte-parole du département d’État (non nommé) | a déclaré | Le problème de Cuba, ce n’est pas l’embargo, c’est un régime qui a ruiné son économie
