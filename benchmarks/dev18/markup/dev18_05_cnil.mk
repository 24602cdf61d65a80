Données personnelles : la ⟦CNIL|O|Commission nationale de l’informatique et des libertés⟧ inflige ⟦42 millions d’euros|Q:money|42000000|EUR|0⟧ d’amende à ⟦Modalia|O⟧

La ⟦Commission nationale de l’informatique et des libertés|O⟧ (⟦CNIL|O|Commission nationale de l’informatique et des libertés⟧) a annoncé ⟦jeudi|D⟧ avoir sanctionné le distributeur en ligne ⟦Modalia|O⟧ d’une amende de ⟦42 millions d’euros|Q:money|42000000|EUR|0⟧, l’une des plus lourdes jamais prononcées en ⟦France|L⟧. Le site de prêt-à-porter, qui revendique ⟦9 millions|Q:count|9000000||0⟧ de clients dans l’⟦Hexagone|L|France⟧, se voit reprocher à la fois le dépôt de cookies publicitaires sans consentement et une fuite de données ayant touché ⟦1,3 million|Q:count|1300000||0⟧ de personnes.

Dans sa délibération, la formation restreinte de la ⟦CNIL|O|Commission nationale de l’informatique et des libertés⟧, chargée des sanctions, relève que le site déposait automatiquement ⟦une vingtaine|Q:count|20||1⟧ de traceurs dès l’arrivée de l’internaute, avant même tout clic sur le bandeau de consentement. Pour refuser les cookies, l’internaute devait effectuer «{NBSP}⟦quatre|Q:count|4||0⟧ clics, contre un seul pour les accepter{NBSP}», ajoute-t-elle. La commission retient un manquement à l’article 82 de la loi Informatique et Libertés, qui encadre les cookies, ainsi qu’aux articles 5 et 32 du RGPD, qui imposent d’assurer la sécurité des données.

La fuite remonte à ⟦mars 2025|D⟧. Pendant près de ⟦trois semaines|Q:duration|3|week|1⟧, un pirate avait pu aspirer les noms, adresses postales et historiques de commandes des clients, grâce aux identifiants d’un prestataire qui n’étaient protégés par aucune double authentification. Selon la ⟦CNIL|O|Commission nationale de l’informatique et des libertés⟧, l’entreprise a attendu ⟦onze jours|Q:duration|11|day|0⟧ avant de la notifier, alors que le règlement impose un délai de ⟦72 heures|Q:duration|72|hour|0⟧.

L’amende se décompose en ⟦30 millions d’euros|Q:money|30000000|EUR|0⟧ pour les cookies et ⟦12 millions|Q:money|12000000|EUR|0⟧ pour la fuite de données. ⟦Modalia|O⟧ devra en outre se mettre en conformité sous ⟦trois mois|Q:duration|3|month|0⟧, sous astreinte de ⟦100000 euros|Q:money|100000|EUR|0⟧ par jour de retard. Le RGPD permet des amendes allant jusqu’à ⟦4{NBSP}%|Q:percent|4|%|1⟧ du chiffre d’affaires mondial d’une entreprise.

La société, qui a réalisé un chiffre d’affaires de ⟦1,1 milliard d’euros|Q:money|1100000000|EUR|0⟧ en ⟦2025|D⟧ et emploie ⟦1800|Q:count|1800||0⟧ salariés, a annoncé son intention de former un recours devant le ⟦Conseil d’Etat|O|Conseil d’État⟧. «{NBSP}Nous contestons le montant de cette sanction, disproportionné au regard des mesures correctives prises dès ⟦le printemps|D⟧{NBSP}», a déclaré à l’⟦AFP|O|Agence France-Presse⟧ sa directrice juridique, ⟦Claire Delorme|P⟧. Elle assure qu’aucune donnée bancaire n’a été dérobée.

«{NBSP}Cette sanction rappelle que le consentement n’est pas une formalité{NBSP}», s’est félicitée l’association ⟦UFC-Que Choisir|O⟧, qui avait saisi la ⟦CNIL|O|Commission nationale de l’informatique et des libertés⟧ en ⟦2023|D⟧ au nom de ⟦2300|Q:count|2300||0⟧ plaignants. Pour l’avocate spécialisée ⟦Nadia Benali|P⟧, le signal est clair : «{NBSP}Les bandeaux trompeurs coûtent désormais plus cher que la conformité{NBSP}».

La ⟦CNIL|O|Commission nationale de l’informatique et des libertés⟧ a prononcé ⟦cette année|D⟧ ⟦58|Q:count|58||0⟧ sanctions, pour un montant cumulé de plus de ⟦480 millions d’euros|Q:money|480000000|EUR|1⟧, a précisé sa présidente, ⟦Marie-Laure Denis|P⟧. Elle a annoncé que les contrôles porteraient en ⟦2027|D⟧ sur les applications mobiles et les objets connectés.
===ATTR===
indirect | Commission nationale de l’informatique et des libertés | Commission nationale de l’informatique et des libertés | a annoncé#1 | avoir sanctionné le distributeur en ligne Modalia d’une amende de 42 millions d’euros
indirect | qui | Modalia | revendique | 9 millions de clients
indirect | formation | formation restreinte de la CNIL | relève | le site déposait automatiquement une vingtaine de traceurs dès l’arrivée de l’internaute, avant même tout clic sur le bandeau de consentement
mixed | elle | formation restreinte de la CNIL | ajoute-t-elle | Pour refuser les cookies, l’internaute devait effectuer « quatre clics, contre un seul pour les accepter »
according-to | CNIL | Commission nationale de l’informatique et des libertés | Selon | l’entreprise a attendu onze jours avant de la notifier, alors que le règlement impose un délai de 72 heures
indirect | société | Modalia | a annoncé#2 | son intention de former un recours devant le Conseil d’Etat
direct | Claire Delorme | Claire Delorme | a déclaré | Nous contestons le montant de cette sanction, disproportionné au regard des mesures correctives prises dès le printemps
indirect | Elle | Claire Delorme | assure | aucune donnée bancaire n’a été dérobée
direct | UFC-Que Choisir | UFC-Que Choisir | s’est félicitée | Cette sanction rappelle que le consentement n’est pas une formalité
according-to | Nadia Benali | Nadia Benali | Pour#2 | le signal est clair : « Les bandeaux trompeurs coûtent désormais plus cher que la conformité »
indirect | Marie-Laure Denis | Marie-Laure Denis | a précisé | La CNIL a prononcé cette année 58 sanctions, pour un montant cumulé de plus de 480 millions d’euros
indirect | Elle | Marie-Laure Denis | a annoncé#3 | les contrôles porteraient en 2027 sur les applications mobiles et les objets connectés
