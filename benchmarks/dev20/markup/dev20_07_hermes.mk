⟦Hermès|O⟧ défie le ralentissement du luxe, le titre s'envole à la ⟦Bourse de Paris|O|Euronext Paris⟧

Le sellier de la ⟦rue du Faubourg-Saint-Honoré|L⟧ a publié ⟦mercredi soir|D⟧ un chiffre d'affaires de ⟦3,88 milliards d'euros|Q:money|3880000000|EUR|0⟧ pour le ⟦troisième trimestre|D⟧, en hausse de ⟦9,6 %|Q:percent|9.6|%|0⟧ à taux de change constants. Les analystes attendaient en moyenne une croissance organique de ⟦7 %|Q:percent|7|%|0⟧, selon le consensus compilé par ⟦Visible Alpha|O⟧. Depuis ⟦janvier|D⟧, les ventes d'⟦Hermès|O⟧ atteignent ⟦11,9 milliards d'euros|Q:money|11900000000|EUR|0⟧.

Toutes les régions progressent. Les ventes ont augmenté de ⟦12 %|Q:percent|12|%|0⟧ en ⟦Asie|L⟧ hors ⟦Japon|L⟧, tirées par la ⟦Chine|L⟧ continentale, et de ⟦10 %|Q:percent|10|%|0⟧ en ⟦Amérique|L⟧, malgré les droits de douane de ⟦15 %|Q:percent|15|%|0⟧ imposés par ⟦Washington|L⟧ sur les produits ⟦européens|N⟧. L'⟦Europe|L⟧ hors ⟦France|L⟧ marque le pas, avec une hausse de ⟦4 %|Q:percent|4|%|0⟧, tandis que la clientèle ⟦française|N⟧ a acheté ⟦8 %|Q:percent|8|%|0⟧ de plus qu'⟦un an|Q:duration|1|year|0⟧ plus tôt.

« Nous ne changeons rien à notre modèle : nous augmentons nos capacités de production et nous ne chercherons pas à vendre plus que ce que nos artisans peuvent fabriquer », a déclaré le gérant du groupe, ⟦Axel Dumas|P⟧, lors d'une conférence téléphonique avec les analystes. Il a précisé que ⟦deux|Q:count|2||0⟧ nouvelles maroquineries ouvriraient d'ici à ⟦2027|D⟧, portant à ⟦25|Q:count|25||0⟧ le nombre de ses ateliers en ⟦France|L⟧, qui emploient plus de ⟦7 000|Q:count|7000||1⟧ artisans.

Le directeur financier, ⟦Eric du Halgouët|P⟧, a indiqué que le groupe avait relevé ses prix d'environ ⟦6 %|Q:percent|6|%|1⟧ ⟦cette année|D⟧, « sans effet visible sur la demande ». La marge opérationnelle, publiée une fois par semestre, devrait rester proche de ⟦40 %|Q:percent|40|%|1⟧, a-t-il ajouté.

Sur la place ⟦parisienne|N⟧, le titre prenait ⟦5,2 %|Q:percent|5.2|%|0⟧ ⟦jeudi|D⟧ vers ⟦11 heures|D⟧, à ⟦2 268 euros|Q:money|2268|EUR|0⟧, portant la capitalisation du groupe à près de ⟦240 milliards d'euros|Q:money|240000000000|EUR|1⟧, la première du CAC 40, loin devant ⟦LVMH|O⟧.

Le contraste est saisissant avec ses concurrents. ⟦Kering|O⟧, engagé dans une profonde restructuration sous la direction de ⟦Luca de Meo|P⟧, arrivé en ⟦septembre|D⟧, a vu son chiffre d'affaires reculer de ⟦5 %|Q:percent|5|%|0⟧, à ⟦3,4 milliards d'euros|Q:money|3400000000|EUR|0⟧, sur la même période. Chez ⟦LVMH|O⟧, la division mode et maroquinerie, qui porte notamment ⟦Louis Vuitton|O⟧ et ⟦Dior|O⟧, a tout juste stabilisé ses ventes. Le secteur souffre depuis ⟦2023|D⟧ du repli de la clientèle ⟦chinoise|N⟧, qui représentait avant la pandémie près d'un tiers des achats mondiaux de luxe.

« ⟦Hermès|O⟧ est la seule marque dont les clients ne regardent pas les prix. C'est devenu une valeur refuge à l'intérieur du luxe », estime ⟦Claire Montagnon|P⟧, analyste chez ⟦Oddo BHF|O⟧. Selon elle, le groupe pourrait dépasser les ⟦16 milliards d'euros|Q:money|16000000000|EUR|1⟧ de chiffre d'affaires en ⟦2025|D⟧, contre ⟦15,2 milliards|Q:money|15200000000|EUR|0⟧ en ⟦2024|D⟧. Le groupe, qui compte près de ⟦25 000|Q:count|25000||1⟧ salariés dans le monde, publiera ses résultats annuels le ⟦12 février|D⟧.
===ATTR===
according-to | Visible Alpha | Visible Alpha | selon | Les analystes attendaient en moyenne une croissance organique de 7 %
direct | Axel Dumas | Axel Dumas | a déclaré | Nous ne changeons rien à notre modèle : nous augmentons nos capacités de production et nous ne chercherons pas à vendre plus que ce que nos artisans peuvent fabriquer
indirect | Il | Axel Dumas | a précisé | deux nouvelles maroquineries ouvriraient d'ici à 2027, portant à 25 le nombre de ses ateliers en France, qui emploient plus de 7 000 artisans
mixed | Eric du Halgouët | Eric du Halgouët | a indiqué | le groupe avait relevé ses prix d'environ 6 % cette année, « sans effet visible sur la demande »
indirect | il | Eric du Halgouët | a-t-il ajouté | La marge opérationnelle, publiée une fois par semestre, devrait rester proche de 40 %
direct | Claire Montagnon | Claire Montagnon | estime | Hermès est la seule marque dont les clients ne regardent pas les prix. C'est devenu une valeur refuge à l'intérieur du luxe
according-to | elle | Claire Montagnon | Selon | le groupe pourrait dépasser les 16 milliards d'euros de chiffre d'affaires en 2025, contre 15,2 milliards en 2024
