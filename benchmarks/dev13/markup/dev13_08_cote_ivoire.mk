⟦Côte d'Ivoire|L⟧ : la ⟦BCEAO|O|Banque centrale des États de l'Afrique de l'Ouest⟧ maintient ses taux, ⟦Abidjan|L⟧ table sur ⟦6,3%|Q:percent|6.3|%|0⟧ de croissance

⟦Abidjan|L⟧, ⟦4 décembre|D⟧ – La ⟦Banque centrale des États de l'Afrique de l'Ouest|O⟧ (⟦BCEAO|O|Banque centrale des États de l'Afrique de l'Ouest⟧) a décidé ⟦mercredi|D⟧ de maintenir son principal taux directeur à ⟦3,25%|Q:percent|3.25|%|0⟧, a annoncé son gouverneur, ⟦Jean-Claude Kassi Brou|P⟧, à l'issue de la réunion trimestrielle du ⟦Comité de politique monétaire|O|Comité de politique monétaire de la BCEAO⟧ à ⟦Dakar|L⟧.

« L'inflation est revenue dans notre zone cible de ⟦1 à 3%|Q:percent|1~3|%|1⟧. Nous restons vigilants face aux risques liés aux cours du pétrole et à la situation sécuritaire au ⟦Sahel|L⟧ », a déclaré le gouverneur devant la presse. Dans l'⟦Union économique et monétaire ouest-africaine|O⟧ (⟦UEMOA|O|Union économique et monétaire ouest-africaine⟧), la hausse des prix s'est établie à ⟦1,2%|Q:percent|1.2|%|0⟧ en ⟦octobre|D⟧ sur ⟦un an|Q:duration|1|year|0⟧, contre ⟦3,5%|Q:percent|3.5|%|0⟧ ⟦un an|Q:duration|1|year|0⟧ plus tôt, selon la banque centrale.

Première économie de la zone, la ⟦Côte d'Ivoire|L⟧ devrait afficher une croissance de ⟦6,3%|Q:percent|6.3|%|0⟧ en ⟦2025|D⟧, puis de ⟦6,6%|Q:percent|6.6|%|0⟧ en ⟦2026|D⟧, a indiqué ⟦jeudi|D⟧ le ministre des Finances et du Budget, ⟦Adama Coulibaly|P⟧, lors de la présentation du projet de loi de finances devant l'⟦Assemblée nationale|O|Assemblée nationale de Côte d'Ivoire⟧. Le budget ⟦2026|D⟧ s'élève à ⟦16 240 milliards de francs CFA|Q:money|16240000000000|XOF|0⟧ (environ ⟦24,8 milliards d'euros|Q:money|24800000000|EUR|1⟧), en hausse de ⟦5,9%|Q:percent|5.9|%|0⟧ par rapport à ⟦cette année|D⟧.

« Nous voulons un budget de croissance, mais aussi de responsabilité : le déficit sera ramené à ⟦3%|Q:percent|3|%|0⟧ du PIB, conformément à la norme communautaire », a souligné le ministre. Près de ⟦40%|Q:percent|40|%|1⟧ des dépenses iront au secteur social, éducation et santé en tête.

Le pays a par ailleurs levé en ⟦novembre|D⟧ ⟦1,75 milliard de dollars|Q:money|1750000000|USD|0⟧ sur les marchés internationaux, via une émission d'eurobligations à ⟦12 ans|Q:duration|12|year|0⟧ au taux de ⟦6,9%|Q:percent|6.9|%|0⟧. La demande a dépassé ⟦5 milliards de dollars|Q:money|5000000000|USD|1⟧, un « signal de confiance », selon le ministère.

Le cacao, qui représente plus du tiers des recettes d'exportation, reste le moteur de l'économie. Le ⟦Conseil du café-cacao|O⟧ a fixé à ⟦2 800 FCFA|Q:money|2800|XOF|0⟧ le kilo le prix bord champ garanti aux producteurs pour la campagne principale, un record. « Avec ce prix, on peut enfin payer l'école des enfants », se réjouit ⟦Koffi N'Guessan|P⟧, planteur à ⟦Soubré|L⟧, dans le sud-ouest du pays, qui exploite ⟦6 hectares|Q:measure|6|ha|0⟧.

Réélu en ⟦octobre|D⟧ pour un quatrième mandat, le président ⟦Alassane Ouattara|P⟧ veut porter la part de l'industrie à ⟦30%|Q:percent|30|%|0⟧ du PIB d'ici à ⟦2030|D⟧, contre environ ⟦21%|Q:percent|21|%|1⟧ ⟦aujourd'hui|D⟧. Le gouvernement mise notamment sur la transformation locale du cacao, dont le pays ne broie qu'environ ⟦35%|Q:percent|35|%|1⟧ de la production, a rappelé le Premier ministre, ⟦Robert Beugré Mambé|P⟧.

Le ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧), dont une mission a séjourné à ⟦Abidjan|L⟧ du ⟦12 au 25 novembre|D⟧, a salué « des performances solides » mais appelé à élargir l'assiette fiscale, les recettes ne représentant que ⟦14%|Q:percent|14|%|0⟧ du PIB.
===ATTR===
indirect | Jean-Claude Kassi Brou | Jean-Claude Kassi Brou | a annoncé | La Banque centrale des États de l'Afrique de l'Ouest (BCEAO) a décidé mercredi de maintenir son principal taux directeur à 3,25%
direct | gouverneur#2 | Jean-Claude Kassi Brou | a déclaré | L'inflation est revenue dans notre zone cible de 1 à 3%. Nous restons vigilants face aux risques liés aux cours du pétrole et à la situation sécuritaire au Sahel
according-to | banque centrale | Banque centrale des États de l'Afrique de l'Ouest | selon#1 | Dans l'Union économique et monétaire ouest-africaine (UEMOA), la hausse des prix s'est établie à 1,2% en octobre sur un an, contre 3,5% un an plus tôt
indirect | Adama Coulibaly | Adama Coulibaly | a indiqué | Première économie de la zone, la Côte d'Ivoire devrait afficher une croissance de 6,3% en 2025, puis de 6,6% en 2026
direct | ministre#2 | Adama Coulibaly | a souligné | Nous voulons un budget de croissance, mais aussi de responsabilité : le déficit sera ramené à 3% du PIB, conformément à la norme communautaire
according-to | ministère | ministère ivoirien des Finances et du Budget | selon#2 | La demande a dépassé 5 milliards de dollars, un « signal de confiance »
direct | Koffi N'Guessan | Koffi N'Guessan | se réjouit | Avec ce prix, on peut enfin payer l'école des enfants
direct | Fonds monétaire international | Fonds monétaire international | a salué | des performances solides
indirect | Fonds monétaire international | Fonds monétaire international | appelé | à élargir l'assiette fiscale
indirect | Robert Beugré Mambé | Robert Beugré Mambé | a rappelé | Le gouvernement mise notamment sur la transformation locale du cacao, dont le pays ne broie qu'environ 35% de la production
