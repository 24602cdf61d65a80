L’⟦Australie|L⟧ interdit les réseaux sociaux aux moins de ⟦16 ans|Q:duration|16|year|1⟧, une première mondiale

(⟦Sydney|L⟧) L’⟦Australie|L⟧ est devenue ⟦mercredi|D⟧ le premier pays au monde à interdire l’accès aux réseaux sociaux aux moins de ⟦16 ans|Q:duration|16|year|1⟧. Depuis ⟦minuit|D⟧, heure de ⟦Sydney|L⟧, ⟦TikTok|O⟧, ⟦Instagram|O⟧, ⟦Facebook|O⟧, ⟦Snapchat|O⟧, ⟦YouTube|O⟧, ⟦X|O⟧ et ⟦Reddit|O⟧ doivent empêcher les adolescents ⟦australiens|N⟧ d’ouvrir ou de conserver un compte, sous peine d’amendes pouvant atteindre ⟦49,5 millions de dollars australiens|Q:money|49500000|AUD|1⟧ (environ ⟦45 millions de dollars canadiens|Q:money|45000000|CAD|1⟧).

«{NBSP}C’est le jour où les familles ⟦australiennes|N⟧ reprennent le pouvoir face aux géants de la technologie{NBSP}», a déclaré le premier ministre ⟦Anthony Albanese|P⟧ dans une vidéo publiée en ligne. La ministre des Communications, ⟦Anika Wells|P⟧, a toutefois reconnu que la mise en œuvre ne serait «{NBSP}pas parfaite{NBSP}» au début.

La commissaire à la sécurité en ligne, ⟦Julie Inman Grant|P⟧, chargée de faire appliquer la loi, a précisé que les plateformes devraient démontrer qu’elles prennent des «{NBSP}mesures raisonnables{NBSP}», sans être tenues de vérifier l’âge de chaque utilisateur. Selon l’organisme ⟦eSafety|O|eSafety Commissioner⟧, qu’elle dirige, environ ⟦1 million|Q:count|1000000||1⟧ de comptes appartenant à des jeunes de ⟦13 à 15 ans|Q:duration|13~15|year|1⟧ devraient être supprimés ou désactivés dans ⟦les prochaines semaines|D⟧.

⟦Meta|O⟧, maison mère de ⟦Facebook|O⟧ et d’⟦Instagram|O⟧, a commencé dès ⟦la semaine dernière|D⟧ à prévenir les utilisateurs concernés. Le groupe a affirmé qu’il se conformerait à la loi, mais a qualifié celle-ci d’«{NBSP}inefficace{NBSP}». ⟦YouTube|O⟧, initialement exempté, a été ajouté à la liste en ⟦juillet|D⟧. ⟦Reddit|O⟧ a annoncé ⟦vendredi|D⟧ avoir déposé un recours devant la ⟦Haute Cour d’Australie|O⟧, estimant que la loi porte atteinte à la liberté de communication politique.

À ⟦Melbourne|L⟧, ⟦Sarah Whitfield|P⟧, mère de ⟦deux|Q:count|2||0⟧ adolescentes de ⟦14|Q:duration|14|year|0⟧ et ⟦15 ans|Q:duration|15|year|0⟧, se dit «{NBSP}soulagée{NBSP}» par l’entrée en vigueur de la loi. «{NBSP}Elles passaient jusqu’à ⟦six heures|Q:duration|6|hour|1⟧ par jour sur ⟦TikTok|O⟧. Maintenant, au moins, la règle ne vient plus seulement de moi{NBSP}», raconte-t-elle. Son aînée, ⟦Chloe|P⟧, prévient : «{NBSP}Tous mes amis vont juste passer par un VPN.{NBSP}»

L’association ⟦Digital Rights Watch|O⟧ juge d’ailleurs la mesure «{NBSP}facile à contourner{NBSP}» et s’inquiète de la collecte de données personnelles. D’après un sondage ⟦YouGov|O⟧ publié en ⟦novembre|D⟧, ⟦77{NNBSP}%|Q:percent|77|%|0⟧ des ⟦Australiens|N⟧ soutiennent pourtant l’interdiction.

Le ⟦Danemark|L⟧, la ⟦Malaisie|L⟧ et la ⟦Nouvelle-Zélande|L⟧ envisagent des mesures similaires, tandis qu’à ⟦Bruxelles|L⟧ la ⟦Commission européenne|O⟧ étudie la question. Au ⟦Québec|L⟧, une commission parlementaire avait recommandé en ⟦mai|D⟧ de fixer à ⟦14 ans|Q:duration|14|year|0⟧ l’âge minimal pour s’inscrire aux réseaux sociaux.
===ATTR===
direct | Anthony Albanese | Anthony Albanese | a déclaré | C’est le jour où les familles australiennes reprennent le pouvoir face aux géants de la technologie
mixed | Anika Wells | Anika Wells | a toutefois reconnu | la mise en œuvre ne serait « pas parfaite » au début
mixed | Julie Inman Grant | Julie Inman Grant | a précisé | les plateformes devraient démontrer qu’elles prennent des « mesures raisonnables », sans être tenues de vérifier l’âge de chaque utilisateur
according-to | eSafety | eSafety Commissioner | Selon | environ 1 million de comptes appartenant à des jeunes de 13 à 15 ans devraient être supprimés ou désactivés dans les prochaines semaines
indirect | groupe | Meta | a affirmé | il se conformerait à la loi
mixed | groupe | Meta | a qualifié | celle-ci d’« inefficace »
indirect | Reddit | Reddit | a annoncé | avoir déposé un recours devant la Haute Cour d’Australie
indirect | Reddit | Reddit | estimant | la loi porte atteinte à la liberté de communication politique
mixed | Sarah Whitfield | Sarah Whitfield | se dit | « soulagée » par l’entrée en vigueur de la loi
direct | elle | Sarah Whitfield | raconte-t-elle | Elles passaient jusqu’à six heures par jour sur TikTok. Maintenant, au moins, la règle ne vient plus seulement de moi
direct | Chloe | Chloe | prévient | Tous mes amis vont juste passer par un VPN.
mixed | Digital Rights Watch | Digital Rights Watch | juge | la mesure « facile à contourner »

according-to | YouGov | YouGov | D’après | 77 % des Australiens soutiennent pourtant l’interdiction
indirect | commission | commission parlementaire québécoise (non nommé) | avait recommandé | de fixer à 14 ans l’âge minimal pour s’inscrire aux réseaux sociaux
