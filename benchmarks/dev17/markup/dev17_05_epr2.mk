Nucléaire : ⟦EDF|O|Électricité de France⟧ chiffre à ⟦72,8 milliards d'euros|Q:money|72800000000|EUR|0⟧ ses ⟦six|Q:count|6||0⟧ EPR2, la décision finale repoussée

⟦EDF|O|Électricité de France⟧ a levé le voile, ⟦mardi|D⟧, sur la facture de son programme de nouveaux réacteurs. Lors d'un conseil d'administration réuni à ⟦14h30|D⟧ au siège du groupe, ⟦avenue de Wagram|L⟧, à ⟦Paris|L⟧, l'électricien a présenté une estimation actualisée de ⟦72,8 milliards d'euros|Q:money|72800000000|EUR|0⟧ (en euros de ⟦2020|D⟧) pour les ⟦six|Q:count|6||0⟧ EPR2 prévus à ⟦Penly|L⟧ (⟦Seine-Maritime|L⟧), ⟦Gravelines|L⟧ (⟦Nord|L⟧) et au ⟦Bugey|L⟧ (⟦Ain|L⟧), contre ⟦51,7 milliards|Q:money|51700000000|EUR|0⟧ lors du premier chiffrage de ⟦2021|D⟧.

« Ce chiffre est robuste. Il intègre les leçons de ⟦Flamanville|L⟧ et des marges pour aléas », a assuré le PDG d'⟦EDF|O|Électricité de France⟧, ⟦Bernard Fontana|P⟧, devant la presse. Selon lui, le premier réacteur pourrait être mis en service à ⟦Penly|L⟧ « à l'horizon ⟦2038|D⟧ », soit ⟦deux ans|Q:duration|2|year|0⟧ plus tard qu'espéré initialement. Chaque EPR2 doit développer une puissance de ⟦1{NNBSP}670 mégawatts|Q:measure|1670|MW|0⟧ (MW), de quoi alimenter environ ⟦2 millions|Q:count|2000000||1⟧ de foyers.

Le financement reste le nœud du dossier. L'Etat s'est engagé à accorder à ⟦EDF|O|Électricité de France⟧ un prêt bonifié couvrant au moins la moitié du coût de construction, en échange d'un prix de l'électricité produite encadré par un contrat pour différence plafonné à ⟦100 euros|Q:money|100|EUR|0⟧ le mégawattheure. Le feu vert de ⟦Bruxelles|L⟧, qui examine ces aides d'Etat depuis ⟦juin|D⟧, est attendu au ⟦premier semestre 2026|D⟧. La décision finale d'investissement, d'abord prévue ⟦fin 2025|D⟧, a été repoussée au ⟦second semestre 2026|D⟧, a précisé la direction financière du groupe.

« La maîtrise des coûts et des délais n'est pas acquise », avait averti en ⟦janvier|D⟧ la ⟦Cour des comptes|O⟧, qui recommandait de ne pas engager le programme avant d'avoir sécurisé son financement. L'EPR de ⟦Flamanville|L⟧ (⟦Manche|L⟧), raccordé au réseau en ⟦décembre 2024|D⟧ avec ⟦douze ans|Q:duration|12|year|0⟧ de retard, a coûté plus de ⟦20 milliards d'euros|Q:money|20000000000|EUR|1⟧, selon la juridiction financière.

Les syndicats poussent, eux, à accélérer. « Ce programme, c'est ⟦30{NNBSP}000|Q:count|30000||0⟧ emplois pendant des décennies. On ne peut pas se permettre un nouveau fiasco industriel », estime ⟦Sandrine Lebeau|P⟧, déléguée ⟦CGT|O|Confédération générale du travail⟧ à la centrale de ⟦Penly|L⟧. L'association ⟦Greenpeace France|O⟧ juge au contraire le devis « irréaliste » et plaide pour investir ces sommes dans les énergies renouvelables.

À ⟦Penly|L⟧, où les travaux préparatoires ont commencé à l'⟦été 2024|D⟧, quelque ⟦1{NNBSP}200|Q:count|1200||1⟧ personnes travaillent déjà sur le chantier, un effectif qui culminera à ⟦8{NNBSP}000|Q:count|8000||0⟧ vers ⟦2030|D⟧. Le maire de ⟦Petit-Caux|L⟧, ⟦Jean-Marc Lefrançois|P⟧, se félicite d'un chantier « qui fait revivre tout le territoire ». Les commerçants, eux, s'inquiètent de la hausse des loyers : un studio se loue désormais ⟦650 euros|Q:money|650|EUR|0⟧ par mois, ⟦30{NNBSP}%|Q:percent|30|%|0⟧ de plus qu'il y a ⟦deux ans|Q:duration|2|year|0⟧.
===ATTR===
direct | Bernard Fontana | Bernard Fontana | a assuré | Ce chiffre est robuste. Il intègre les leçons de Flamanville et des marges pour aléas
according-to | lui | Bernard Fontana | Selon | le premier réacteur pourrait être mis en service à Penly « à l'horizon 2038 », soit deux ans plus tard qu'espéré initialement
indirect | Etat#1 | État français | s'est engagé | à accorder à EDF un prêt bonifié couvrant au moins la moitié du coût de construction, en échange d'un prix de l'électricité produite encadré par un contrat pour différence plafonné à 100 euros le mégawattheure
indirect | direction | Électricité de France | a précisé | La décision finale d'investissement, d'abord prévue fin 2025, a été repoussée au second semestre 2026
direct | Cour des comptes | Cour des comptes | avait averti | La maîtrise des coûts et des délais n'est pas acquise
indirect | qui | Cour des comptes | recommandait | de ne pas engager le programme avant d'avoir sécurisé son financement
according-to | juridiction | Cour des comptes | selon | L'EPR de Flamanville (Manche), raccordé au réseau en décembre 2024 avec douze ans de retard, a coûté plus de 20 milliards d'euros
direct | Sandrine Lebeau | Sandrine Lebeau | estime | Ce programme, c'est 30 000 emplois pendant des décennies. On ne peut pas se permettre un nouveau fiasco industriel
mixed | Greenpeace France | Greenpeace France | juge | le devis « irréaliste »
indirect | Greenpeace France | Greenpeace France | plaide | pour investir ces sommes dans les énergies renouvelables
mixed | Jean-Marc Lefrançois | Jean-Marc Lefrançois | se félicite | d'un chantier « qui fait revivre tout le territoire »
