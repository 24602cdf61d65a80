Urgences de ⟦Saint-Dié-des-Vosges|L⟧ : l'⟦ARS|O|Agence régionale de santé Grand Est⟧ confirme la fermeture de nuit jusqu'en ⟦mars|D⟧

Le service des urgences du ⟦centre hospitalier de Saint-Dié-des-Vosges|O⟧ restera fermé la nuit, de ⟦20 h 30|D⟧ à ⟦8 h 30|D⟧, au moins jusqu'au ⟦31 mars|D⟧. L'⟦Agence régionale de santé Grand Est|O⟧ (⟦ARS|O|Agence régionale de santé Grand Est⟧) l'a confirmé ⟦lundi|D⟧, au terme d'une réunion tendue avec les élus du territoire. En cause : le manque de médecins urgentistes. L'hôpital n'en compte plus que ⟦sept|Q:count|7||0⟧ pour ⟦seize|Q:count|16||0⟧ postes budgétés.

« Nous ne pouvons pas garantir la sécurité des patients avec des lignes de garde à moitié vides. Fermer la nuit, c'est la moins mauvaise des solutions », a fait valoir la directrice générale de l'⟦ARS|O|Agence régionale de santé Grand Est⟧, ⟦Florence Auriol|P⟧. Depuis la fermeture partielle, entamée le ⟦4 novembre|D⟧, les patients sont orientés la nuit vers le ⟦CHU de Nancy|O|centre hospitalier universitaire de Nancy⟧ ou vers l'⟦hôpital d'Epinal|O|centre hospitalier d'Epinal⟧, à ⟦55 kilomètres|Q:measure|55|km|0⟧.

Les élus, eux, s'inquiètent de cette distance. « Pour un infarctus ou un AVC, ⟦45 minutes|Q:duration|45|minute|0⟧ de route, c'est une perte de chances », s'insurge le maire de ⟦Saint-Dié-des-Vosges|L⟧, ⟦Hervé Lambert|P⟧, qui réclame « un plan d'urgence » pour recruter. Selon lui, le temps moyen d'intervention du Smur est passé de ⟦22|Q:duration|22|minute|0⟧ à ⟦41 minutes|Q:duration|41|minute|0⟧ depuis ⟦l'automne|D⟧.

Les chiffres de l'hôpital montrent une activité en hausse. Le service a accueilli ⟦31 400|Q:count|31400||0⟧ passages en ⟦2024|D⟧, soit ⟦12 %|Q:percent|12|%|0⟧ de plus qu'en ⟦2019|D⟧, et le temps d'attente médian avant une prise en charge atteint désormais ⟦4 h 10|Q:duration|250|minute|0⟧. Près de ⟦18 %|Q:percent|18|%|1⟧ des patients repartent sans avoir été vus par un médecin, indique un rapport interne consulté par notre journal. L'établissement, qui emploie ⟦1 100|Q:count|1100||0⟧ personnes, affiche pour sa part un déficit de ⟦9,5 millions d'euros|Q:money|9500000|EUR|0⟧.

Dans les couloirs, le personnel fait face. « On est épuisés. Certains collègues enchaînent des gardes de ⟦24 heures|Q:duration|24|hour|0⟧ ⟦deux fois|Q:count|2||0⟧ par semaine », témoigne ⟦Aurélie|P⟧, infirmière depuis ⟦quinze ans|Q:duration|15|year|0⟧ dans le service, qui préfère taire son nom. Le syndicat ⟦Sud Santé|O⟧ a déposé un préavis de grève pour le ⟦15 décembre|D⟧.

Pour attirer des médecins, l'agence finance une prime de ⟦1 500 euros|Q:money|1500|EUR|0⟧ par mois pour les médecins qui accepteront de venir en renfort, et la réouverture de ⟦dix|Q:count|10||0⟧ lits d'hospitalisation de courte durée au ⟦printemps|D⟧. ⟦Douze|Q:count|12||0⟧ candidatures ont déjà été reçues, assure-t-elle, sans préciser combien ont abouti.

Le ministre de la Santé, interrogé ⟦mardi|D⟧ à l'⟦Assemblée nationale|O⟧ par la députée des ⟦Vosges|L⟧ ⟦Claire Fontenoy|P⟧, a promis une mission d'inspection « dans les ⟦quinze jours|Q:duration|15|day|0⟧ ». En ⟦France|L⟧, près de ⟦100|Q:count|100||1⟧ services d'urgences ont dû réduire leurs horaires ⟦l'été dernier|D⟧, selon l'association ⟦Samu-Urgences de France|O⟧ (⟦SUdF|O|Samu-Urgences de France⟧).
===ATTR===
indirect | Agence régionale de santé Grand Est | Agence régionale de santé Grand Est | l'a confirmé | Le service des urgences du centre hospitalier de Saint-Dié-des-Vosges restera fermé la nuit, de 20 h 30 à 8 h 30, au moins jusqu'au 31 mars
direct | Florence Auriol | Florence Auriol | a fait valoir | Nous ne pouvons pas garantir la sécurité des patients avec des lignes de garde à moitié vides. Fermer la nuit, c'est la moins mauvaise des solutions
direct | Hervé Lambert | Hervé Lambert | s'insurge | Pour un infarctus ou un AVC, 45 minutes de route, c'est une perte de chances
mixed | qui | Hervé Lambert | réclame | « un plan d'urgence » pour recruter
according-to | lui | Hervé Lambert | Selon | le temps moyen d'intervention du Smur est passé de 22 à 41 minutes depuis l'automne
indirect | rapport | rapport interne (non nommé) | indique | Près de 18 % des patients repartent sans avoir été vus par un médecin
direct | Aurélie | Aurélie | témoigne | On est épuisés. Certains collègues enchaînent des gardes de 24 heures deux fois par semaine
indirect | elle | Agence régionale de santé Grand Est | assure-t-elle | Douze candidatures ont déjà été reçues
mixed | ministre | ministre de la Santé (non nommé) | a promis | une mission d'inspection « dans les quinze jours »
according-to | Samu-Urgences de France | Samu-Urgences de France | selon | près de 100 services d'urgences ont dû réduire leurs horaires l'été dernier
