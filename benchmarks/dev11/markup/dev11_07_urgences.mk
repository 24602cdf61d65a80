⟦Côtes-d'Armor|L⟧ : les urgences de ⟦Guingamp|L⟧ fermeront la nuit à partir du ⟦1er décembre|D⟧

C'est la décision que redoutaient les soignants et les élus ⟦guingampais|N⟧. Faute de médecins, le service des urgences du ⟦centre hospitalier de Guingamp|O⟧ (⟦Côtes-d'Armor|L⟧) sera fermé chaque nuit, de ⟦18h30|D⟧ à ⟦8h30|D⟧, à partir du ⟦lundi 1er décembre|D⟧ et pour ⟦trois mois|Q:duration|3|month|1⟧ au moins, a annoncé ⟦mardi|D⟧ l'⟦Agence régionale de santé|O|Agence régionale de santé de Bretagne⟧ (⟦ARS|O|Agence régionale de santé de Bretagne⟧) de ⟦Bretagne|L⟧.

Concrètement, les patients devront appeler le 15 avant de se déplacer. Le ⟦Samu|O|SAMU des Côtes-d'Armor⟧ orientera les cas graves vers les hôpitaux de ⟦Saint-Brieuc|L⟧ ou de ⟦Lannion|L⟧, situés à plus de ⟦30 kilomètres|Q:measure|30|km|1⟧. Les urgences de jour, qui accueillent en moyenne ⟦70|Q:count|70||0⟧ patients, restent ouvertes. La nuit, le service voyait passer entre ⟦10 et 15|Q:count|10~15||1⟧ patients. Dans un communiqué, l'⟦ARS|O|Agence régionale de santé de Bretagne⟧ assure que la mesure est "temporaire" et que le recrutement de ⟦trois|Q:count|3||0⟧ praticiens, dont ⟦deux|Q:count|2||0⟧ diplômés à l'étranger, est en cours.

"Nous n'avons plus que ⟦cinq|Q:count|5||0⟧ urgentistes pour ⟦douze|Q:count|12||0⟧ postes. Sans l'intérim, nous ne pouvons plus assurer la ligne de garde de nuit", a expliqué la directrice de l'hôpital, ⟦Nathalie Le Floch|P⟧, lors d'une conférence de presse. Depuis ⟦avril 2023|D⟧, la loi plafonne la rémunération des médecins intérimaires à ⟦1390 euros|Q:money|1390|EUR|0⟧ brut pour une garde de ⟦24 heures|Q:duration|24|hour|0⟧. "Beaucoup de remplaçants sont partis vers le privé ou vers des territoires qui contournent la règle", regrette le docteur ⟦Yann Kerhervé|P⟧, chef du service.

"C'est une mise en danger de la population. Un infarctus à ⟦3 heures du matin|D⟧, c'est ⟦40 minutes|Q:duration|40|minute|0⟧ de route jusqu'à ⟦Saint-Brieuc|L⟧", a dénoncé le maire de ⟦Guingamp|L⟧, qui réclame la réouverture du service "dès que possible". La ⟦CGT|O|Confédération générale du travail⟧ de l'hôpital, qui dénonce "des années de sous-investissement", a appelé à la mobilisation. Le ⟦15 novembre|D⟧, environ ⟦1500|Q:count|1500||1⟧ personnes avaient déjà manifesté devant l'établissement, selon la police (⟦3000|Q:count|3000||0⟧ selon les organisateurs). Une pétition lancée par le comité de défense de l'hôpital a recueilli plus de ⟦12000|Q:count|12000||1⟧ signatures.

Interrogée ⟦mardi|D⟧ à l'⟦Assemblée nationale|O⟧, la ministre de la Santé, ⟦Stéphanie Rist|P⟧, a reconnu une situation "très tendue" dans ⟦une trentaine|Q:count|30||1⟧ de services et promis "des solutions durables" avant ⟦l'été|D⟧, sans évoquer le cas de ⟦Guingamp|L⟧.

La ⟦Bretagne|L⟧ n'est pas seule dans ce cas. ⟦Cet été|D⟧, au moins ⟦60|Q:count|60||1⟧ services d'urgences ont dû fermer ou filtrer leur accès la nuit, selon le syndicat ⟦Samu-Urgences de France|O⟧ (⟦SUdF|O|Samu-Urgences de France⟧). À ⟦Carhaix|L⟧, dans le ⟦Finistère|L⟧, l'accès est régulé la nuit depuis ⟦2023|D⟧.

À ⟦Bégard|L⟧, à ⟦une quinzaine de kilomètres|Q:measure|15|km|1⟧ de ⟦Guingamp|L⟧, ⟦Yvonne|P⟧, ⟦81 ans|Q:duration|81|year|0⟧, ne cache pas son inquiétude. "Mon mari a fait un AVC il y a ⟦deux ans|Q:duration|2|year|0⟧, en pleine nuit. S'il avait fallu aller à ⟦Saint-Brieuc|L⟧, il ne serait plus là", confie-t-elle.
===ATTR===
indirect | Agence régionale de santé | Agence régionale de santé de Bretagne | a annoncé | Faute de médecins, le service des urgences du centre hospitalier de Guingamp (Côtes-d'Armor) sera fermé chaque nuit, de 18h30 à 8h30, à partir du lundi 1er décembre et pour trois mois au moins
mixed | ARS#2 | Agence régionale de santé de Bretagne | assure | la mesure est "temporaire" et que le recrutement de trois praticiens, dont deux diplômés à l'étranger, est en cours
direct | Nathalie Le Floch | Nathalie Le Floch | a expliqué | Nous n'avons plus que cinq urgentistes pour douze postes. Sans l'intérim, nous ne pouvons plus assurer la ligne de garde de nuit
direct | Yann Kerhervé | Yann Kerhervé | regrette | Beaucoup de remplaçants sont partis vers le privé ou vers des territoires qui contournent la règle
direct | maire | maire de Guingamp (non nommé) | a dénoncé | C'est une mise en danger de la population. Un infarctus à 3 heures du matin, c'est 40 minutes de route jusqu'à Saint-Brieuc
mixed | qui | maire de Guingamp (non nommé) | réclame | la réouverture du service "dès que possible"
direct | qui | Confédération générale du travail | dénonce | des années de sous-investissement
indirect | CGT | Confédération générale du travail | a appelé | à la mobilisation
according-to | police | police (non nommé) | selon#1 | Le 15 novembre, environ 1500 personnes avaient déjà manifesté devant l'établissement
according-to | organisateurs | organisateurs (non nommé) | selon#2 | 3000
mixed | Stéphanie Rist | Stéphanie Rist | a reconnu | une situation "très tendue" dans une trentaine de services
mixed | Stéphanie Rist | Stéphanie Rist | promis | "des solutions durables" avant l'été
according-to | Samu-Urgences de France | Samu-Urgences de France | selon#3 | Cet été, au moins 60 services d'urgences ont dû fermer ou filtrer leur accès la nuit
direct | elle | Yvonne | confie-t-elle | Mon mari a fait un AVC il y a deux ans, en pleine nuit. S'il avait fallu aller à Saint-Brieuc, il ne serait plus là