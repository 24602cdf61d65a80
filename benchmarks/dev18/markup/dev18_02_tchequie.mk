⟦République tchèque|L⟧ : ⟦Andrej Babiš|P⟧ nommé premier ministre, les soupçons de conflit d’intérêts persistent

Le président ⟦tchèque|N⟧, ⟦Petr Pavel|P⟧, a nommé ⟦mardi 9 décembre|D⟧ ⟦Andrej Babiš|P⟧ à la tête du gouvernement, ⟦deux mois|Q:duration|2|month|0⟧ après la victoire de son mouvement populiste ⟦ANO|O|ANO 2011⟧ aux élections législatives des ⟦3 et 4 octobre|D⟧. Le milliardaire de ⟦71 ans|Q:duration|71|year|0⟧ retrouve le poste qu’il avait occupé de ⟦2017 à 2021|D⟧, à la tête d’une coalition avec le parti d’extrême droite ⟦Liberté et démocratie directe|O⟧ (⟦SPD|O|Liberté et démocratie directe⟧) de ⟦Tomio Okamura|P⟧ et le parti des ⟦Motoristes|O|Motoristé sobě⟧.

La nomination a été retardée par la question de ses intérêts dans ⟦Agrofert|O⟧, le conglomérat agroalimentaire et chimique qu’il a fondé et qui emploie quelque ⟦30{NNBSP}000|Q:count|30000||1⟧ personnes. Le chef de l’Etat avait exigé qu’il explique publiquement comment il comptait résoudre ce conflit d’intérêts avant toute nomination.

M. ⟦Babiš|P|Andrej Babiš⟧ a annoncé ⟦jeudi 4 décembre|D⟧ qu’il transférerait ses actions à un fonds fiduciaire «{NNBSP}totalement indépendant{NNBSP}», géré par un administrateur qu’il ne choisira pas. «{NNBSP}J’ai fait plus que ce que la loi exige. Maintenant, laissez-nous travailler{NNBSP}», a-t-il déclaré devant la presse à ⟦Prague|L⟧. Le chef du gouvernement sortant, ⟦Petr Fiala|P⟧, dont la coalition de centre droit ⟦Ensemble|O⟧ (⟦Spolu|O|Ensemble⟧) a obtenu ⟦23,4{NNBSP}%|Q:percent|23.4|%|0⟧ des voix, contre ⟦34,5{NNBSP}%|Q:percent|34.5|%|0⟧ pour ⟦ANO|O|ANO 2011⟧, a jugé la solution «{NNBSP}cosmétique{NNBSP}».

Selon l’ONG ⟦Transparency International|O⟧, les sociétés du groupe ont perçu plus de ⟦4 milliards de couronnes|Q:money|4000000000|CZK|1⟧ (environ ⟦165 millions d’euros|Q:money|165000000|EUR|1⟧) de subventions publiques et ⟦européennes|N⟧ depuis ⟦2017|D⟧. Selon un audit publié en ⟦2021|D⟧ par la ⟦Commission européenne|O⟧, M. ⟦Babiš|P|Andrej Babiš⟧ contrôlait encore de fait le groupe par l’intermédiaire de ⟦deux|Q:count|2||0⟧ fonds fiduciaires.

La coalition dispose de ⟦108|Q:count|108||0⟧ sièges sur ⟦200|Q:count|200||0⟧ à la ⟦Chambre des députés|O|Chambre des députés de la République tchèque⟧, qui devra accorder sa confiance au gouvernement dans un délai de ⟦30 jours|Q:duration|30|day|0⟧. Le cabinet comptera ⟦16|Q:count|16||0⟧ ministres, dont ⟦trois|Q:count|3||0⟧ issus du ⟦SPD|O|Liberté et démocratie directe⟧. Le président ⟦Pavel|P|Petr Pavel⟧ a toutefois fait savoir qu’il refuserait de nommer un candidat des ⟦Motoristes|O|Motoristé sobě⟧ aux Affaires étrangères, jugeant ses déclarations passées sur l’⟦Otan|O|OTAN⟧ «{NNBSP}incompatibles avec les engagements du pays{NNBSP}».

«{NNBSP}⟦Babiš|P|Andrej Babiš⟧ a toujours géré l’Etat comme une entreprise. La différence, c’est qu’il a désormais des partenaires imprévisibles{NNBSP}», estime ⟦Lucie Horáková|P⟧, politologue à l’⟦université Charles|O|université Charles de Prague⟧. Sur le plan extérieur, le nouveau premier ministre a dit vouloir confier à l’⟦Otan|O|OTAN⟧ l’initiative ⟦tchèque|N⟧ d’achat d’obus pour l’⟦Ukraine|L⟧, qui a permis d’acheminer près de ⟦1,8 million|Q:count|1800000||1⟧ de munitions en ⟦2025|D⟧. «{NNBSP}Pas une couronne du budget ⟦tchèque|N⟧ n’ira à l’⟦Ukraine|L⟧{NNBSP}», avait-il martelé pendant la campagne.

Le programme de la coalition prévoit aussi de plafonner le prix de l’électricité pour les ménages et de ramener le déficit public sous ⟦3{NNBSP}%|Q:percent|3|%|1⟧ du PIB d’ici à ⟦2028|D⟧. Les marchés ont réagi sans nervosité : la couronne ⟦tchèque|N⟧ s’échangeait ⟦mardi soir|D⟧ à ⟦24,2 couronnes|Q:money|24.2|CZK|0⟧ pour un euro, un niveau stable sur ⟦un mois|Q:duration|1|month|0⟧, selon la ⟦Banque nationale tchèque|O⟧.

A ⟦Bruxelles|L⟧, un diplomate ⟦européen|N⟧ résume l’état d’esprit : «{NNBSP}On a déjà travaillé avec lui. On sait qu’il est imprévisible, mais pas qu’il est ⟦Orban|P|Viktor Orban⟧{NNBSP}».
===ATTR===
indirect | chef de l’Etat | Petr Pavel | avait exigé | il explique publiquement comment il comptait résoudre ce conflit d’intérêts avant toute nomination
mixed | Babiš | Andrej Babiš | a annoncé | il transférerait ses actions à un fonds fiduciaire « totalement indépendant », géré par un administrateur qu’il ne choisira pas
direct | il | Andrej Babiš | a-t-il déclaré | J’ai fait plus que ce que la loi exige. Maintenant, laissez-nous travailler
mixed | Petr Fiala | Petr Fiala | a jugé | la solution « cosmétique »
according-to | Transparency International | Transparency International | Selon#1 | les sociétés du groupe ont perçu plus de 4 milliards de couronnes (environ 165 millions d’euros) de subventions publiques et européennes depuis 2017
according-to | Commission européenne | Commission européenne | Selon#2 | M. Babiš contrôlait encore de fait le groupe par l’intermédiaire de deux fonds fiduciaires
indirect | Pavel | Petr Pavel | a toutefois fait savoir | il refuserait de nommer un candidat des Motoristes aux Affaires étrangères
mixed | Pavel | Petr Pavel | jugeant | ses déclarations passées sur l’Otan « incompatibles avec les engagements du pays »
direct | Lucie Horáková | Lucie Horáková | estime | Babiš a toujours géré l’Etat comme une entreprise. La différence, c’est qu’il a désormais des partenaires imprévisibles
indirect | premier ministre | Andrej Babiš | a dit | vouloir confier à l’Otan l’initiative tchèque d’achat d’obus pour l’Ukraine
direct | il | Andrej Babiš | avait-il martelé | Pas une couronne du budget tchèque n’ira à l’Ukraine
according-to | Banque nationale tchèque | Banque nationale tchèque | selon | la couronne tchèque s’échangeait mardi soir à 24,2 couronnes pour un euro, un niveau stable sur un mois
direct | diplomate | diplomate européen (non nommé) | résume | On a déjà travaillé avec lui. On sait qu’il est imprévisible, mais pas qu’il est Orban
