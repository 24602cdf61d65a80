Ligue 1 : ⟦Lens|O|Racing Club de Lens⟧ renverse ⟦Rennes|O|Stade rennais⟧ (3-1), doublé du ⟦Belge|N⟧ ⟦Wesley Kanga|P⟧

⟦Lens|L⟧, ⟦16 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Mené à la pause, le ⟦Racing Club de Lens|O⟧ a renversé le ⟦Stade rennais|O⟧ (3-1) ⟦samedi soir|D⟧ au ⟦stade Bollaert-Delelis|L⟧, devant ⟦37{NNBSP}812|Q:count|37812||0⟧ spectateurs, et remonte provisoirement à la troisième place de Ligue 1, à ⟦deux|Q:count|2||0⟧ points de ⟦Monaco|O|AS Monaco⟧.

Les ⟦Bretons|N⟧ avaient pourtant frappé les premiers. À la 27e minute, l’attaquant ⟦rennais|N⟧ ⟦Mathis Ferrand|P⟧ a repris de la tête un centre de ⟦Yanis Belkacem|P⟧ pour ouvrir le score, son neuvième but en championnat. ⟦Rennes|O|Stade rennais⟧ aurait même pu doubler la mise juste avant la pause, mais la frappe de ⟦Belkacem|P|Yanis Belkacem⟧ a heurté le poteau du gardien ⟦lensois|N⟧ ⟦Hugo Delattre|P⟧.

«{NNBSP}On a fait une première période indigne de ce maillot. À la mi-temps, je leur ai dit que ce public méritait mieux que ça{NNBSP}», a raconté après la rencontre l’entraîneur ⟦lensois|N⟧, ⟦Olivier Lamarche|P⟧.

Le déclic est venu de l’entrée de ⟦Wesley Kanga|P⟧ à l’heure de jeu. Le ⟦Belge|N⟧ de ⟦22 ans|Q:duration|22|year|0⟧, prêté ⟦cet hiver|D⟧ par l’⟦Olympique lyonnais|O⟧ avec une option d’achat de ⟦12 millions d’euros|Q:money|12000000|EUR|0⟧, a égalisé à la 64e minute d’une frappe croisée à ⟦20 mètres|Q:measure|20|m|0⟧, avant de donner l’avantage aux ⟦Sang et Or|O|Racing Club de Lens⟧ ⟦sept minutes|Q:duration|7|minute|0⟧ plus tard, sur un penalty obtenu par le capitaine ⟦Kévin Leclercq|P⟧. Dans le temps additionnel, le défenseur ⟦marocain|N⟧ ⟦Nabil Ouazzani|P⟧ a scellé la victoire d’une tête sur corner.

«{NNBSP}⟦Wesley|P|Wesley Kanga⟧ a changé le match. Il a de la vitesse, de la percussion, et il ne doute de rien{NNBSP}», a salué ⟦Lamarche|P|Olivier Lamarche⟧. Le joueur, lui, a répondu avec modestie au micro de ⟦beIN Sports|O⟧ : «{NNBSP}Je voulais juste aider l’équipe. Le coach m’a demandé d’attaquer la profondeur, j’ai essayé de le faire{NNBSP}».

Côté ⟦rennais|N⟧, la frustration dominait. L’entraîneur ⟦Stéphane Le Borgne|P⟧ a dénoncé «{NNBSP}⟦vingt minutes|Q:duration|20|minute|0⟧ de naufrage{NNBSP}» de son équipe et regretté l’expulsion de son milieu ⟦Lucas Moreau|P⟧, averti à ⟦deux|Q:count|2||0⟧ reprises entre la 70e et la 78e minute. «{NNBSP}Quand on finit à ⟦dix|Q:count|10||0⟧ à ⟦Bollaert|L|stade Bollaert-Delelis⟧, on ne peut pas espérer grand-chose{NNBSP}», a-t-il reconnu en conférence de presse.

Touché à la cheville, ⟦Leclercq|P|Kévin Leclercq⟧ devrait être indisponible environ ⟦trois semaines|Q:duration|3|week|1⟧, a indiqué le club ⟦dimanche|D⟧. Le président ⟦lensois|N⟧, ⟦Jean-Marc Dufossez|P⟧, a confié à ⟦La Voix du Nord|O⟧ vouloir lever l’option d’achat de ⟦Kanga|P|Wesley Kanga⟧ «{NNBSP}dès ⟦cet été|D⟧ si les finances le permettent{NNBSP}».

Avec ⟦48|Q:count|48||0⟧ points en ⟦26|Q:count|26||0⟧ journées, ⟦Lens|O|Racing Club de Lens⟧ compte désormais ⟦deux|Q:count|2||0⟧ longueurs d’avance sur le ⟦LOSC|O|LOSC Lille⟧, battu ⟦vendredi|D⟧ par ⟦Nantes|O|FC Nantes⟧ (1-0). ⟦Rennes|O|Stade rennais⟧, qui reste sur ⟦trois|Q:count|3||0⟧ défaites consécutives, glisse à la onzième place avec ⟦33|Q:count|33||0⟧ points et voit la zone ⟦européenne|N⟧ s’éloigner.

Selon la ⟦Ligue de football professionnel|O⟧ (⟦LFP|O|Ligue de football professionnel⟧), l’affluence moyenne à ⟦Bollaert|L|stade Bollaert-Delelis⟧ dépasse ⟦cette saison|D⟧ les ⟦36{NNBSP}000|Q:count|36000||1⟧ spectateurs, la quatrième du championnat derrière ⟦Marseille|O|Olympique de Marseille⟧, ⟦Paris|O|Paris Saint-Germain⟧ et ⟦Lyon|O|Olympique lyonnais⟧.

Les ⟦Lensois|N⟧ se déplaceront à ⟦Strasbourg|L⟧ le ⟦22 mars|D⟧ à ⟦17h15|D⟧, tandis que ⟦Rennes|O|Stade rennais⟧ recevra ⟦Monaco|O|AS Monaco⟧ ⟦le lendemain|D⟧ au ⟦Roazhon Park|L⟧.

===ATTR===
direct | Olivier Lamarche | Olivier Lamarche | a raconté | On a fait une première période indigne de ce maillot. À la mi-temps, je leur ai dit que ce public méritait mieux que ça
direct | Lamarche#2 | Olivier Lamarche | a salué | Wesley a changé le match. Il a de la vitesse, de la percussion, et il ne doute de rien
direct | joueur | Wesley Kanga | a répondu | Je voulais juste aider l’équipe. Le coach m’a demandé d’attaquer la profondeur, j’ai essayé de le faire
mixed | Stéphane Le Borgne | Stéphane Le Borgne | a dénoncé | « vingt minutes de naufrage » de son équipe
indirect | Stéphane Le Borgne | Stéphane Le Borgne | regretté | l’expulsion de son milieu Lucas Moreau, averti à deux reprises entre la 70e et la 78e minute
direct | il | Stéphane Le Borgne | a-t-il reconnu | Quand on finit à dix à Bollaert, on ne peut pas espérer grand-chose
indirect | club | Racing Club de Lens | a indiqué | Touché à la cheville, Leclercq devrait être indisponible environ trois semaines
mixed | Jean-Marc Dufossez | Jean-Marc Dufossez | a confié | vouloir lever l’option d’achat de Kanga « dès cet été si les finances le permettent »
according-to | Ligue de football professionnel | Ligue de football professionnel | Selon | l’affluence moyenne à Bollaert dépasse cette saison les 36 000 spectateurs, la quatrième du championnat derrière Marseille, Paris et Lyon
