⟦Taïwan|L⟧ : la ⟦Chine|L⟧ déploie ⟦71|Q:count|71||0⟧ avions et ⟦24|Q:count|24||0⟧ navires autour de l'île, ⟦Taipei|L|Taïwan⟧ dénonce une «{NNBSP}provocation{NNBSP}»

⟦Taipei|L⟧, ⟦14 avril|D⟧ (⟦AFP|O|Agence France-Presse⟧) - La ⟦Chine|L⟧ a lancé ⟦lundi|D⟧ des exercices militaires de grande ampleur autour de ⟦Taïwan|L⟧, mobilisant ⟦71|Q:count|71||0⟧ avions de combat, ⟦24|Q:count|24||0⟧ navires de guerre et ⟦quatre|Q:count|4||0⟧ bâtiments des garde-côtes, a annoncé le ⟦ministère taïwanais de la Défense|O⟧. Selon lui, ⟦45|Q:count|45||0⟧ appareils ont franchi la ligne médiane du détroit ou pénétré dans la zone d'identification de défense aérienne de l'île entre ⟦6h|D⟧ et ⟦18h|D⟧.

Dans un communiqué, le ⟦commandement du théâtre oriental|O|commandement du théâtre oriental de l'Armée populaire de libération⟧, chargé du secteur, a affirmé que les manœuvres visaient à tester «{NNBSP}la capacité de contrôle conjoint de la mer et de l'air{NNBSP}» et constituaient «{NNBSP}un sévère avertissement aux forces séparatistes{NNBSP}». Les exercices doivent durer ⟦trois jours|Q:duration|3|day|0⟧ et inclure des tirs réels dans ⟦sept|Q:count|7||0⟧ zones maritimes, dont l'une se trouve à moins de ⟦20 milles nautiques|Q:measure|20|nmi|1⟧ de ⟦Kaohsiung|L⟧.

«{NNBSP}⟦Taïwan|L⟧ fait partie de la ⟦Chine|L⟧. Toute tentative d'indépendance est vouée à l'échec{NNBSP}», a déclaré à ⟦Pékin|L⟧ la porte-parole du ⟦ministère chinois des Affaires étrangères|O⟧, ⟦Mao Ning|P⟧, lors de son point presse quotidien. Elle a ajouté que ⟦Pékin|L|Chine⟧ «{NNBSP}ne renoncera jamais{NNBSP}» à défendre la souveraineté du pays.

Le président taïwanais, ⟦Lai Ching-te|P⟧, a réuni son conseil de sécurité nationale en fin de matinée. «{NNBSP}Nous ne chercherons pas l'escalade, mais nous ne reculerons pas d'un pas{NNBSP}», a-t-il écrit sur ⟦Facebook|O⟧. Son ministre de la Défense, ⟦Wellington Koo|P⟧, a indiqué que les forces armées avaient été placées en état d'alerte renforcée et que des batteries de missiles antinavires avaient été déployées sur la côte ouest.

Depuis ⟦janvier|D⟧, plus de ⟦1{NNBSP}350|Q:count|1350||1⟧ incursions aériennes ⟦chinoises|N⟧ ont été recensées, contre environ ⟦3{NNBSP}070|Q:count|3070||1⟧ sur l'ensemble de ⟦2025|D⟧, d'après un décompte de l'⟦AFP|O|Agence France-Presse⟧ fondé sur les données du ministère.

Pour ⟦Chen Wei-lun|P⟧, chercheur à l'⟦Institut de recherche sur la défense nationale et la sécurité|O⟧ de ⟦Taipei|L⟧, ces manœuvres, les troisièmes en ⟦un an|Q:duration|1|year|0⟧, sont «{NNBSP}plus longues et plus proches des côtes{NNBSP}» que les précédentes. «{NNBSP}L'objectif est d'habituer la population à la présence permanente de la marine ⟦chinoise|N⟧{NNBSP}», analyse-t-il.

À ⟦Washington|L|États-Unis⟧, un porte-parole du ⟦département d'État|O⟧ a déclaré que les ⟦États-Unis|L⟧ suivaient la situation «{NNBSP}de très près{NNBSP}». Selon des diplomates ⟦européens|N⟧ en poste à ⟦Pékin|L⟧, le principal risque reste celui d'un incident en mer entre garde-côtes.

Le ⟦détroit de Taïwan|L⟧, large d'environ ⟦180 kilomètres|Q:measure|180|km|1⟧, voit transiter une grande partie du commerce maritime ⟦asiatique|N⟧. La ⟦Bourse de Taipei|O⟧ a reculé de ⟦1,8{NNBSP}%|Q:percent|1.8|%|0⟧ à la clôture, le fondeur ⟦TSMC|O|Taiwan Semiconductor Manufacturing Company⟧ cédant ⟦2,4{NNBSP}%|Q:percent|2.4|%|0⟧. Le gouvernement a, de son côté, confirmé son projet de budget spécial de défense de ⟦1{NNBSP}250 milliards de dollars taïwanais|Q:money|1250000000000|TWD|0⟧, soit près de ⟦38 milliards de dollars|Q:money|38000000000|USD|1⟧, étalé sur ⟦huit ans|Q:duration|8|year|0⟧, que l'opposition du ⟦Kuomintang|O⟧ menace de bloquer au ⟦Parlement|O|Yuan législatif⟧.
===ATTR===
indirect | ministère taïwanais de la Défense | ministère taïwanais de la Défense | a annoncé | La Chine a lancé lundi des exercices militaires de grande ampleur autour de Taïwan, mobilisant 71 avions de combat, 24 navires de guerre et quatre bâtiments des garde-côtes
according-to | lui | ministère taïwanais de la Défense | Selon | 45 appareils ont franchi la ligne médiane du détroit ou pénétré dans la zone d'identification de défense aérienne de l'île entre 6h et 18h
mixed | commandement du théâtre oriental | commandement du théâtre oriental de l'Armée populaire de libération | a affirmé | les manœuvres visaient à tester « la capacité de contrôle conjoint de la mer et de l'air » et constituaient « un sévère avertissement aux forces séparatistes »
direct | Mao Ning | Mao Ning | a déclaré | Taïwan fait partie de la Chine. Toute tentative d'indépendance est vouée à l'échec
mixed | Elle | Mao Ning | a ajouté | Pékin « ne renoncera jamais » à défendre la souveraineté du pays
direct | il | Lai Ching-te | a-t-il écrit | Nous ne chercherons pas l'escalade, mais nous ne reculerons pas d'un pas
indirect | Wellington Koo | Wellington Koo | a indiqué | les forces armées avaient été placées en état d'alerte renforcée et que des batteries de missiles antinavires avaient été déployées sur la côte ouest
according-to | AFP | Agence France-Presse | d'après | plus de 1 350 incursions aériennes chinoises ont été recensées, contre environ 3 070 sur l'ensemble de 2025
according-to | Chen Wei-lun | Chen Wei-lun | Pour | ces manœuvres, les troisièmes en un an, sont « plus longues et plus proches des côtes » que les précédentes
direct | il | Chen Wei-lun | analyse-t-il | L'objectif est d'habituer la population à la présence permanente de la marine chinoise
mixed | porte-parole | porte-parole du département d'État (non nommé) | a déclaré | les États-Unis suivaient la situation « de très près »
according-to | diplomates | diplomates européens (non nommé) | Selon | le principal risque reste celui d'un incident en mer entre garde-côtes
