⟦Haïti|L⟧ : les gangs s'emparent de ⟦Mirebalais|L⟧, l'⟦ONU|O|Organisation des Nations unies⟧ s'alarme d'une "situation hors de contrôle"

⟦Port-au-Prince|L⟧, ⟦2 avril|D⟧ (⟦AFP|O|Agence France-Presse⟧) - ⟦Des milliers|Q:count|1000||1⟧ d'habitants de ⟦Mirebalais|L⟧, à ⟦une cinquantaine de kilomètres|Q:measure|50|km|1⟧ au nord-est de ⟦Port-au-Prince|L⟧, ont fui leur ville, tombée dans ⟦la nuit de lundi à mardi|D⟧ aux mains de la coalition de gangs ⟦Viv Ansanm|O⟧, qui a libéré plus de ⟦500|Q:count|500||1⟧ détenus de la prison civile, a indiqué ⟦mardi|D⟧ la ⟦Police nationale d'Haïti|O⟧ (⟦PNH|O|Police nationale d'Haïti⟧).

"C'est une attaque planifiée. Les bandits sont arrivés à plus d'⟦une centaine|Q:count|100||1⟧, lourdement armés, et les policiers n'ont rien pu faire", a raconté à l'⟦AFP|O|Agence France-Presse⟧ par téléphone un habitant qui a requis l'anonymat par crainte de représailles.

"La situation est hors de contrôle. Les gangs étendent leur emprise à des zones jusqu'ici épargnées", a averti ⟦lundi|D⟧ à ⟦New York|L⟧ la représentante spéciale de l'⟦ONU|O|Organisation des Nations unies⟧ en ⟦Haïti|L⟧, ⟦María Isabel Salvador|P⟧, devant le ⟦Conseil de sécurité|O|Conseil de sécurité des Nations unies⟧. Selon elle, les gangs contrôlent désormais environ ⟦85 %|Q:percent|85|%|1⟧ de la capitale.

Selon l'⟦Organisation internationale pour les migrations|O⟧ (⟦OIM|O|Organisation internationale pour les migrations⟧), plus d'⟦un million|Q:count|1000000||1⟧ de personnes, soit près de ⟦10 %|Q:percent|10|%|1⟧ de la population, ont été chassées de chez elles par les violences, un record. Au moins ⟦5 601|Q:count|5601||1⟧ personnes ont été tuées en ⟦2024|D⟧, et plus de ⟦1 500|Q:count|1500||1⟧ au ⟦premier trimestre 2025|D⟧, d'après le ⟦Haut-Commissariat des Nations unies aux droits de l'homme|O⟧ (⟦HCDH|O|Haut-Commissariat des Nations unies aux droits de l'homme⟧).

Déployée depuis ⟦juin 2024|D⟧, la ⟦Mission multinationale d'appui à la sécurité|O⟧ (⟦MMAS|O|Mission multinationale d'appui à la sécurité⟧), dirigée par le ⟦Kenya|L⟧, ne compte qu'environ ⟦1 000|Q:count|1000||1⟧ policiers et militaires sur les ⟦2 500|Q:count|2500||0⟧ promis. Le fonds fiduciaire de l'⟦ONU|O|Organisation des Nations unies⟧ destiné à la mission n'a reçu que ⟦112 millions de dollars|Q:money|112000000|USD|0⟧, selon un diplomate ⟦occidental|N⟧ qui a requis l'anonymat.

"Nous avons besoin d'hélicoptères et de renforts, pas de promesses", a déclaré le commandant ⟦kényan|N⟧ de la mission, ⟦Godfrey Otunge|P⟧, lors d'une visite à ⟦Kenscoff|L⟧, commune des hauteurs de la capitale où les combats ont fait ⟦40|Q:count|40||0⟧ morts depuis ⟦fin janvier|D⟧. A ⟦Nairobi|L⟧, le président ⟦William Ruto|P⟧ a promis l'envoi de ⟦600|Q:count|600||0⟧ policiers supplémentaires d'ici ⟦juin|D⟧.

Le Premier ministre, ⟦Alix Didier Fils-Aimé|P⟧, a annoncé la création d'une force d'intervention chargée de "neutraliser" les chefs de gangs. Selon le quotidien ⟦Le Nouvelliste|O⟧, le gouvernement a fait appel à la société militaire privée ⟦américaine|N⟧ ⟦Vectus Global|O⟧, fondée par l'⟦Américain|N⟧ ⟦Erik Prince|P⟧, ex-patron de ⟦Blackwater|O⟧. Le ⟦Conseil présidentiel de transition|O⟧ (⟦CPT|O|Conseil présidentiel de transition⟧), qui dirige le pays depuis ⟦avril 2024|D⟧, doit céder le pouvoir le ⟦7 février 2026|D⟧ à des autorités élues.

Le chef de gang ⟦Jimmy Chérizier|P⟧, dit "⟦Barbecue|P|Jimmy Chérizier⟧", ancien policier sanctionné par l'⟦ONU|O|Organisation des Nations unies⟧ et les ⟦États-Unis|L⟧, a menacé dans une vidéo diffusée sur les réseaux sociaux de s'en prendre aux "mercenaires étrangers".

La crise humanitaire s'aggrave : près de ⟦5,7 millions|Q:count|5700000||1⟧ d'⟦Haïtiens|N⟧, soit la moitié de la population, souffrent d'insécurité alimentaire aiguë, selon le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧). L'inflation annuelle atteignait ⟦27,6 %|Q:percent|27.6|%|0⟧ en ⟦février|D⟧ et la gourde s'échange autour de ⟦132,5 gourdes|Q:money|132.5|HTG|1⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, a précisé la ⟦Banque de la République d'Haïti|O⟧ (⟦BRH|O|Banque de la République d'Haïti⟧).

===ATTR===
mixed | ONU#1 | Organisation des Nations unies | s'alarme | d'une "situation hors de contrôle"
indirect | Police nationale d'Haïti | Police nationale d'Haïti | a indiqué | Des milliers d'habitants de Mirebalais, à une cinquantaine de kilomètres au nord-est de Port-au-Prince, ont fui leur ville, tombée dans la nuit de lundi à mardi aux mains de la coalition de gangs Viv Ansanm, qui a libéré plus de 500 détenus de la prison civile
direct | habitant | habitant de Mirebalais (non nommé) | a raconté | C'est une attaque planifiée. Les bandits sont arrivés à plus d'une centaine, lourdement armés, et les policiers n'ont rien pu faire
direct | María Isabel Salvador | María Isabel Salvador | a averti | La situation est hors de contrôle. Les gangs étendent leur emprise à des zones jusqu'ici épargnées
according-to | elle | María Isabel Salvador | Selon#1 | les gangs contrôlent désormais environ 85 % de la capitale
according-to | Organisation internationale pour les migrations | Organisation internationale pour les migrations | Selon#2 | plus d'un million de personnes, soit près de 10 % de la population, ont été chassées de chez elles par les violences, un record
according-to | Haut-Commissariat des Nations unies aux droits de l'homme | Haut-Commissariat des Nations unies aux droits de l'homme | d'après | Au moins 5 601 personnes ont été tuées en 2024, et plus de 1 500 au premier trimestre 2025
according-to | diplomate occidental | diplomate occidental (non nommé) | selon | Le fonds fiduciaire de l'ONU destiné à la mission n'a reçu que 112 millions de dollars
direct | Godfrey Otunge | Godfrey Otunge | a déclaré | Nous avons besoin d'hélicoptères et de renforts, pas de promesses
indirect | William Ruto | William Ruto | a promis | l'envoi de 600 policiers supplémentaires d'ici juin
mixed | Alix Didier Fils-Aimé | Alix Didier Fils-Aimé | a annoncé | la création d'une force d'intervention chargée de "neutraliser" les chefs de gangs
according-to | Le Nouvelliste | Le Nouvelliste | Selon | le gouvernement a fait appel à la société militaire privée américaine Vectus Global, fondée par l'Américain Erik Prince, ex-patron de Blackwater
mixed | Jimmy Chérizier | Jimmy Chérizier | a menacé | de s'en prendre aux "mercenaires étrangers"
according-to | Programme alimentaire mondial | Programme alimentaire mondial | selon | près de 5,7 millions d'Haïtiens, soit la moitié de la population, souffrent d'insécurité alimentaire aiguë
indirect | Banque de la République d'Haïti | Banque de la République d'Haïti | a précisé | L'inflation annuelle atteignait 27,6 % en février et la gourde s'échange autour de 132,5 gourdes pour un dollar
