Corruption : l'ancien ministre ⟦Jean-Marc Verdier|P⟧ condamné à ⟦quatre ans|Q:duration|4|year|0⟧ de prison, dont ⟦deux|Q:duration|2|year|0⟧ avec sursis

Le ⟦tribunal correctionnel de Paris|O⟧ a condamné ⟦jeudi|D⟧ l'ancien ministre délégué aux Transports ⟦Jean-Marc Verdier|P⟧ à ⟦quatre ans|Q:duration|4|year|0⟧ d'emprisonnement, dont ⟦deux ans|Q:duration|2|year|0⟧ avec sursis, et à ⟦150{NNBSP}000 euros|Q:money|150000|EUR|0⟧ d'amende pour corruption passive et trafic d'influence. L'ancien élu de ⟦Seine-Maritime|L⟧, ⟦67 ans|Q:duration|67|year|0⟧, était accusé d'avoir favorisé entre ⟦2016 et 2018|D⟧ l'attribution de marchés de signalisation routière à une entreprise de ⟦Rouen|L⟧ en échange de versements occultes.

La partie ferme de la peine sera aménagée sous bracelet électronique, a précisé la présidente de la 32e chambre, ⟦Anne-Sophie Laurent|P⟧. Le tribunal a également prononcé ⟦cinq ans|Q:duration|5|year|0⟧ d'inéligibilité, sans exécution provisoire. Le ⟦Parquet national financier|O⟧ (⟦PNF|O|Parquet national financier⟧) avait requis ⟦cinq ans|Q:duration|5|year|0⟧ de prison, dont ⟦trois|Q:duration|3|year|0⟧ ferme, et ⟦300{NNBSP}000 euros|Q:money|300000|EUR|0⟧ d'amende.

Dans son jugement, le tribunal estime que l'ancien ministre a «{NNBSP}gravement porté atteinte à la confiance des citoyens dans l'action publique{NNBSP}». Selon l'enquête, il avait perçu au total près de ⟦480{NNBSP}000 euros|Q:money|480000|EUR|1⟧, par l'intermédiaire d'une société de conseil domiciliée au ⟦Luxembourg|L⟧, sur une période de ⟦vingt-six mois|Q:duration|26|month|0⟧.

Le dirigeant de l'entreprise, ⟦Patrick Delorme|P⟧, ⟦59 ans|Q:duration|59|year|0⟧, a été condamné à ⟦trois ans|Q:duration|3|year|0⟧ de prison avec sursis et ⟦200{NNBSP}000 euros|Q:money|200000|EUR|0⟧ d'amende. La société, ⟦Signalisation Normande Équipements|O⟧, devra verser ⟦1,2 million d'euros|Q:money|1200000|EUR|0⟧. Un troisième prévenu, ancien conseiller de M. ⟦Verdier|P|Jean-Marc Verdier⟧, a été relaxé.

Présent à l'audience, ⟦Jean-Marc Verdier|P⟧ est resté impassible à l'énoncé du jugement. «{NNBSP}Mon client est innocent et il le prouvera. Nous ferons appel dès ⟦demain|D⟧{NNBSP}», a déclaré à sa sortie son avocat, Me ⟦Hervé Castagnet|P⟧, qui dénonce «{NNBSP}un dossier vide{NNBSP}». Les condamnés disposent de ⟦dix jours|Q:duration|10|day|0⟧ pour interjeter appel devant la ⟦cour d'appel de Paris|O⟧.

L'association ⟦Anticor|O⟧, partie civile, s'est félicitée d'une décision «{NNBSP}exemplaire{NNBSP}». «{NNBSP}Trop souvent, ces affaires se terminent par du sursis simple. Là, le tribunal envoie un message{NNBSP}», a réagi son président, ⟦Marc Teyssier|P⟧. L'association recevra ⟦5{NNBSP}000 euros|Q:money|5000|EUR|0⟧ de dommages et intérêts.

L'affaire avait éclaté en ⟦2019|D⟧ après un signalement de ⟦Tracfin|O⟧, la cellule de renseignement financier ⟦française|N⟧. Nommé au gouvernement en ⟦2017|D⟧, M. ⟦Verdier|P|Jean-Marc Verdier⟧ en avait démissionné ⟦deux ans|Q:duration|2|year|0⟧ plus tard, le jour de son placement en garde à vue. Le procès, qui s'était tenu sur ⟦trois semaines|Q:duration|3|week|0⟧ en ⟦mars|D⟧, avait vu défiler ⟦23|Q:count|23||0⟧ témoins. Au total, ⟦14|Q:count|14||0⟧ marchés publics d'un montant cumulé de ⟦38 millions d'euros|Q:money|38000000|EUR|0⟧ ont été examinés par les juges.
===ATTR===
indirect | Anne-Sophie Laurent | Anne-Sophie Laurent | a précisé | La partie ferme de la peine sera aménagée sous bracelet électronique
indirect | Parquet national financier | Parquet national financier | avait requis | cinq ans de prison, dont trois ferme, et 300 000 euros d'amende
mixed | tribunal#3 | tribunal correctionnel de Paris | estime | l'ancien ministre a « gravement porté atteinte à la confiance des citoyens dans l'action publique »
according-to | enquête | enquête (non nommé) | Selon | il avait perçu au total près de 480 000 euros, par l'intermédiaire d'une société de conseil domiciliée au Luxembourg, sur une période de vingt-six mois
direct | Hervé Castagnet | Hervé Castagnet | a déclaré | Mon client est innocent et il le prouvera. Nous ferons appel dès demain
direct | qui | Hervé Castagnet | dénonce | un dossier vide
mixed | Anticor | Anticor | s'est félicitée | d'une décision « exemplaire »
direct | Marc Teyssier | Marc Teyssier | a réagi | Trop souvent, ces affaires se terminent par du sursis simple. Là, le tribunal envoie un message
