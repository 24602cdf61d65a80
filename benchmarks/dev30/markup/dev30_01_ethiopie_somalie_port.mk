⟦Éthiopie|L⟧ et ⟦Somalie|L⟧ : l’⟦Union africaine|O⟧ tente de relancer la médiation sur l’accès à la mer

⟦Addis-Abeba|L⟧, ⟦7 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Les délégations ⟦éthiopienne|N⟧ et ⟦somalienne|N⟧ ont repris ⟦dimanche|D⟧, au siège de l’⟦Union africaine|O⟧ (⟦UA|O|Union africaine⟧), leurs discussions sur un accès commercial de l’⟦Éthiopie|L⟧ à la ⟦mer Rouge|L⟧, près de ⟦deux ans|Q:duration|2|year|1⟧ après la crise provoquée par un protocole d’accord signé avec le ⟦Somaliland|L⟧. Les pourparlers, prévus sur ⟦trois jours|Q:duration|3|day|0⟧, portent sur la location d’un terminal d’environ ⟦40 hectares|Q:measure|40|ha|1⟧ dans un port ⟦somalien|N⟧, selon un diplomate ⟦africain|N⟧ proche du dossier.

«{NNBSP}Nous ne demandons pas un territoire, nous demandons un accès garanti à la mer pour près de ⟦130 millions|Q:count|130000000||1⟧ d’habitants{NNBSP}», a déclaré le ministre d’État ⟦éthiopien|N⟧ aux Affaires étrangères, ⟦Mesfin Tadesse|P⟧, à l’ouverture de la séance. «{NNBSP}Personne n’a intérêt à un nouveau conflit dans la Corne{NNBSP}», a-t-il ajouté.

Son homologue ⟦somalien|N⟧, ⟦Abdirahman Warsame|P⟧, a affirmé que ⟦Mogadiscio|L|Somalie⟧ était «{NNBSP}prêt à un accord commercial, pas à un marchandage sur sa souveraineté{NNBSP}». Le ministre a rappelé que son gouvernement avait rappelé son ambassadeur pendant ⟦sept mois|Q:duration|7|month|0⟧ en ⟦2024|D⟧.

L’⟦Éthiopie|L⟧, enclavée depuis l’indépendance de l’⟦Érythrée|L⟧ en ⟦1993|D⟧, fait transiter plus de ⟦95{NNBSP}%|Q:percent|95|%|1⟧ de son commerce extérieur par ⟦Djibouti|L⟧, à qui elle verse chaque année entre ⟦1,5 et 2 milliards de dollars|Q:money|1500000000~2000000000|USD|0⟧ de frais portuaires, d’après la ⟦Banque mondiale|O⟧. Le corridor routier vers ⟦Djibouti|L⟧, long d’environ ⟦900 kilomètres|Q:measure|900|km|1⟧, voit passer chaque jour quelque ⟦1{NNBSP}500|Q:count|1500||1⟧ camions.

Le président de la ⟦Commission de l’UA|O|Commission de l’Union africaine⟧, ⟦Mahmoud Ali Youssouf|P⟧, a salué «{NNBSP}un esprit constructif{NNBSP}». Il a aussi annoncé la création d’un comité technique de ⟦six|Q:count|6||0⟧ experts, qui devra rendre ses conclusions d’ici ⟦fin février|D⟧.

Pour ⟦Halima Osman|P⟧, chercheuse à l’⟦Institut d’études de sécurité|O⟧ (⟦ISS|O|Institut d’études de sécurité⟧), «{NNBSP}le vrai sujet reste le ⟦Somaliland|L⟧, que ⟦Mogadiscio|L|Somalie⟧ considère comme partie intégrante de son territoire{NNBSP}». À ⟦Hargeisa|L⟧, les autorités du ⟦Somaliland|L⟧, qui réclament depuis ⟦1991|D⟧ une reconnaissance internationale, ont dénoncé des discussions menées «{NNBSP}dans leur dos{NNBSP}».

Selon des diplomates présents à ⟦Addis-Abeba|L⟧, un accord pourrait prévoir une concession de ⟦50 ans|Q:duration|50|year|0⟧ et une participation ⟦éthiopienne|N⟧ de ⟦20 à 30{NNBSP}%|Q:percent|20~30|%|0⟧ dans la société de gestion du port. L’armée ⟦éthiopienne|N⟧ compte encore environ ⟦2{NNBSP}500|Q:count|2500||1⟧ soldats en ⟦Somalie|L⟧ au sein de la mission de l’⟦UA|O|Union africaine⟧ contre les ⟦shebab|O|Harakat al-Chabab al-Moudjahidin⟧, un contingent dont le mandat expire ⟦fin 2026|D⟧. La prochaine session est prévue ⟦le 12 janvier|D⟧ à ⟦Nairobi|L⟧, en présence d’observateurs de l’⟦Igad|O|Autorité intergouvernementale pour le développement⟧. Les ⟦deux|Q:count|2||0⟧ capitales espèrent parapher un texte avant ⟦l’été|D⟧.
===ATTR===
according-to | diplomate | diplomate africain (non nommé) | selon | Les pourparlers, prévus sur trois jours, portent sur la location d’un terminal d’environ 40 hectares dans un port somalien
direct | Mesfin Tadesse | Mesfin Tadesse | a déclaré | Nous ne demandons pas un territoire, nous demandons un accès garanti à la mer pour près de 130 millions d’habitants
direct | il | Mesfin Tadesse | a-t-il ajouté | Personne n’a intérêt à un nouveau conflit dans la Corne
mixed | Abdirahman Warsame | Abdirahman Warsame | a affirmé | Mogadiscio était « prêt à un accord commercial, pas à un marchandage sur sa souveraineté »
indirect | ministre | Abdirahman Warsame | a rappelé | son gouvernement avait rappelé son ambassadeur pendant sept mois en 2024
according-to | Banque mondiale | Banque mondiale | d’après | L’Éthiopie, enclavée depuis l’indépendance de l’Érythrée en 1993, fait transiter plus de 95 % de son commerce extérieur par Djibouti, à qui elle verse chaque année entre 1,5 et 2 milliards de dollars de frais portuaires
mixed | Mahmoud Ali Youssouf | Mahmoud Ali Youssouf | a salué | « un esprit constructif »
indirect | Il | Mahmoud Ali Youssouf | a aussi annoncé | la création d’un comité technique de six experts, qui devra rendre ses conclusions d’ici fin février
according-to | Halima Osman | Halima Osman | Pour | le vrai sujet reste le Somaliland, que Mogadiscio considère comme partie intégrante de son territoire
mixed | autorités | autorités du Somaliland (non nommé) | ont dénoncé | des discussions menées « dans leur dos »
according-to | diplomates | diplomates (non nommé) | Selon | un accord pourrait prévoir une concession de 50 ans et une participation éthiopienne de 20 à 30 % dans la société de gestion du port
