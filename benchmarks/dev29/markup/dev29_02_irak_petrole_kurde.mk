⟦Irak|L⟧ : le pétrole du ⟦Kurdistan|L|Kurdistan irakien⟧ recommence à couler vers la ⟦Turquie|L⟧

⟦Erbil|L⟧ (⟦Irak|L⟧), ⟦6 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Les exportations de pétrole du ⟦Kurdistan irakien|L⟧ vers le port ⟦turc|N⟧ de ⟦Ceyhan|L⟧ ont repris ⟦samedi matin|D⟧ après ⟦sept mois|Q:duration|7|month|0⟧ d'interruption, a annoncé le ⟦ministère irakien du Pétrole|O⟧. Quelque ⟦190000 barils|Q:measure|190000|bbl|1⟧ par jour devraient transiter dans un premier temps par l'oléoduc ⟦Kirkouk-Ceyhan|L⟧, avant une montée en charge jusqu'à ⟦260000 barils|Q:measure|260000|bbl|1⟧ d'ici ⟦la fin du mois|D⟧.

"C'est une bonne nouvelle pour tous les ⟦Irakiens|N⟧, du nord au sud. Chaque baril exporté alimente désormais le budget fédéral", a déclaré à ⟦Bagdad|L⟧ le ministre fédéral du Pétrole, ⟦Hassan al-Obeidi|P⟧, lors d'une conférence de presse. Selon lui, la reprise doit rapporter environ ⟦470 millions de dollars|Q:money|470000000|USD|1⟧ par mois à l'Etat, sur la base d'un baril à ⟦64 dollars|Q:money|64|USD|0⟧.

L'accord conclu ⟦fin novembre|D⟧ prévoit que la ⟦Société nationale de commercialisation du pétrole|O⟧ (⟦SOMO|O|Société nationale de commercialisation du pétrole⟧) vende seule le brut ⟦kurde|N⟧, en échange du versement par ⟦Bagdad|L|Irak⟧ des salaires des fonctionnaires de la région autonome, soit près de ⟦1 000 milliards de dinars|Q:money|1000000000000|IQD|1⟧ par mois. Les compagnies étrangères présentes au ⟦Kurdistan|L|Kurdistan irakien⟧ recevront ⟦16 dollars|Q:money|16|USD|0⟧ par baril pour couvrir leurs coûts de production et de transport.

A ⟦Erbil|L⟧, le ton est plus mesuré. Le ministre des Ressources naturelles du gouvernement régional, ⟦Sherwan Baban|P⟧, a affirmé que la région avait "respecté chacun de ses engagements" et que les arriérés de salaires devaient être réglés "avant ⟦la fin de l'année|D⟧". "Nous avons perdu plus de ⟦5 milliards de dollars|Q:money|5000000000|USD|1⟧ de recettes depuis ⟦2023|D⟧. Il ne faut plus jamais que l'oléoduc soit pris en otage", a-t-il ajouté. Le premier ministre de la région, ⟦Masrour Barzani|P⟧, a salué sur les réseaux sociaux "une étape importante pour la stabilité de l'⟦Irak|L⟧".

L'oléoduc était resté fermé de ⟦mars 2023|D⟧ à ⟦septembre 2025|D⟧, après une décision de la ⟦Chambre de commerce internationale|O⟧ condamnant ⟦Ankara|L|Turquie⟧ à verser ⟦1,5 milliard de dollars|Q:money|1500000000|USD|0⟧ de dommages à ⟦Bagdad|L|Irak⟧ pour des exportations non autorisées. Un premier redémarrage avait tourné court au ⟦printemps|D⟧, faute d'accord sur les paiements aux producteurs.

D'après l'association des compagnies pétrolières actives au ⟦Kurdistan|L|Kurdistan irakien⟧, ⟦Apikur|O⟧, ⟦huit|Q:count|8||0⟧ de ses membres ont déjà signé les nouveaux contrats. Un cadre d'une compagnie ⟦norvégienne|N⟧ estime toutefois que "la confiance ne reviendra qu'avec plusieurs mois de paiements réguliers".

Pour les analystes, l'enjeu dépasse le seul ⟦Kurdistan|L|Kurdistan irakien⟧. L'⟦Irak|L⟧, deuxième producteur de l'⟦Organisation des pays exportateurs de pétrole|O⟧ (⟦Opep|O|Organisation des pays exportateurs de pétrole⟧), s'est engagé à respecter un quota d'environ ⟦4,2 millions de barils|Q:measure|4200000|bbl|1⟧ par jour. "⟦Bagdad|L|Irak⟧ devra réduire ailleurs ce qu'il exporte par ⟦Ceyhan|L⟧, sinon le cartel réagira", prévient ⟦Layla Haddad|P⟧, analyste chez ⟦Energy Aspects|O⟧ à ⟦Londres|L⟧, qui prévoit une hausse des exportations totales de ⟦3%|Q:percent|3|%|0⟧ seulement ⟦l'an prochain|D⟧.
===ATTR===
indirect | ministère irakien du Pétrole | ministère irakien du Pétrole | a annoncé | Les exportations de pétrole du Kurdistan irakien vers le port turc de Ceyhan ont repris samedi matin après sept mois d'interruption
direct | Hassan al-Obeidi | Hassan al-Obeidi | a déclaré | C'est une bonne nouvelle pour tous les Irakiens, du nord au sud. Chaque baril exporté alimente désormais le budget fédéral
according-to | lui | Hassan al-Obeidi | Selon | la reprise doit rapporter environ 470 millions de dollars par mois à l'Etat, sur la base d'un baril à 64 dollars
mixed | Sherwan Baban | Sherwan Baban | a affirmé | la région avait "respecté chacun de ses engagements" et que les arriérés de salaires devaient être réglés "avant la fin de l'année"
direct | il | Sherwan Baban | a-t-il ajouté | Nous avons perdu plus de 5 milliards de dollars de recettes depuis 2023. Il ne faut plus jamais que l'oléoduc soit pris en otage
mixed | Masrour Barzani | Masrour Barzani | a salué | "une étape importante pour la stabilité de l'Irak"
according-to | Apikur | Apikur | D'après | huit de ses membres ont déjà signé les nouveaux contrats
mixed | cadre | cadre d'une compagnie norvégienne (non nommé) | estime | "la confiance ne reviendra qu'avec plusieurs mois de paiements réguliers"
according-to | analystes | analystes (non nommé) | Pour | l'enjeu dépasse le seul Kurdistan
direct | Layla Haddad | Layla Haddad | prévient | Bagdad devra réduire ailleurs ce qu'il exporte par Ceyhan, sinon le cartel réagira
