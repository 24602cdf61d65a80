⟦Indonésie|L⟧ : la mort d'un livreur relance la colère contre les députés, ⟦Prabowo|P|Prabowo Subianto⟧ annule un voyage en ⟦Chine|L⟧

⟦Jakarta|L⟧, ⟦31 août|D⟧ (⟦Reuters|O⟧) - ⟦Des milliers|Q:count|1000||1⟧ de manifestants ont de nouveau affronté la police ⟦samedi|D⟧ à ⟦Jakarta|L⟧ et dans ⟦une dizaine|Q:count|10||1⟧ de villes ⟦indonésiennes|N⟧, au cinquième jour d'un mouvement déclenché par la révélation d'une indemnité de logement de ⟦50 millions de roupies|Q:money|50000000|IDR|0⟧ (environ ⟦2 600 euros|Q:money|2600|EUR|1⟧) par mois accordée aux ⟦580|Q:count|580||0⟧ membres de la ⟦Chambre des représentants|O⟧ (⟦DPR|O|Chambre des représentants⟧), alors que le salaire minimum de la capitale dépasse à peine ⟦5,3 millions|Q:money|5300000|IDR|1⟧.

La contestation a pris un tour plus violent après la mort ⟦jeudi soir|D⟧ d'un livreur à moto de ⟦21 ans|Q:duration|21|year|0⟧, ⟦Affan Kurniawan|P⟧, percuté par un véhicule blindé de la ⟦Brimob|O|Brigade mobile⟧, l'unité paramilitaire de la police, près du complexe parlementaire de ⟦Senayan|L⟧. Une vidéo de la scène, vue plus de ⟦20 millions|Q:count|20000000||1⟧ de fois sur les réseaux sociaux, a provoqué une vague d'indignation.

“Je présente mes excuses à la famille et à tous les chauffeurs. Les responsables seront sanctionnés”, a déclaré le chef de la ⟦Police nationale indonésienne|O⟧, le général ⟦Listyo Sigit Prabowo|P⟧. ⟦Sept|Q:count|7||0⟧ policiers ont été placés en détention pour ⟦20 jours|Q:duration|20|day|0⟧, a précisé la division des affaires internes.

Le président ⟦Prabowo Subianto|P⟧ a annoncé ⟦dimanche|D⟧ qu'il renonçait à se rendre à ⟦Pékin|L⟧ pour le défilé militaire prévu le ⟦3 septembre|D⟧, afin de "suivre personnellement la situation", selon un porte-parole de la présidence. Il a aussi indiqué que les partis de la coalition avaient accepté de supprimer plusieurs avantages accordés aux élus, dont l'indemnité de logement et les voyages d'étude à l'étranger.

A ⟦Makassar|L⟧, dans l'île de ⟦Célèbes|L⟧, des manifestants ont incendié ⟦vendredi|D⟧ le bâtiment du conseil régional, faisant ⟦trois|Q:count|3||0⟧ morts parmi les employés bloqués à l'intérieur, selon les secours locaux. Au total, au moins ⟦huit|Q:count|8||1⟧ personnes ont été tuées et plus de ⟦1 200|Q:count|1200||1⟧ arrêtées depuis le ⟦25 août|D⟧, d'après un décompte de l'organisation ⟦Amnesty International Indonésie|O⟧.

“Le problème, ce n'est pas seulement une indemnité. C'est le sentiment que les élites vivent dans un autre pays”, a résumé ⟦Usman Hamid|P⟧, directeur de l'ONG, qui a réclamé une enquête indépendante sur l'usage de la force.

Les marchés ont réagi avec nervosité. La ⟦Bourse de Jakarta|O⟧ a cédé jusqu'à ⟦3{NNBSP}%|Q:percent|3|%|1⟧ ⟦vendredi|D⟧ avant de réduire ses pertes, et la roupie est tombée à ⟦16 500|Q:money|16500|IDR|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, son plus bas niveau depuis ⟦avril|D⟧. La ⟦Banque d'Indonésie|O⟧ a indiqué être intervenue sur le marché des changes "pour garantir la stabilité".

La ministre des Finances, ⟦Sri Mulyani Indrawati|P⟧, dont la maison a été pillée dans ⟦la nuit de samedi à dimanche|D⟧ à ⟦Tangerang|L⟧, en banlieue de la capitale, a appelé au calme sur ⟦Instagram|O⟧. Des analystes de la banque ⟦singapourienne|N⟧ ⟦DBS|O⟧ estiment que les troubles pourraient retarder l'objectif de croissance de ⟦8{NNBSP}%|Q:percent|8|%|0⟧ fixé par ⟦Prabowo|P|Prabowo Subianto⟧ pendant sa campagne, alors que l'économie n'a progressé que de ⟦5,12{NNBSP}%|Q:percent|5.12|%|0⟧ au ⟦deuxième trimestre|D⟧.

L'application de transport ⟦Gojek|O⟧, dont la victime était l'un des quelque ⟦2 millions|Q:count|2000000||1⟧ de chauffeurs partenaires, a promis de prendre en charge les frais d'études de ses ⟦deux|Q:count|2||0⟧ jeunes frères. Les associations de livreurs ont appelé à une nouvelle journée de mobilisation ⟦lundi|D⟧ devant le siège de la ⟦DPR|O|Chambre des représentants⟧.

===ATTR===
direct | Listyo Sigit Prabowo | Listyo Sigit Prabowo | a déclaré | Je présente mes excuses à la famille et à tous les chauffeurs. Les responsables seront sanctionnés
indirect | division des affaires internes | division des affaires internes de la Police nationale indonésienne | a précisé | Sept policiers ont été placés en détention pour 20 jours
mixed | Prabowo Subianto#1 | Prabowo Subianto | a annoncé | il renonçait à se rendre à Pékin pour le défilé militaire prévu le 3 septembre, afin de "suivre personnellement la situation"
according-to | porte-parole | porte-parole de la présidence (non nommé) | selon#1 | Le président Prabowo Subianto a annoncé dimanche qu'il renonçait à se rendre à Pékin pour le défilé militaire prévu le 3 septembre, afin de "suivre personnellement la situation"
indirect | Il | Prabowo Subianto | a aussi indiqué | les partis de la coalition avaient accepté de supprimer plusieurs avantages accordés aux élus, dont l'indemnité de logement et les voyages d'étude à l'étranger
according-to | secours | secours locaux (non nommé) | selon#2 | A Makassar, dans l'île de Célèbes, des manifestants ont incendié vendredi le bâtiment du conseil régional, faisant trois morts parmi les employés bloqués à l'intérieur
according-to | Amnesty International Indonésie | Amnesty International Indonésie | d'après | Au total, au moins huit personnes ont été tuées et plus de 1 200 arrêtées depuis le 25 août
direct | Usman Hamid | Usman Hamid | a résumé | Le problème, ce n'est pas seulement une indemnité. C'est le sentiment que les élites vivent dans un autre pays
indirect | qui | Usman Hamid | a réclamé | une enquête indépendante sur l'usage de la force
mixed | Banque d'Indonésie | Banque d'Indonésie | a indiqué | être intervenue sur le marché des changes "pour garantir la stabilité"
indirect | Sri Mulyani Indrawati | Sri Mulyani Indrawati | a appelé | au calme
indirect | analystes | analystes de DBS (non nommé) | estiment | les troubles pourraient retarder l'objectif de croissance de 8 % fixé par Prabowo pendant sa campagne, alors que l'économie n'a progressé que de 5,12 % au deuxième trimestre
indirect | Gojek | Gojek | a promis | de prendre en charge les frais d'études de ses deux jeunes frères
indirect | associations | associations de livreurs (non nommé) | ont appelé | à une nouvelle journée de mobilisation lundi devant le siège de la DPR
