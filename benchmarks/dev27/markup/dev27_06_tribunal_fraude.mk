⟦Évreux|L⟧ : ⟦18 mois|Q:duration|18|month|0⟧ avec sursis pour le gérant qui avait détourné les aides à la rénovation

Le ⟦tribunal correctionnel d’Évreux|O⟧ a condamné ⟦mardi|D⟧ ⟦Kévin Lemarchand|P⟧, ⟦38 ans|Q:duration|38|year|0⟧, gérant d’une entreprise d’isolation de ⟦Louviers|L⟧, à ⟦18 mois|Q:duration|18|month|0⟧ d’emprisonnement avec sursis et ⟦30{NNBSP}000 euros|Q:money|30000|EUR|0⟧ d’amende pour escroquerie et travail dissimulé. Il lui est interdit de diriger une entreprise pendant ⟦cinq ans|Q:duration|5|year|0⟧.

Entre ⟦2022|D⟧ et ⟦2024|D⟧, sa société, ⟦Normandie Éco-Habitat|O⟧, avait perçu près de ⟦412{NNBSP}000 euros|Q:money|412000|EUR|1⟧ d’aides publiques pour ⟦137|Q:count|137||0⟧ chantiers. Selon les enquêteurs de la section de recherches de la ⟦gendarmerie|O|Gendarmerie nationale⟧, ⟦62{NNBSP}%|Q:percent|62|%|0⟧ d’entre eux n’ont jamais été réalisés ou l’ont été de façon très incomplète, souvent chez des propriétaires âgés démarchés par téléphone.

«{NNBSP}Je n’ai jamais voulu voler personne. J’ai été dépassé par la croissance de l’entreprise{NNBSP}», avait assuré le prévenu à la barre, lors de l’audience du ⟦12 mai|D⟧. La procureure, ⟦Claire Vasseur|P⟧, n’y avait pas cru : elle avait dénoncé «{NNBSP}un système organisé, pensé pour aller vite et encaisser{NNBSP}» et requis ⟦deux ans|Q:duration|2|year|0⟧ d’emprisonnement avec sursis ainsi que ⟦50{NNBSP}000 euros|Q:money|50000|EUR|0⟧ d’amende.

Parmi les ⟦41|Q:count|41||0⟧ parties civiles, ⟦Monique Hébert|P⟧, ⟦74 ans|Q:duration|74|year|0⟧, habitante de ⟦Vernon|L⟧, avait payé ⟦8{NNBSP}900 euros|Q:money|8900|EUR|0⟧ de reste à charge pour une isolation des combles jamais terminée. «{NNBSP}Ils sont venus une demi-journée, ont posé ⟦trois|Q:count|3||0⟧ rouleaux et ne sont jamais revenus{NNBSP}», témoigne-t-elle. Le tribunal a condamné le gérant à rembourser l’⟦Agence nationale de l’habitat|O⟧ (⟦Anah|O|Agence nationale de l’habitat⟧) et à verser au total ⟦86{NNBSP}500 euros|Q:money|86500|EUR|0⟧ de dommages et intérêts aux victimes.

Son avocat, Me ⟦Olivier Darmon|P⟧, a indiqué à la sortie de l’audience que son client «{NNBSP}prenait acte{NNBSP}» de la décision et n’envisageait pas de faire appel. Pour l’association ⟦UFC-Que Choisir|O⟧ de l’⟦Eure|L⟧, qui accompagnait une partie des plaignants, ce jugement «{NNBSP}doit servir d’avertissement{NNBSP}» aux entreprises qui démarchent à domicile.

D’après la préfecture, plus de ⟦1{NNBSP}800|Q:count|1800||1⟧ signalements pour fraude aux aides à la rénovation ont été enregistrés en ⟦Normandie|L⟧ depuis ⟦2021|D⟧, et le montant des sommes indûment versées dépasserait ⟦4 millions d’euros|Q:money|4000000|EUR|1⟧.

Lors de la même audience, reprise à ⟦14 h 30|D⟧, le tribunal a jugé un chauffeur routier de ⟦52 ans|Q:duration|52|year|0⟧ qui avait percuté un cycliste sur la ⟦D 6015|L⟧, près de ⟦Gaillon|L⟧, en ⟦septembre|D⟧. Il roulait à ⟦112 km/h|Q:measure|112|km/h|0⟧ au lieu de ⟦80|Q:measure|80|km/h|0⟧ et présentait un taux de ⟦0,62 milligramme|Q:measure|0.62|mg|0⟧ d’alcool par litre d’air expiré. Le cycliste, ⟦27 ans|Q:duration|27|year|0⟧, a subi une incapacité totale de travail de ⟦90 jours|Q:duration|90|day|0⟧. Le conducteur a été condamné à ⟦huit mois|Q:duration|8|month|0⟧ de prison avec sursis, ⟦1{NNBSP}500 euros|Q:money|1500|EUR|0⟧ d’amende et ⟦un an|Q:duration|1|year|0⟧ de suspension de permis. «{NNBSP}Je pense à lui tous les jours{NNBSP}», a-t-il déclaré avant le délibéré.
===ATTR===
according-to | enquêteurs | enquêteurs de la section de recherches de la gendarmerie (non nommé) | Selon | 62 % d’entre eux n’ont jamais été réalisés ou l’ont été de façon très incomplète, souvent chez des propriétaires âgés démarchés par téléphone
direct | prévenu | Kévin Lemarchand | avait assuré | Je n’ai jamais voulu voler personne. J’ai été dépassé par la croissance de l’entreprise
direct | elle | Claire Vasseur | avait dénoncé | un système organisé, pensé pour aller vite et encaisser
indirect | elle | Claire Vasseur | requis | deux ans d’emprisonnement avec sursis ainsi que 50 000 euros d’amende
direct | elle | Monique Hébert | témoigne-t-elle | Ils sont venus une demi-journée, ont posé trois rouleaux et ne sont jamais revenus
mixed | Olivier Darmon | Olivier Darmon | a indiqué | son client « prenait acte » de la décision et n’envisageait pas de faire appel
according-to | UFC-Que Choisir | UFC-Que Choisir | Pour | ce jugement « doit servir d’avertissement » aux entreprises qui démarchent à domicile
according-to | préfecture | préfecture de l’Eure (non nommé) | D’après | plus de 1 800 signalements pour fraude aux aides à la rénovation ont été enregistrés en Normandie depuis 2021, et le montant des sommes indûment versées dépasserait 4 millions d’euros
direct | il | chauffeur routier (non nommé) | a-t-il déclaré | Je pense à lui tous les jours
