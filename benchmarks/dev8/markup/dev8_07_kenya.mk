⟦Kenya|L⟧ : au moins ⟦31|Q:count|31||1⟧ morts lors des manifestations de ⟦Saba Saba|D⟧, le gouvernement dénonce une “tentative de coup d’État”

Au moins ⟦31|Q:count|31||1⟧ personnes ont été tuées ⟦lundi|D⟧ au ⟦Kenya|L⟧ lors des manifestations antigouvernementales organisées à l’occasion de ⟦Saba Saba|D⟧, date anniversaire du soulèvement du ⟦7 juillet 1990|D⟧ pour le multipartisme, a annoncé ⟦mardi|D⟧ la ⟦Commission nationale des droits de l’homme du Kenya|O⟧ (⟦KNCHR|O|Commission nationale des droits de l’homme du Kenya⟧). L’organisme indépendant fait également état de ⟦107|Q:count|107||0⟧ blessés et de ⟦532|Q:count|532||0⟧ arrestations dans ⟦17|Q:count|17||0⟧ des ⟦47|Q:count|47||0⟧ comtés du pays.

Dans la capitale, ⟦Nairobi|L⟧, la police a bloqué dès ⟦6 heures|D⟧ les principaux accès au quartier d’affaires avec des barbelés et des camions, puis tiré des gaz lacrymogènes et à balles réelles sur ⟦des milliers|Q:count|1000||1⟧ de jeunes ⟦Kényans|N⟧ qui tentaient de rejoindre le centre. Des affrontements ont aussi eu lieu à ⟦Nakuru|L⟧, ⟦Nyeri|L⟧ et ⟦Embu|L⟧, dans le centre du pays, selon des journalistes de l’⟦AFP|O|Agence France-Presse⟧.

“Ils ont tiré sans sommation. Mon cousin avait ⟦19 ans|Q:duration|19|year|0⟧, il vendait des fruits au bord de la route”, raconte ⟦Mary Wanjiku|P⟧, rencontrée devant la morgue de ⟦Ngong|L⟧, à ⟦une vingtaine de kilomètres|Q:measure|20|km|1⟧ de la capitale.

Le ministre de l’Intérieur, ⟦Kipchumba Murkomen|P⟧, a qualifié les violences de “tentative de coup d’État déguisée” et affirmé que les forces de sécurité avaient agi “en légitime défense”. Le président ⟦William Ruto|P⟧, élu en ⟦2022|D⟧, a de son côté exhorté la police à tirer “dans les jambes” des pillards plutôt qu’à les tuer, provoquant un tollé dans l’opposition et jusqu’au sein de l’⟦Église catholique|O⟧.

La colère de la jeunesse, née en ⟦juin 2024|D⟧ avec la contestation d’un projet de loi de finances prévoyant ⟦2,7 milliards de dollars|Q:money|2700000000|USD|0⟧ de nouvelles taxes, a été ravivée ⟦le mois dernier|D⟧ par la mort en garde à vue du blogueur ⟦Albert Ojwang|P⟧, ⟦31 ans|Q:duration|31|year|0⟧. ⟦Six|Q:count|6||0⟧ personnes, dont ⟦trois|Q:count|3||0⟧ policiers, ont été inculpées de meurtre. Le ⟦25 juin|D⟧, jour anniversaire des manifestations de ⟦2024|D⟧, au moins ⟦19|Q:count|19||1⟧ personnes avaient déjà été tuées, selon ⟦Amnesty International Kenya|O⟧.

Le pays, lourdement endetté, consacre près de ⟦60{NNBSP}%|Q:percent|60|%|1⟧ de ses recettes fiscales au service de sa dette, qui atteint ⟦11{NBSP}400 milliards de shillings|Q:money|11400000000000|KES|0⟧ (environ ⟦88 milliards de dollars|Q:money|88000000000|USD|1⟧). Le ⟦Trésor|O|Trésor national du Kenya⟧ négocie avec le ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧) un nouveau programme après l’abandon, en ⟦mars|D⟧, de l’accord de ⟦3,6 milliards de dollars|Q:money|3600000000|USD|0⟧ conclu en ⟦2021|D⟧. “Le gouvernement n’a plus de marge : chaque hausse d’impôt met la rue en ébullition”, observe ⟦Kwame Owino|P⟧, directeur du centre de réflexion ⟦Institute of Economic Affairs|O⟧, à ⟦Nairobi|L⟧.

L’ancien vice-président ⟦Rigathi Gachagua|P⟧, destitué en ⟦octobre 2024|D⟧ et devenu l’un des principaux opposants, a accusé le pouvoir de “mener une guerre contre sa propre jeunesse” et appelé à la démission de M. ⟦Murkomen|P|Kipchumba Murkomen⟧. Les organisateurs promettent de nouveaux rassemblements chaque mardi jusqu’à l’élection présidentielle d’⟦août 2027|D⟧.

===ATTR===
mixed | gouvernement#1 | gouvernement kényan | dénonce | une “tentative de coup d’État”
indirect | Commission nationale des droits de l’homme du Kenya | Commission nationale des droits de l’homme du Kenya | a annoncé | Au moins 31 personnes ont été tuées lundi au Kenya lors des manifestations antigouvernementales organisées à l’occasion de Saba Saba, date anniversaire du soulèvement du 7 juillet 1990 pour le multipartisme
indirect | organisme | Commission nationale des droits de l’homme du Kenya | fait également état | de 107 blessés et de 532 arrestations dans 17 des 47 comtés du pays
according-to | journalistes | journalistes de l’AFP (non nommé) | selon#1 | Des affrontements ont aussi eu lieu à Nakuru, Nyeri et Embu, dans le centre du pays
direct | Mary Wanjiku | Mary Wanjiku | raconte | Ils ont tiré sans sommation. Mon cousin avait 19 ans, il vendait des fruits au bord de la route
mixed | Kipchumba Murkomen | Kipchumba Murkomen | a qualifié | les violences de “tentative de coup d’État déguisée”
mixed | Kipchumba Murkomen | Kipchumba Murkomen | affirmé | les forces de sécurité avaient agi “en légitime défense”
mixed | William Ruto | William Ruto | a de son côté exhorté | la police à tirer “dans les jambes” des pillards plutôt qu’à les tuer
according-to | Amnesty International Kenya | Amnesty International Kenya | selon#2 | Le 25 juin, jour anniversaire des manifestations de 2024, au moins 19 personnes avaient déjà été tuées
direct | Kwame Owino | Kwame Owino | observe | Le gouvernement n’a plus de marge : chaque hausse d’impôt met la rue en ébullition
mixed | Rigathi Gachagua | Rigathi Gachagua | a accusé | le pouvoir de “mener une guerre contre sa propre jeunesse”
indirect | Rigathi Gachagua | Rigathi Gachagua | appelé | à la démission de M. Murkomen
indirect | organisateurs | organisateurs (non nommé) | promettent | de nouveaux rassemblements chaque mardi jusqu’à l’élection présidentielle d’août 2027
