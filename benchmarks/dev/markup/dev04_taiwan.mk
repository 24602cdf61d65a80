⟦Taïwan|L⟧ : ⟦Pékin|L⟧ mobilise ⟦49|Q:count|49||0⟧ avions et ⟦26|Q:count|26||0⟧ navires autour de l’île

⟦Taipei|L⟧, ⟦24 mai|D⟧ – L’⟦armée chinoise|O|Armée populaire de libération⟧ a lancé ⟦jeudi|D⟧ des manœuvres de grande ampleur autour de ⟦Taïwan|L⟧, ⟦trois jours|Q:duration|3|day|0⟧ après l’investiture du nouveau président ⟦taïwanais|N⟧, ⟦Lai Ching-te|P|Lai Ching-te⟧, honni par ⟦Pékin|L⟧.

Ces exercices visent à « punir sévèrement les actes séparatistes des forces indépendantistes », a rapporté l’agence officielle ⟦Chine nouvelle|O|Agence de presse Xinhua⟧, citant un porte-parole du ⟦commandement du théâtre oriental de l’Armée populaire de libération|O|Commandement du théâtre oriental⟧ (⟦APL|O|Armée populaire de libération⟧). Selon ⟦Xinhua|O|Agence de presse Xinhua⟧, des bombardiers ont simulé des frappes contre des « cibles militaires de grande valeur ». L’opération, baptisée « Joint Sword-2024A », doit durer ⟦deux jours|Q:duration|2|day|0⟧.

Le ⟦ministère taïwanais de la Défense|O⟧ a dit avoir détecté, entre ⟦jeudi 6h|D⟧ et ⟦vendredi 6h|D⟧, ⟦49|Q:count|49||0⟧ aéronefs militaires, dont ⟦35|Q:count|35||0⟧ ont franchi la ligne médiane du ⟦détroit de Taïwan|L⟧, ainsi que ⟦19|Q:count|19||0⟧ navires de guerre et ⟦7|Q:count|7||0⟧ bâtiments des ⟦garde-côtes chinois|O|Garde côtière chinoise⟧.

« Nous ne cherchons pas l’escalade, mais nous ne reculerons pas », a assuré le ministre ⟦taïwanais|N⟧ de la Défense, ⟦Wellington Koo|P|Wellington Koo⟧, devant le ⟦Parlement|O|Yuan législatif⟧. Il a ajouté que les forces de l’île étaient « en état d’alerte maximale » et suivaient « chaque mouvement » de l’⟦APL|O|Armée populaire de libération⟧. Le ministère n’a pas indiqué si des tirs réels avaient eu lieu.

« Les forces indépendantistes de ⟦Taïwan|L⟧ auront la tête fracassée et le sang coulera », a lancé ⟦vendredi|D⟧ à ⟦Pékin|L⟧ un porte-parole de la diplomatie ⟦chinoise|N⟧, ⟦Wang Wenbin|P|Wang Wenbin⟧.

À ⟦Washington|L⟧, le porte-parole du ⟦Pentagone|O|Département de la Défense des États-Unis⟧, ⟦Pat Ryder|P|Pat Ryder⟧, a estimé que ces manœuvres étaient « inutilement provocatrices » et risquaient de provoquer « une erreur de calcul ». Selon un responsable ⟦américain|N⟧ de la défense, qui a requis l’anonymat, un destroyer de l’⟦US Navy|O|Marine des États-Unis⟧ a franchi le ⟦détroit de Taïwan|L⟧ ⟦la semaine dernière|D⟧ sans incident.

Il s’agit des manœuvres les plus importantes depuis ⟦août 2022|D⟧, lorsque ⟦Pékin|L⟧ avait réagi à la visite à ⟦Taipei|L⟧ de la présidente de la ⟦Chambre des représentants|O|Chambre des représentants des États-Unis⟧ ⟦américaine|N⟧, ⟦Nancy Pelosi|P|Nancy Pelosi⟧.

D’après l’⟦Institut international d’études stratégiques|O⟧ (⟦IISS|O|Institut international d’études stratégiques⟧), la ⟦marine chinoise|O|Marine de l’Armée populaire de libération⟧ aligne désormais plus de ⟦370|Q:count|370||1⟧ navires, la première flotte du monde en nombre. ⟦Pékin|L⟧ revendique l’île de ⟦23 millions|Q:count|23000000||0⟧ d’habitants, située à quelque ⟦180 kilomètres|Q:measure|180|km|1⟧ de ses côtes, et entend en reprendre le contrôle, par la force si nécessaire.

===ATTR===
mixed | Chine nouvelle | Agence de presse Xinhua | a rapporté | Ces exercices visent à « punir sévèrement les actes séparatistes des forces indépendantistes »
according-to | porte-parole du commandement du théâtre oriental de l’Armée populaire de libération | Commandement du théâtre oriental | citant | Ces exercices visent à « punir sévèrement les actes séparatistes des forces indépendantistes »
according-to | Xinhua | Agence de presse Xinhua | Selon | des bombardiers ont simulé des frappes contre des « cibles militaires de grande valeur »
indirect | ministère taïwanais de la Défense | ministère taïwanais de la Défense | a dit | avoir détecté, entre jeudi 6h et vendredi 6h, 49 aéronefs militaires, dont 35 ont franchi la ligne médiane du détroit de Taïwan, ainsi que 19 navires de guerre et 7 bâtiments des garde-côtes chinois
direct | Wellington Koo | Wellington Koo | a assuré | Nous ne cherchons pas l’escalade, mais nous ne reculerons pas
mixed | Il | Wellington Koo | a ajouté | les forces de l’île étaient « en état d’alerte maximale » et suivaient « chaque mouvement » de l’APL
direct | Wang Wenbin | Wang Wenbin | a lancé | Les forces indépendantistes de Taïwan auront la tête fracassée et le sang coulera
mixed | Pat Ryder | Pat Ryder | a estimé | ces manœuvres étaient « inutilement provocatrices » et risquaient de provoquer « une erreur de calcul »
according-to | responsable américain de la défense | responsable américain de la défense (non nommé) | Selon | un destroyer de l’US Navy a franchi le détroit de Taïwan la semaine dernière sans incident
according-to | Institut international d’études stratégiques | Institut international d’études stratégiques | D’après | la marine chinoise aligne désormais plus de 370 navires, la première flotte du monde en nombre
