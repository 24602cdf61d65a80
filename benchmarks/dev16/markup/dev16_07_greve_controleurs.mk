Grève des aiguilleurs du ciel : près de ⟦1 500|Q:count|1500||1⟧ vols annulés, ⟦Nantes-Atlantique|L⟧ très touché

Le trafic aérien est fortement perturbé en ⟦France|L⟧ ⟦jeudi 3 juillet|D⟧, au premier jour d'une grève de ⟦deux jours|Q:duration|2|day|0⟧ lancée par l'⟦UNSA-ICNA|O⟧, le deuxième syndicat des contrôleurs aériens. La ⟦Direction générale de l'aviation civile|O⟧ (⟦DGAC|O|Direction générale de l'aviation civile⟧) a demandé aux compagnies de réduire de ⟦50 %|Q:percent|50|%|0⟧ leurs programmes de vols à ⟦Nantes-Atlantique|L⟧ et à ⟦Nice|L⟧, et de ⟦40 %|Q:percent|40|%|0⟧ à ⟦Lyon|L⟧ et ⟦Marseille|L⟧. Au total, près de ⟦1 500|Q:count|1500||1⟧ vols ont été annulés dans la journée, d'après la ⟦DGAC|O|Direction générale de l'aviation civile⟧.

A ⟦Nantes-Atlantique|L⟧, ⟦83|Q:count|83||0⟧ vols sur les ⟦166|Q:count|166||0⟧ prévus ont été supprimés, selon l'aéroport. Dans le hall, ⟦jeudi matin|D⟧, les files d'attente s'allongeaient devant les comptoirs. "On devait partir à ⟦14 h 30|D⟧ pour ⟦Ajaccio|L⟧. On nous a prévenus par SMS ⟦hier soir|D⟧, à ⟦23 heures|D⟧", raconte ⟦Sandrine Le Goff|P⟧, ⟦45 ans|Q:duration|45|year|0⟧, venue de ⟦Saint-Herblain|L⟧ avec ses ⟦deux|Q:count|2||0⟧ enfants. Les aéroports de ⟦Brest|L⟧ et de ⟦Rennes|L⟧ n'ont perdu qu'⟦une dizaine|Q:count|10||1⟧ de vols chacun.

Le syndicat réclame le recrutement de contrôleurs et dénonce "un manque chronique d'effectifs" dans plusieurs centres. "Nous ne faisons pas grève contre les passagers, mais pour que le ciel ⟦français|N⟧ reste sûr dans ⟦dix ans|Q:duration|10|year|0⟧", a assuré son secrétaire général, ⟦Jérôme Fouqueray|P⟧. Selon lui, il manque au moins ⟦300|Q:count|300||1⟧ contrôleurs sur les quelque ⟦3 400|Q:count|3400||1⟧ que compte la profession.

Le ministre des Transports, ⟦Philippe Tabarot|P⟧, a qualifié le mouvement d'"inacceptable" en plein départ en vacances. "Une minorité ne peut pas prendre en otage ⟦des dizaines de milliers|Q:count|10000||1⟧ de familles", a-t-il ajouté sur ⟦RMC|O⟧.

Les compagnies sont furieuses. ⟦Ryanair|O⟧ a annoncé l'annulation de plus de ⟦400|Q:count|400||1⟧ vols, affectant quelque ⟦70 000|Q:count|70000||1⟧ passagers, et réclamé une réforme ⟦européenne|N⟧ du contrôle aérien. ⟦Air France|O⟧ assure maintenir tous ses long-courriers, mais a dû supprimer environ un tiers de ses vols au départ d'⟦Orly|L⟧.

Pour les professionnels du tourisme, la facture est lourde. "Chaque journée de grève en juillet coûte ⟦plusieurs millions d'euros|Q:money|1000000|EUR|1⟧ à l'économie régionale", estime ⟦Anne-Laure Brisson|P⟧, présidente du ⟦comité régional du tourisme des Pays de la Loire|O⟧. Selon ⟦Airlines for Europe|O⟧ (⟦A4E|O|Airlines for Europe⟧), qui regroupe les grandes compagnies du continent, les grèves du contrôle aérien ⟦français|N⟧ ont provoqué l'annulation de plus de ⟦10 000|Q:count|10000||1⟧ vols en ⟦2023|D⟧. Le dernier mouvement d'ampleur remontait au ⟦printemps 2024|D⟧.

Les passagers dont le vol est annulé ont droit au remboursement, mais pas à l'indemnité de ⟦250 à 600 euros|Q:money|250~600|EUR|1⟧ prévue par le règlement ⟦européen|N⟧, la grève étant considérée comme une "circonstance extraordinaire", rappelle l'association ⟦UFC-Que Choisir|O⟧. Le préavis court jusqu'à ⟦vendredi 23 h 59|D⟧ et la ⟦DGAC|O|Direction générale de l'aviation civile⟧ a déjà demandé des réductions similaires pour ⟦demain|D⟧.
===ATTR===
indirect | Direction générale de l'aviation civile | Direction générale de l'aviation civile | a demandé#1 | aux compagnies de réduire de 50 % leurs programmes de vols à Nantes-Atlantique et à Nice, et de 40 % à Lyon et Marseille
according-to | DGAC#2 | Direction générale de l'aviation civile | d'après | Au total, près de 1 500 vols ont été annulés dans la journée
according-to | aéroport | aéroport Nantes-Atlantique | selon | A Nantes-Atlantique, 83 vols sur les 166 prévus ont été supprimés
direct | Sandrine Le Goff | Sandrine Le Goff | raconte | On devait partir à 14 h 30 pour Ajaccio. On nous a prévenus par SMS hier soir, à 23 heures
indirect | syndicat#2 | UNSA-ICNA | réclame | le recrutement de contrôleurs
mixed | syndicat#2 | UNSA-ICNA | dénonce | "un manque chronique d'effectifs" dans plusieurs centres
direct | Jérôme Fouqueray | Jérôme Fouqueray | a assuré | Nous ne faisons pas grève contre les passagers, mais pour que le ciel français reste sûr dans dix ans
according-to | lui | Jérôme Fouqueray | Selon | il manque au moins 300 contrôleurs sur les quelque 3 400 que compte la profession
mixed | Philippe Tabarot | Philippe Tabarot | a qualifié | le mouvement d'"inacceptable"
direct | il | Philippe Tabarot | a-t-il ajouté | Une minorité ne peut pas prendre en otage des dizaines de milliers de familles
indirect | Ryanair | Ryanair | a annoncé | l'annulation de plus de 400 vols, affectant quelque 70 000 passagers
indirect | Ryanair | Ryanair | réclamé | une réforme européenne du contrôle aérien
indirect | Air France | Air France | assure | maintenir tous ses long-courriers
mixed | UFC-Que Choisir | UFC-Que Choisir | rappelle | Les passagers dont le vol est annulé ont droit au remboursement, mais pas à l'indemnité de 250 à 600 euros prévue par le règlement européen, la grève étant considérée comme une "circonstance extraordinaire"
indirect | DGAC#3 | Direction générale de l'aviation civile | a déjà demandé | des réductions similaires pour demain
direct | Anne-Laure Brisson | Anne-Laure Brisson | estime | Chaque journée de grève en juillet coûte plusieurs millions d'euros à l'économie régionale
according-to | Airlines for Europe | Airlines for Europe | Selon#2 | les grèves du contrôle aérien français ont provoqué l'annulation de plus de 10 000 vols en 2023
