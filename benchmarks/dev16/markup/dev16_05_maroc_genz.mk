⟦Maroc|L⟧ : ⟦GenZ 212|O⟧ maintient la pression, le gouvernement promet ⟦140 milliards de dirhams|Q:money|140000000000|MAD|0⟧ pour la santé et l'éducation

⟦Rabat|L⟧ - Au dixième jour de mobilisation, ⟦plusieurs centaines|Q:count|100||1⟧ de jeunes se sont de nouveau rassemblés ⟦mardi soir|D⟧ devant le ⟦Parlement|O|Parlement marocain⟧, à ⟦Rabat|L⟧, à l'appel du collectif ⟦GenZ 212|O⟧, qui réclame « des hôpitaux avant les stades ». Des rassemblements ont aussi eu lieu à ⟦Casablanca|L⟧, ⟦Marrakech|L⟧ et ⟦Tanger|L⟧, encadrés par un important dispositif policier, jusque vers ⟦22h30|D⟧.

Né ⟦fin septembre|D⟧ sur la plateforme ⟦Discord|O⟧, où il revendique plus de ⟦200000|Q:count|200000||1⟧ membres, le mouvement sans leader dénonce la dégradation des hôpitaux et des écoles publiques. L'étincelle est venue de l'⟦hôpital Hassan-II d'Agadir|O⟧, où ⟦huit|Q:count|8||0⟧ femmes sont mortes en ⟦août|D⟧ après des accouchements par césarienne.

Les manifestants opposent ces drames aux chantiers lancés pour la Coupe d'Afrique des nations, qui s'ouvre le ⟦21 décembre|D⟧, et pour le Mondial 2030, coorganisé avec l'⟦Espagne|L⟧ et le ⟦Portugal|L⟧. Le futur ⟦Grand Stade Hassan-II|L⟧, près de ⟦Casablanca|L⟧, doit accueillir ⟦115000|Q:count|115000||0⟧ spectateurs pour un coût estimé à ⟦5 milliards de dirhams|Q:money|5000000000|MAD|1⟧. « On nous construit des stades géants, mais à l'hôpital de mon quartier, il faut attendre ⟦six mois|Q:duration|6|month|0⟧ pour un scanner », lance ⟦Yasmine|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, étudiante en médecine.

Le chef du gouvernement, ⟦Aziz Akhannouch|P⟧, a affirmé ⟦jeudi|D⟧ que l'exécutif était « ouvert au dialogue » et que les revendications des jeunes étaient « légitimes ». Le budget ⟦2026|D⟧ prévoit ⟦140 milliards de DH|Q:money|140000000000|MAD|0⟧ pour la santé et l'éducation, en hausse de ⟦16%|Q:percent|16|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, et la création de quelque ⟦27000|Q:count|27000||1⟧ postes, a précisé le ⟦ministère de l'Economie et des Finances|O|ministère marocain de l'Économie et des Finances⟧. « Les mots ne suffisent plus, nous jugerons sur les actes », a répondu le collectif dans un message publié sur ⟦Discord|O⟧.

La mobilisation a été endeuillée le ⟦1er octobre|D⟧ à ⟦Lqliâa|L⟧, près d'⟦Agadir|L⟧, où ⟦trois|Q:count|3||0⟧ personnes ont été tuées par balles. Selon les autorités, les gendarmes ont riposté à une tentative d'assaut contre leur brigade. Le ⟦ministère de l'Intérieur|O|ministère marocain de l'Intérieur⟧ a fait état de ⟦409|Q:count|409||0⟧ interpellations et de ⟦263|Q:count|263||0⟧ blessés parmi les forces de l'ordre. L'⟦Association marocaine des droits humains|O⟧ (⟦AMDH|O|Association marocaine des droits humains⟧) a réclamé une enquête indépendante.

Le malaise est profond : le chômage des ⟦15-24 ans|Q:duration|15~24|year|1⟧ atteint ⟦36,7%|Q:percent|36.7|%|0⟧, selon le ⟦Haut-Commissariat au Plan|O⟧ (⟦HCP|O|Haut-Commissariat au Plan⟧). Le pays compte moins de ⟦8|Q:count|8||1⟧ médecins pour ⟦10000|Q:count|10000||0⟧ habitants, d'après l'⟦Organisation mondiale de la santé|O⟧ (⟦OMS|O|Organisation mondiale de la santé⟧). Le roi ⟦Mohammed VI|P⟧ doit prononcer ⟦vendredi|D⟧ le discours d'ouverture de la session parlementaire, très attendu par les manifestants. « On ne veut pas casser le pays. On veut des médecins et des profs, c'est tout », insiste ⟦Yasmine|P⟧.
===ATTR===
direct | qui | GenZ 212 | réclame | des hôpitaux avant les stades
indirect | il | GenZ 212 | revendique | plus de 200000 membres
indirect | mouvement | GenZ 212 | dénonce | la dégradation des hôpitaux et des écoles publiques
direct | Yasmine#1 | Yasmine | lance | On nous construit des stades géants, mais à l'hôpital de mon quartier, il faut attendre six mois pour un scanner
mixed | Aziz Akhannouch | Aziz Akhannouch | a affirmé | l'exécutif était « ouvert au dialogue » et que les revendications des jeunes étaient « légitimes »
indirect | ministère de l'Economie et des Finances | ministère marocain de l'Économie et des Finances | a précisé | Le budget 2026 prévoit 140 milliards de DH pour la santé et l'éducation, en hausse de 16% sur un an, et la création de quelque 27000 postes
direct | collectif#2 | GenZ 212 | a répondu | Les mots ne suffisent plus, nous jugerons sur les actes
according-to | autorités | autorités marocaines (non nommé) | Selon | les gendarmes ont riposté à une tentative d'assaut contre leur brigade
indirect | ministère de l'Intérieur | ministère marocain de l'Intérieur | a fait état | de 409 interpellations et de 263 blessés parmi les forces de l'ordre
indirect | Association marocaine des droits humains | Association marocaine des droits humains | a réclamé | une enquête indépendante
according-to | Haut-Commissariat au Plan | Haut-Commissariat au Plan | selon#1 | le chômage des 15-24 ans atteint 36,7%
direct | Yasmine#2 | Yasmine | insiste | On ne veut pas casser le pays. On veut des médecins et des profs, c'est tout
indirect | gouvernement#1 | gouvernement marocain | promet | 140 milliards de dirhams pour la santé et l'éducation
according-to | Organisation mondiale de la santé | Organisation mondiale de la santé | d'après | Le pays compte moins de 8 médecins pour 10000 habitants
