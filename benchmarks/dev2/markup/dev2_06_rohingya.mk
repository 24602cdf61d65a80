⟦Indonésie|L⟧ : ⟦des centaines|Q:count|100||1⟧ d'étudiants chassent des réfugiés ⟦rohingya|N⟧ d'un abri à ⟦Aceh|L⟧, l'⟦ONU|O|Organisation des Nations unies⟧ s'alarme

⟦Banda Aceh|L⟧ (⟦Indonésie|L⟧), ⟦28 décembre|D⟧ - ⟦Des centaines|Q:count|100||1⟧ d'étudiants ont fait irruption ⟦mercredi|D⟧ dans le sous-sol d'un centre de congrès de ⟦Banda Aceh|L⟧, à la pointe nord de l'île de ⟦Sumatra|L⟧, où s'abritaient ⟦137|Q:count|137||0⟧ réfugiés ⟦rohingya|N⟧, et les ont forcés à monter dans ⟦deux|Q:count|2||0⟧ camions, a indiqué le ⟦Haut-Commissariat des Nations unies pour les réfugiés|O⟧ (⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧).

"Le ⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧ est profondément préoccupé par la sécurité des réfugiés et appelle les autorités locales à garantir leur protection", a déclaré l'agence dans un communiqué. La police a indiqué ⟦jeudi|D⟧ avoir transféré les réfugiés vers un bâtiment administratif, sans faire état d'interpellations parmi les manifestants.

"Ils sont arrivés en criant, nous avons cru qu'ils allaient nous tuer", raconte ⟦Nur Kalima|P|Nur Kalima⟧, une réfugiée débarquée ⟦début décembre|D⟧ avec ses ⟦deux|Q:count|2||0⟧ enfants après ⟦trois semaines|Q:duration|3|week|0⟧ de traversée depuis le ⟦Bangladesh|L⟧. "On nous a jetés dehors comme des animaux", ajoute la jeune femme, qui a perdu la trace de son mari à ⟦Cox's Bazar|L⟧.

Plus de ⟦1.500|Q:count|1500||1⟧ ⟦Rohingya|N⟧ ont débarqué sur les côtes d'⟦Aceh|L⟧ depuis ⟦mi-novembre|D⟧, selon le ⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧, un afflux sans précédent depuis ⟦2015|D⟧. Un bateau transportant environ ⟦180|Q:count|180||1⟧ personnes est porté disparu depuis le ⟦2 décembre|D⟧. D'après l'agence onusienne, ⟦569|Q:count|569||0⟧ ⟦Rohingya|N⟧ sont morts ou ont disparu en mer en ⟦2023|D⟧, le bilan le plus lourd depuis ⟦neuf ans|Q:duration|9|year|0⟧.

Le président ⟦indonésien|N⟧, ⟦Joko Widodo|P|Joko Widodo⟧, a affirmé ⟦ce mois-ci|D⟧ que l'afflux était alimenté par des réseaux de trafic d'êtres humains et que l'aide de ⟦Jakarta|L⟧ resterait "temporaire". L'⟦Indonésie|L⟧ n'est pas signataire de la convention de ⟦1951|D⟧ relative au statut des réfugiés, mais accueille les bateaux en détresse au nom de la solidarité musulmane.

Dans les villages de pêcheurs, l'hostilité de la population ⟦acehnaise|N⟧ grandit toutefois. "Nous les accueillons depuis ⟦2015|D⟧, mais ils ne respectent pas nos règles et partent vers la ⟦Malaisie|L⟧ dès qu'ils le peuvent", affirme ⟦Teuku Ridwan|P|Teuku Ridwan⟧, chef d'un village du district de ⟦Pidie|L⟧. Selon M. ⟦Ridwan|P|Teuku Ridwan⟧, une rumeur accusant les réfugiés de vols circulait sur les réseaux sociaux depuis le ⟦20 décembre|D⟧.

Près d'⟦un million|Q:count|1000000||1⟧ de ⟦Rohingya|N⟧ s'entassent dans les camps de ⟦Cox's Bazar|L⟧, dans le sud-est du ⟦Bangladesh|L⟧. La plupart ont fui la répression menée en ⟦2017|D⟧ par l'⟦armée birmane|O|Tatmadaw⟧ : quelque ⟦740 000|Q:count|740000||1⟧ personnes avaient alors franchi la frontière en ⟦trois mois|Q:duration|3|month|0⟧. Faute de financements, le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧) a ramené ⟦cette année|D⟧ l'aide alimentaire mensuelle de ⟦12|Q:money|12|USD|0⟧ à ⟦8 dollars|Q:money|8|USD|0⟧ par personne (environ ⟦880 takas|Q:money|880|BDT|1⟧), soit à peine ⟦27 cents|Q:money|0.27|USD|1⟧ par jour.

Le commissaire ⟦bangladais|N⟧ aux réfugiés, ⟦Mohammed Mizanur Rahman|P|Mohammed Mizanur Rahman⟧, a averti que son pays "ne pouvait plus accueillir de nouveaux réfugiés". En ⟦Birmanie|L⟧, les combats entre la junte et l'⟦Armée d'Arakan|O⟧, une rébellion ethnique, ont chassé plus de ⟦50 000|Q:count|50000||1⟧ personnes de leurs foyers dans l'⟦État Rakhine|L⟧ depuis ⟦novembre|D⟧, d'après le ⟦Bureau de la coordination des affaires humanitaires|O⟧ (⟦Ocha|O|Bureau de la coordination des affaires humanitaires⟧) des ⟦Nations unies|O|Organisation des Nations unies⟧.

Le porte-parole régional du ⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧ à ⟦Bangkok|L⟧, ⟦Babar Baloch|P|Babar Baloch⟧, prévient : "Sans solution politique en ⟦Birmanie|L⟧, les départs en mer vont continuer." Il appelle les pays de la région à organiser "d'urgence" les débarquements.

===ATTR===
indirect | Haut-Commissariat des Nations unies pour les réfugiés | Haut-Commissariat des Nations unies pour les réfugiés | a indiqué | Des centaines d'étudiants ont fait irruption mercredi dans le sous-sol d'un centre de congrès de Banda Aceh, à la pointe nord de l'île de Sumatra, où s'abritaient 137 réfugiés rohingya, et les ont forcés à monter dans deux camions
direct | agence | Haut-Commissariat des Nations unies pour les réfugiés | a déclaré | Le HCR est profondément préoccupé par la sécurité des réfugiés et appelle les autorités locales à garantir leur protection
indirect | police | police indonésienne | a indiqué | avoir transféré les réfugiés vers un bâtiment administratif
direct | Nur Kalima | Nur Kalima | raconte | Ils sont arrivés en criant, nous avons cru qu'ils allaient nous tuer
direct | jeune femme | Nur Kalima | ajoute | On nous a jetés dehors comme des animaux
according-to | HCR#3 | Haut-Commissariat des Nations unies pour les réfugiés | selon | Plus de 1.500 Rohingya ont débarqué sur les côtes d'Aceh depuis mi-novembre
according-to | agence onusienne | Haut-Commissariat des Nations unies pour les réfugiés | D'après | 569 Rohingya sont morts ou ont disparu en mer en 2023, le bilan le plus lourd depuis neuf ans
mixed | Joko Widodo | Joko Widodo | a affirmé | l'afflux était alimenté par des réseaux de trafic d'êtres humains et que l'aide de Jakarta resterait "temporaire"
direct | Teuku Ridwan | Teuku Ridwan | affirme | Nous les accueillons depuis 2015, mais ils ne respectent pas nos règles et partent vers la Malaisie dès qu'ils le peuvent
according-to | Ridwan | Teuku Ridwan | Selon | une rumeur accusant les réfugiés de vols circulait sur les réseaux sociaux depuis le 20 décembre
mixed | Mohammed Mizanur Rahman | Mohammed Mizanur Rahman | a averti | son pays "ne pouvait plus accueillir de nouveaux réfugiés"
according-to | Bureau de la coordination des affaires humanitaires | Bureau de la coordination des affaires humanitaires | d'après | En Birmanie, les combats entre la junte et l'Armée d'Arakan, une rébellion ethnique, ont chassé plus de 50 000 personnes de leurs foyers dans l'État Rakhine depuis novembre
direct | Babar Baloch | Babar Baloch | prévient | Sans solution politique en Birmanie, les départs en mer vont continuer.
mixed | Il | Babar Baloch | appelle | les pays de la région à organiser "d'urgence" les débarquements
