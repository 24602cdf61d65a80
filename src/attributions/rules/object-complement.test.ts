import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Poutine', 'PERSON', 'Vladimir Poutine'],
  ['Corée du Nord', 'LOCATION'],
  ['Séoul', 'LOCATION', 'Séoul', 'city:KR:seoul'],
  ['Moscou', 'LOCATION', 'Moscou', 'city:RU:moscou'],
  ['Pyongyang', 'LOCATION', 'Pyongyang', 'city:KP:pyongyang'],
  ['Olaf Scholz', 'PERSON'],
  ['Reuters', 'ORGANIZATION'],
  ['Kim', 'PERSON', 'Kim Jong Un'],
  ['Russie', 'LOCATION'],
  ['Berlin', 'LOCATION'],
  ['Conseil fédéral', 'ORGANIZATION'],
  ['Kosovo', 'LOCATION'],
  ['jeudi', 'DATE'],
  ['mardi', 'DATE'],
  ['13 octobre', 'DATE'],
  ['2023', 'DATE'],
  ['OMS', 'ORGANIZATION'],
];

// [input, kind, content, start, cue, lemma, source, canonical]
const CASES: [string, string, string, number, string, string, string, string][] = [
  ['Poutine a félicité la Corée du Nord pour son « ferme soutien » à la guerre.', 'mixed', 'la Corée du Nord pour son « ferme soutien » à la guerre', 19, 'a félicité', 'féliciter', 'Poutine', 'Vladimir Poutine'],
  ['Séoul a accusé le Nord d’avoir expédié des armes à Moscou.', 'indirect', 'le Nord d’avoir expédié des armes à Moscou', 15, 'a accusé', 'accuser', 'Séoul', 'Corée du Sud'],
  ['Moscou et Pyongyang ont nié tout transfert d’armes mais se sont engagés à coopérer.', 'indirect', 'tout transfert d’armes', 28, 'ont nié', 'nier', 'Moscou et Pyongyang', 'Russie et Corée du Nord'],
  ['De hauts responsables américains se sont dits “profondément préoccupés” par les liens de Poutine, qui a été invité.', 'mixed', '“profondément préoccupés” par les liens de Poutine', 46, 'se sont dits', 'se dire', 'hauts responsables américains', 'hauts responsables américains'],
  // A second reporting verb of the same subject ends the first one's object.
  ['Olaf Scholz a dénoncé un accord qui « hypothèque l’avenir » et annoncé une grève pour jeudi.', 'mixed', 'un accord qui « hypothèque l’avenir »', 22, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // "qualifier X de « … »", "justifier X par « … »": stance verbs with a quoted fragment.
  ['Olaf Scholz a qualifié ces propos de « provocation ».', 'mixed', 'ces propos de « provocation »', 23, 'a qualifié', 'qualifier', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a justifié cette hausse par « la menace russe ».', 'mixed', 'cette hausse par « la menace russe »', 23, 'a justifié', 'justifier', 'Olaf Scholz', 'Olaf Scholz'],
  // "chiffrer" stays a cue after its subject; after "de" its form is the noun ("de chiffre d'affaires", see negative.test.ts).
  ['Olaf Scholz chiffre à 3 milliards le coût de la réforme.', 'indirect', 'à 3 milliards le coût de la réforme', 20, 'chiffre', 'chiffrer', 'Olaf Scholz', 'Olaf Scholz'],
  // Where it was said is not what was said: "sur X", "dans un communiqué publié à Washington".
  ['Olaf Scholz a salué sur X le choix d’« une Europe forte ».', 'mixed', 'le choix d’« une Europe forte »', 26, 'a salué', 'saluer', 'Olaf Scholz', 'Olaf Scholz'],
  // An adverb of manner between the auxiliary and the participle belongs to the cue.
  ['Olaf Scholz a rapidement reconnu sa défaite.', 'indirect', 'sa défaite', 33, 'a rapidement reconnu', 'reconnaître', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a vigoureusement dénoncé une « trahison ».', 'mixed', 'une « trahison »', 37, 'a vigoureusement dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // A whole quotation as object before a second verb of the same subject is direct.
  ['Olaf Scholz a salué « des performances solides » mais appelé à élargir l’assiette fiscale.', 'direct', 'des performances solides', 22, 'a salué', 'saluer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a salué « des avancées » et réclamé une hausse des salaires.', 'direct', 'des avancées', 22, 'a salué', 'saluer', 'Olaf Scholz', 'Olaf Scholz'],
  // With more than the quotation, it stays mixed.
  ['Olaf Scholz a salué des « avancées » et réclamé une hausse des salaires.', 'mixed', 'des « avancées »', 20, 'a salué', 'saluer', 'Olaf Scholz', 'Olaf Scholz'],
  // "confirmer" with a fact as object (a definite or demonstrative noun), not one's own standing.
  ['Olaf Scholz a confirmé la mort de deux soldats.', 'indirect', 'la mort de deux soldats', 23, 'a confirmé', 'confirmer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a confirmé cette information à Reuters.', 'indirect', 'cette information à Reuters', 23, 'a confirmé', 'confirmer', 'Olaf Scholz', 'Olaf Scholz'],
  // Once the outlet is left out, a whole quotation is a direct object.
  ['Olaf Scholz a salué sur le site du club « un joueur intelligent, généreux ».', 'direct', 'un joueur intelligent, généreux', 42, 'a salué', 'saluer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a salué dans un communiqué publié à Berlin « l’impressionnant succès » du gouvernement.', 'mixed', '« l’impressionnant succès » du gouvernement', 55, 'a salué', 'saluer', 'Olaf Scholz', 'Olaf Scholz'],
  // The dot of "M." does not end the content.
  ['Séoul a accusé M. Poutine de mentir sur les armes.', 'indirect', 'M. Poutine de mentir sur les armes', 15, 'a accusé', 'accuser', 'Séoul', 'Corée du Sud'],
  // Other verbs of stance take an object content only with a quoted fragment.
  ['Olaf Scholz a salué un accord « à la hauteur du moment », puis est parti.', 'mixed', 'un accord « à la hauteur du moment »', 20, 'a salué', 'saluer', 'Olaf Scholz', 'Olaf Scholz'],
  // "une", "en", "par" alone are not adverbs: the object keeps its determiner.
  ['Olaf Scholz a dénoncé une attaque « barbare » contre la Russie.', 'mixed', 'une attaque « barbare » contre la Russie', 22, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // Scraped text glued the auxiliary to the name: "Poutinea félicité".
  ['Le président russe, Poutinea félicité la Corée du Nord pour son soutien.', 'indirect', 'la Corée du Nord pour son soutien', 38, 'félicité', 'féliciter', 'Poutine', 'Vladimir Poutine'],
  // A participial phrase before the subject does not speak: the diplomat does, not Reuters.
  ['Interrogé par Reuters, un diplomate occidental, qui a requis l’anonymat, a jugé cette décision « prévisible ».', 'mixed', 'cette décision « prévisible »', 80, 'a jugé', 'juger', 'diplomate occidental', 'diplomate occidental'],
  // Where it was said ends the content.
  ['Kim a récemment décrit la Corée du Nord comme un « camarade » de la Russie dans un message à Poutine.', 'mixed', 'la Corée du Nord comme un « camarade » de la Russie', 23, 'a récemment décrit', 'décrire', 'Kim', 'Kim Jong Un'],
  // A relative clause holding a quotation belongs to the object; one without a quotation in the past ends it
  // (one in the present to the end of the sentence goes on: see "a relative in the present" below).
  ['Olaf Scholz a dénoncé une « dérive » du pouvoir, qui menacerait « la démocratie », lors d’un meeting.', 'mixed', 'une « dérive » du pouvoir, qui menacerait « la démocratie »', 22, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a dénoncé une « dérive » du pouvoir, qui a préparé un budget.', 'mixed', 'une « dérive » du pouvoir', 22, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // "exclure" (of several senses) only with a quoted fragment.
  ['Olaf Scholz a exclu tout compromis « avant les élections ».', 'mixed', 'tout compromis « avant les élections »', 20, 'a exclu', 'exclure', 'Olaf Scholz', 'Olaf Scholz'],
  // An apposition to the object before the verb's preposition: "appeler X, apposition, à …", "accuser X, apposition, de …".
  ['Olaf Scholz a appelé Berlin et Paris, garants du traité, à « tenir parole ».', 'mixed', 'Berlin et Paris, garants du traité, à « tenir parole »', 21, 'a appelé', 'appeler', 'Olaf Scholz', 'Olaf Scholz'],
  ['Séoul a accusé Moscou, alliée de Pyongyang, de fournir des armes.', 'indirect', 'Moscou, alliée de Pyongyang, de fournir des armes', 15, 'a accusé', 'accuser', 'Séoul', 'Corée du Sud'],
  // A gerund reports for the speaker of its main clause.
  ['Olaf Scholz a salué un accord « historique », tout en appelant à « rester vigilants ».', 'mixed', 'à « rester vigilants »', 63, 'appelant', 'appeler', 'Olaf Scholz', 'Olaf Scholz'],
  // A verb of several senses with a statement as object; a second reporting verb after "et" ends the object.
  ['Olaf Scholz rejette ces accusations et affirme que la loi sera votée.', 'indirect', 'ces accusations', 20, 'rejette', 'rejeter', 'Olaf Scholz', 'Olaf Scholz'],
  // "faire état de": the complement with its preposition is the content.
  ['Selon l’agence, Reuters fait état de plus de 700 arrestations en deux jours.', 'indirect', 'de plus de 700 arrestations en deux jours', 34, 'fait état', 'faire état', 'Reuters', 'Reuters'],
  ['Olaf Scholz a fait état d’une hausse de 12 % des plaintes, dont un tiers pour fraude.', 'indirect', 'd’une hausse de 12 % des plaintes, dont un tiers pour fraude', 24, 'a fait état', 'faire état', 'Olaf Scholz', 'Olaf Scholz'],
  // What is announced is the content: "a annoncé une grève", "a annoncé de nouvelles aides".
  ['Olaf Scholz a annoncé jeudi de nouvelles aides pour les agriculteurs.', 'indirect', 'de nouvelles aides pour les agriculteurs', 28, 'a annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // "au contraire" between the auxiliary and the participle.
  ['Moscou, alliée de Pyongyang, a au contraire dénoncé une « provocation » occidentale.', 'mixed', 'une « provocation » occidentale', 52, 'a au contraire dénoncé', 'dénoncer', 'Moscou', 'Russie'],
  // What is promised, claimed, proposed or regretted is the content.
  ['Olaf Scholz a promis l’envoi de mille soldats avant l’été.', 'indirect', 'l’envoi de mille soldats avant l’été', 21, 'a promis', 'promettre', 'Olaf Scholz', 'Olaf Scholz'],
  ['Séoul promet de répondre aux tirs.', 'indirect', 'de répondre aux tirs', 13, 'promet', 'promettre', 'Séoul', 'Corée du Sud'],
  // "réclame" is also a noun: after a named subject it is the verb.
  ['Olaf Scholz réclame un siège à la table des négociations.', 'indirect', 'un siège à la table des négociations', 20, 'réclame', 'réclamer', 'Olaf Scholz', 'Olaf Scholz'],
  // The second of two coordinated cues, across a quotation.
  ['Olaf Scholz a exhorté les deux camps à « négocier » et proposé une trêve.', 'indirect', 'une trêve', 63, 'proposé', 'proposer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a qualifié le projet de « désastre » et promis de le retirer.', 'indirect', 'de le retirer', 59, 'promis', 'promettre', 'Olaf Scholz', 'Olaf Scholz'],
  // A participle or a quotation closing the sentence still belongs to the object.
  ['Olaf Scholz a regretté le départ de son ministre, remplacé sans préavis.', 'indirect', 'le départ de son ministre, remplacé sans préavis', 23, 'a regretté', 'regretter', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a appelé ses partisans à manifester, « sans violence ».', 'mixed', 'ses partisans à manifester, « sans violence »', 21, 'a appelé', 'appeler', 'Olaf Scholz', 'Olaf Scholz'],
  // How long it has been asked for is not what is asked: "réclame depuis trois ans …", "demande depuis des mois …".
  ['Le syndicat réclame depuis trois ans la réouverture de la maternité.', 'indirect', 'la réouverture de la maternité', 37, 'réclame', 'réclamer', 'syndicat', 'syndicat'],
  ['Olaf Scholz demande depuis des mois un audit des comptes publics.', 'indirect', 'un audit des comptes publics', 36, 'demande', 'demander', 'Olaf Scholz', 'Olaf Scholz'],
  // A call to a common noun after the ones called: "appeler X au boycott", "aux urnes"; where it was said ends it.
  ['Olaf Scholz a appelé les électeurs aux urnes dans une vidéo publiée lundi.', 'indirect', 'les électeurs aux urnes', 21, 'a appelé', 'appeler', 'Olaf Scholz', 'Olaf Scholz'],
  // An adjective after the speech event noun ("dans une allocution télévisée") is still where it was said; the object's own determiner is not.
  ['Olaf Scholz a dénoncé dans un message vidéo une « trahison » des alliés.', 'mixed', 'une « trahison » des alliés', 44, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a dénoncé dans un communiqué une « trahison » des alliés.', 'mixed', 'une « trahison » des alliés', 41, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // What is held against someone: "reprocher à X de …"; a participle after a comma and a dative clitic ("…, lui reprochant de …").
  ['Olaf Scholz a convoqué l’ambassadeur, lui reprochant d’avoir menti sur les livraisons.', 'indirect', 'd’avoir menti sur les livraisons', 53, 'reprochant', 'reprocher', 'Olaf Scholz', 'Olaf Scholz'],
  ['Le syndicat reproche à la direction son silence sur les licenciements.', 'indirect', 'à la direction son silence sur les licenciements', 21, 'reproche', 'reprocher', 'syndicat', 'syndicat'],
  // A verb of opinion with an object and its attribute opened by an adverb of degree or negation, without quotes;
  // a participle after a pronominal main verb ("s'était retiré, jugeant …") speaks for its subject.
  ['Le syndicat juge la réforme peu ambitieuse.', 'indirect', 'la réforme peu ambitieuse', 17, 'juge', 'juger', 'syndicat', 'syndicat'],
  ['Olaf Scholz s’était retiré des négociations, jugeant l’offre trop faible.', 'indirect', 'l’offre trop faible', 53, 'jugeant', 'juger', 'Olaf Scholz', 'Olaf Scholz'],
  ['Le collectif réclame la fermeture de la décharge.', 'indirect', 'la fermeture de la décharge', 21, 'réclame', 'réclamer', 'collectif', 'collectif'],
  // A cause given for what was just reported: "attribuer / imputer" + a demonstrative noun + "à".
  ['Olaf Scholz a attribué cette baisse au retour de la pluie.', 'indirect', 'cette baisse au retour de la pluie', 23, 'a attribué', 'attribuer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Le parquet impute ces incendies à un réseau organisé.', 'indirect', 'ces incendies à un réseau organisé', 18, 'impute', 'imputer', 'parquet', 'parquet'],
  // A date with its preposition, "dans la foulée": when it was said is not what was said.
  ['Olaf Scholz a annoncé dès jeudi une hausse des salaires.', 'indirect', 'une hausse des salaires', 32, 'a annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a annoncé dans la foulée une hausse des salaires.', 'indirect', 'une hausse des salaires', 37, 'a annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // A verb of saying in its one sense with a quoted object.
  ['Olaf Scholz a évoqué une « victoire pour toute l’Europe ».', 'mixed', 'une « victoire pour toute l’Europe »', 21, 'a évoqué', 'évoquer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Reuters évoquait des « tensions » au sein de la coalition.', 'mixed', 'des « tensions » au sein de la coalition', 17, 'évoquait', 'évoquer', 'Reuters', 'Reuters'],
  // A participle coordinated with an earlier cue across its que-clause or its quoted object shares the subject.
  ['Olaf Scholz a reconnu que les effectifs restaient insuffisants, et annoncé une hausse des soldes.', 'indirect', 'une hausse des soldes', 75, 'annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a critiqué un budget qui « sacrifie l’avenir » et annoncé une mobilisation nationale.', 'indirect', 'une mobilisation nationale', 70, 'annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // An auxiliary "être" of another verb (the reported clause's, "soit" of an apposition) does not end the search.
  ['Olaf Scholz a promis que la taxe serait supprimée « avant l’été » et annoncé une baisse des loyers.', 'indirect', 'une baisse des loyers', 77, 'annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a annoncé une aide de 40 millions, soit 300 euros par famille, et promis une réforme.', 'indirect', 'une réforme', 85, 'promis', 'promettre', 'Olaf Scholz', 'Olaf Scholz'],
  // "mais" after a comma is no closing participle: the object ends at the comma.
  ['Séoul a toujours nié livrer des armes à Moscou, mais un rapport publié en mai le contredit.', 'indirect', 'livrer des armes à Moscou', 21, 'a toujours nié', 'nier', 'Séoul', 'Corée du Sud'],
  // Responsibility rejected is a statement object of "rejeter".
  ['Olaf Scholz a rejeté toute responsabilité dans la crise et accusé Moscou de mentir.', 'indirect', 'toute responsabilité dans la crise', 21, 'a rejeté', 'rejeter', 'Olaf Scholz', 'Olaf Scholz'],
  // Ruling out or rejecting anything of a kind ("tout", "toute", "aucun") or an act to come ("de" + infinitive).
  ['Olaf Scholz a exclu jeudi toute hausse des impôts.', 'indirect', 'toute hausse des impôts', 26, 'a exclu', 'exclure', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz exclut de quitter la coalition.', 'indirect', 'de quitter la coalition', 19, 'exclut', 'exclure', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a rejeté toute concession aux grévistes.', 'indirect', 'toute concession aux grévistes', 21, 'a rejeté', 'rejeter', 'Olaf Scholz', 'Olaf Scholz'],
  // A cue of several senses with its que-clause, then "et a + participle": the second verb shares the subject.
  ['Olaf Scholz a jugé mardi devant les députés que la réforme était « injuste » et a exhorté Berlin à « revoir sa copie ».', 'mixed', 'Berlin à « revoir sa copie »', 90, 'a exhorté', 'exhorter', 'Olaf Scholz', 'Olaf Scholz'],
  // Verbs of several senses with the object their gate allows: a penalty, one's own act, a speech act, an infinitive.
  ['Au tribunal, l’avocate générale a requis dix ans de prison contre le passeur.', 'indirect', 'dix ans de prison contre le passeur', 41, 'a requis', 'requérir', 'avocate générale', 'avocate générale'],
  ['L’accusation a requis huit ans contre lui.', 'indirect', 'huit ans contre lui', 22, 'a requis', 'requérir', 'accusation', 'accusation'],
  ['Olaf Scholz a plaidé la relaxe de son client.', 'indirect', 'la relaxe de son client', 21, 'a plaidé', 'plaider', 'Olaf Scholz', 'Olaf Scholz'],
  ['Le prévenu a reconnu sa participation au vol.', 'indirect', 'sa participation au vol', 21, 'a reconnu', 'reconnaître', 'prévenu', 'prévenu'],
  ['Olaf Scholz a présenté ses excuses aux familles.', 'indirect', 'ses excuses aux familles', 23, 'a présenté', 'présenter', 'Olaf Scholz', 'Olaf Scholz'],
  ['Poutine avait menacé de couper le gaz.', 'indirect', 'de couper le gaz', 21, 'avait menacé', 'menacer', 'Poutine', 'Vladimir Poutine'],
  ['Olaf Scholz menace de « quitter la table ».', 'mixed', 'de « quitter la table »', 19, 'menace', 'menacer', 'Olaf Scholz', 'Olaf Scholz'],
  // Where it was said, with its platform phrase, before "de" + infinitive.
  ['Poutine a menacé dans une vidéo diffusée sur les réseaux sociaux de couper le gaz.', 'indirect', 'de couper le gaz', 65, 'a menacé', 'menacer', 'Poutine', 'Vladimir Poutine'],
  ['Le Conseil fédéral recommandait le rejet du texte.', 'indirect', 'le rejet du texte', 32, 'recommandait', 'recommander', 'Conseil fédéral', 'Conseil fédéral'],
  // What is mentioned or put a figure on; a bracket after the name in apposition closes the subject.
  ['Le ministre, Olaf Scholz, a évoqué jeudi une aide de 2 milliards d’euros.', 'indirect', 'une aide de 2 milliards d’euros', 41, 'a évoqué', 'évoquer', 'Olaf Scholz', 'Olaf Scholz'],
  ['La rapporteure du budget, Olaf Scholz (SPD), a chiffré la dépense à 3 milliards en 2027.', 'indirect', 'la dépense à 3 milliards en 2027', 55, 'a chiffré', 'chiffrer', 'Olaf Scholz', 'Olaf Scholz'],
  // "appeler à / au" + a common noun is a call; the platform after it is where it was said.
  ['Olaf Scholz a appelé au calme sur Instagram.', 'indirect', 'au calme', 21, 'a appelé', 'appeler', 'Olaf Scholz', 'Olaf Scholz'],
  ['Les syndicats ont appelé à une grève générale jeudi devant le Parlement.', 'indirect', 'à une grève générale jeudi devant le Parlement', 25, 'ont appelé', 'appeler', 'syndicats', 'syndicats'],
  // The audience after "devant" is where it was said, not part of the object.
  ['Olaf Scholz a accusé devant les députés le gouvernement d’avoir « menti ».', 'mixed', 'le gouvernement d’avoir « menti »', 40, 'a accusé', 'accuser', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a accusé jeudi devant le Conseil fédéral le régime d’avoir « menti ».', 'mixed', 'le régime d’avoir « menti »', 53, 'a accusé', 'accuser', 'Olaf Scholz', 'Olaf Scholz'],
  // "appeler à" + an infinitive: the call with its preposition ("à" opens no one spoken to).
  ['Olaf Scholz a appelé à ne pas avoir peur.', 'indirect', 'à ne pas avoir peur', 21, 'a appelé', 'appeler', 'Olaf Scholz', 'Olaf Scholz'],
  // A participle after a comma: its object is the content, the subject of the main clause speaks.
  ['L’agence Reuters a relevé sa prévision en mars, jugeant la reprise « durable ».', 'mixed', 'la reprise « durable »', 56, 'jugeant', 'juger', 'Reuters', 'Reuters'],
  ['Olaf Scholz a quitté Berlin jeudi, évoquant un budget de 2 milliards.', 'indirect', 'un budget de 2 milliards', 44, 'évoquant', 'évoquer', 'Olaf Scholz', 'Olaf Scholz'],
  // "défendre" (of several senses) with a quoted fragment in its object.
  ['Olaf Scholz a défendu jeudi un budget « juste et équilibré ».', 'mixed', 'un budget « juste et équilibré »', 28, 'a défendu', 'défendre', 'Olaf Scholz', 'Olaf Scholz'],
  // A date or an adverb between the cue and its "de"; an adverb inside "fait … état"; the ones urged or called
  // before "à" + an infinitive ("exhorter / appeler X à …") are the object, the subject speaks.
  ['Olaf Scholz a fait état jeudi de 40 blessés dans la capitale.', 'indirect', 'de 40 blessés dans la capitale', 30, 'a fait état', 'faire état', 'Olaf Scholz', 'Olaf Scholz'],
  ['Le Conseil fédéral fait aussi état de 300 plaintes depuis janvier.', 'indirect', 'de 300 plaintes depuis janvier', 35, 'fait aussi état', 'faire état', 'Conseil fédéral', 'Conseil fédéral'],
  ['Olaf Scholz, réélu en 2021, a de son côté exhorté les Länder à accélérer les expulsions.', 'indirect', 'les Länder à accélérer les expulsions', 50, 'a de son côté exhorté', 'exhorter', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a dénoncé une « trahison » et appelé ses électeurs à voter dimanche.', 'indirect', 'ses électeurs à voter dimanche', 49, 'appelé', 'appeler', 'Olaf Scholz', 'Olaf Scholz'],
  // A form that is also a noun is a verb after a speaker noun right before it; "demander" takes an object too.
  ['Le syndicat réclame une hausse des salaires de 5 % dès janvier.', 'indirect', 'une hausse des salaires de 5 % dès janvier', 20, 'réclame', 'réclamer', 'syndicat', 'syndicat'],
  ['Le Conseil fédéral demande pour sa part un report du vote.', 'indirect', 'un report du vote', 40, 'demande', 'demander', 'Conseil fédéral', 'Conseil fédéral'],
  // The one told ("auprès de X") before the object is not part of it.
  ['Olaf Scholz a dénoncé auprès de Reuters un « chantage » de Moscou.', 'mixed', 'un « chantage » de Moscou', 40, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a réclamé auprès des députés un vote rapide.', 'indirect', 'un vote rapide', 41, 'a réclamé', 'réclamer', 'Olaf Scholz', 'Olaf Scholz'],
  // "revendiquer" a figure: a claim of the subject.
  ['Le Conseil fédéral revendique déjà 120 sièges sur 150.', 'indirect', '120 sièges sur 150', 35, 'revendique', 'revendiquer', 'Conseil fédéral', 'Conseil fédéral'],
  ['Olaf Scholz a revendiqué près de 2 000 adhésions en un mois.', 'indirect', 'près de 2 000 adhésions en un mois', 25, 'a revendiqué', 'revendiquer', 'Olaf Scholz', 'Olaf Scholz'],
  // "en poste dans X" after the subject belongs to it ("poste" is no verb there).
  ['Plusieurs diplomates en poste dans la région évoquent un accord secret.', 'indirect', 'un accord secret', 54, 'évoquent', 'évoquer', 'diplomates', 'diplomates'],
  // An adverbial between the cue and its complement: a day, "une nouvelle fois", "depuis le <date>".
  ['L’OMS a mis en garde mardi contre le risque d’épidémies dans les camps.', 'indirect', 'contre le risque d’épidémies dans les camps', 27, 'a mis en garde', 'mettre en garde', 'OMS', 'OMS'],
  ['Olaf Scholz met en garde contre toute escalade.', 'indirect', 'contre toute escalade', 25, 'met en garde', 'mettre en garde', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a une nouvelle fois imputé la fragilité du réseau au « blocus » américain.', 'mixed', 'la fragilité du réseau au « blocus » américain', 39, 'a une nouvelle fois imputé', 'imputer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Le Conseil fédéral impute la hausse des prix à la sécheresse.', 'indirect', 'la hausse des prix à la sécheresse', 26, 'impute', 'imputer', 'Conseil fédéral', 'Conseil fédéral'],
  ['Olaf Scholz revendique depuis le 13 octobre la victoire, sur la foi des procès-verbaux.', 'indirect', 'la victoire', 44, 'revendique', 'revendiquer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Les deux partis revendiquent la paternité de l’accord.', 'indirect', 'la paternité de l’accord', 29, 'revendiquent', 'revendiquer', 'partis', 'partis'],
  // A result proclaimed: "proclamer X vainqueur".
  ['Le Conseil fédéral a proclamé jeudi Olaf Scholz vainqueur de l’élection avec 53 % des voix.', 'indirect', 'Olaf Scholz vainqueur de l’élection avec 53 % des voix', 36, 'a proclamé', 'proclamer', 'Conseil fédéral', 'Conseil fédéral'],
  ['Le Conseil fédéral proclame Olaf Scholz élu au premier tour.', 'indirect', 'Olaf Scholz élu au premier tour', 28, 'proclame', 'proclamer', 'Conseil fédéral', 'Conseil fédéral'],
  // When it was said ("pendant la campagne", "lors de sa visite") before the complement is not part of it.
  ['Olaf Scholz avait promis pendant la campagne de « rouvrir les canaux » avec Moscou.', 'mixed', 'de « rouvrir les canaux » avec Moscou', 45, 'avait promis', 'promettre', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz avait promis pendant la campagne présidentielle de ne pas céder.', 'indirect', 'de ne pas céder', 60, 'avait promis', 'promettre', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a annoncé lors de sa visite une aide de 3 millions.', 'indirect', 'une aide de 3 millions', 40, 'a annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a annoncé au cours du débat la fermeture du site.', 'indirect', 'la fermeture du site', 40, 'a annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  // A second verb sharing the auxiliary ("et ordonné aux …") ends the object; an agreeing participle qualifies it.
  ['Olaf Scholz a condamné une attaque « lâche » et ordonné aux forces de traquer les auteurs.', 'mixed', 'une attaque « lâche »', 23, 'a condamné', 'condamner', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a annoncé un plan et réuni les syndicats.', 'indirect', 'un plan', 22, 'a annoncé', 'annoncer', 'Olaf Scholz', 'Olaf Scholz'],
  ['Olaf Scholz a dénoncé une décision prise et appliquée sans concertation.', 'indirect', 'une décision prise et appliquée sans concertation', 22, 'a dénoncé', 'dénoncer', 'Olaf Scholz', 'Olaf Scholz'],
];

const NONE: string[] = [
  // "confirmer" one's own standing is no report.
  // A verb that reports nothing stays none with the adverb.
  'Olaf Scholz a rapidement quitté la salle.',
  'Olaf Scholz a confirmé son rang de favori en battant Berlin.',
  'Moscou revendique la totalité de la péninsule.',
  'Le groupe a revendiqué l’attaque de jeudi.',
  'Ce chantier demande beaucoup de patience.',
  'Une réclame vante le produit.',
  'Olaf Scholz a appelé son frère à Berlin.',
  'Olaf Scholz a salué la foule venue l’accueillir.',
  'Poutine a lancé une « opération militaire spéciale ».',
  'Le parti a exclu trois députés de son groupe.',
  'Le gardien a rejeté le ballon en corner.',
  'Un témoin, qui a requis l’anonymat, est arrivé.',
  'Berlin a reconnu l’indépendance du Kosovo.',
  'Olaf Scholz a présenté un plan de paix.',
  'Olaf Scholz a plaidé sa cause devant les juges.',
  'Le vent menace la récolte.',
  'Olaf Scholz a défendu son titre à Berlin.',
  'Olaf Scholz a appelé à Berlin son homologue.',
  'Olaf Scholz a appelé Poutine à deux reprises.',
  'Le texte a été adopté et annoncé par le ministre.',
  'La fédération a exclu deux clubs du championnat.',
  // Giving a prize or booking an amount is not explaining a cause.
  'Le jury a attribué le premier prix à une romancière belge.',
  'La région a imputé trois millions au budget des transports.',
  'Le Conseil fédéral a imputé les frais au budget des transports en 2023.',
  // Proclaiming a state or an event is no result; claiming an attack is no win; warning someone is no content.
  'Le président a proclamé l’état d’urgence.',
  'Le groupe a revendiqué mardi l’attentat contre la caserne.',
  'Olaf Scholz a mis en garde les habitants contre le froid.',
  // A request for anonymity describes the source.
  'Un témoin, qui a demandé à ne pas être identifié, est arrivé.',
  'Un témoin, qui a demandé l’anonymat, est arrivé.',
  // An opinion verb's object without an attribute, a figure nor a quotation is not a report.
  'Le maire estime le coût des travaux raisonnable.',
  'Le maire estime les travaux nécessaires.',
];

describe('cue whose complement is the content', () => {
  it.each(NONE)('finds nothing in: %s', (input) => {
    expect(attributionsOf(input, E)).toEqual([]);
  });

  it.each(CASES)('%s', (input, kind, content, start, cue, lemma, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual({ kind, content, start, cue, lemma, source, canonical });
  });
});

describe('a fronted adjunct before the subject and its apposition', () => {
  it('reads the object, not the subject, after "Au cours de …, le titre, Nom, a accusé"', () => {
    const input = 'Au cours d’une conférence de presse jeudi, le chef de la diplomatie, Olaf Scholz, a accusé Moscou de mentir.';
    expect(attributionsOf(input, E).map(flat)).toEqual([
      { kind: 'indirect', content: 'Moscou de mentir', start: 91, cue: 'a accusé', lemma: 'accuser', source: 'Olaf Scholz', canonical: 'Olaf Scholz' },
    ]);
  });

  it('does not read the object of "Devant le juge, le prévenu, …, a reconnu les faits" as an inverted speaker', () => {
    // The facts admitted are what the defendant says; they never speak.
    expect(attributionsOf('Devant le juge, le prévenu, un chauffeur sans emploi, a reconnu les faits.', E).map(flat)).toEqual([
      { kind: 'indirect', content: 'les faits', start: 64, cue: 'a reconnu', lemma: 'reconnaître', source: 'prévenu', canonical: 'prévenu' },
    ]);
  });
});

describe('an object that goes on past a comma', () => {
  const P: EntitySpec[] = [['Olaf Scholz', 'PERSON'], ['Lille', 'LOCATION'], ['Douai', 'LOCATION'], ['Arras', 'LOCATION'], ['Karl M.', 'PERSON'], ['lundi', 'DATE']];
  // [input, content]: ", dont …", ", soit …", ", notamment …", ", y compris …", a value, an age, a second object after ", et", a list.
  const GOES_ON: [string, string][] = [
    ['Olaf Scholz a annoncé la suppression de 800 postes, dont 300 en Allemagne, et la fermeture de deux usines, après une année difficile.',
      'la suppression de 800 postes, dont 300 en Allemagne, et la fermeture de deux usines'],
    ['Olaf Scholz a annoncé une aide de 40 millions d’euros, soit 2 000 euros par foyer, lors de sa visite.', 'une aide de 40 millions d’euros, soit 2 000 euros par foyer'],
    ['Olaf Scholz a réclamé des renforts, notamment à Lille et à Douai, dénonçant une situation intenable.', 'des renforts, notamment à Lille et à Douai'],
    ['Olaf Scholz a promis des contrôles partout, y compris à Arras, estimant que la loi le permet.', 'des contrôles partout, y compris à Arras'],
    ['Olaf Scholz a annoncé un bénéfice en baisse de 12 %, à 3,4 milliards d’euros, sans préciser la suite.', 'un bénéfice en baisse de 12 %, à 3,4 milliards d’euros'],
    ['Olaf Scholz a requis dix ans de prison contre Karl M., 52 ans, et cinq ans contre son complice.', 'dix ans de prison contre Karl M., 52 ans, et cinq ans contre son complice'],
    ['Olaf Scholz a menacé de couper les livraisons vers Lille, Douai et Arras.', 'de couper les livraisons vers Lille, Douai et Arras'],
    // A second object after ", ainsi que".
    ['Olaf Scholz a annoncé la fermeture de trois usines, ainsi que la vente des sites qui ne trouveront pas preneur.', 'la fermeture de trois usines, ainsi que la vente des sites qui ne trouveront pas preneur'],
    // A list of single adjectives after a noun.
    ['Olaf Scholz a annoncé un partenariat franco-allemand, polonais et italien pour la défense aérienne, sans en chiffrer le coût.',
      'un partenariat franco-allemand, polonais et italien pour la défense aérienne'],
    // An indefinite "avec" phrase closing the sentence describes the object.
    ['Olaf Scholz a fait état d’un risque « marqué » en altitude, avec des plaques « sensibles au passage d’un skieur ».',
      'd’un risque « marqué » en altitude, avec des plaques « sensibles au passage d’un skieur »'],
    ['Olaf Scholz a annoncé une hausse des tarifs, avec une entrée en vigueur en mars.', 'une hausse des tarifs, avec une entrée en vigueur en mars'],
    // A place tail with a relative "où".
    ['Olaf Scholz a mis en garde contre le risque d’épidémies, notamment de choléra, dans les camps où s’entassent les rescapés.',
      'contre le risque d’épidémies, notamment de choléra, dans les camps où s’entassent les rescapés'],
  ];
  // [input, content]: the setting, ground and duration of the act of saying are not what was said.
  const ACT_ADJUNCTS: [string, string][] = [
    ['Olaf Scholz a annoncé lundi sa démission lors d’une courte déclaration, sans questions de la presse.', 'sa démission'],
    ['Olaf Scholz a annoncé une réforme dans un bref communiqué.', 'une réforme'],
    ['Les syndicats, qui réclamaient sa démission depuis des mois, ont salué la décision.', 'sa démission'],
    ['Olaf Scholz dénonce ce projet depuis trois ans.', 'ce projet'],
    // The outlet where it was said: "sur la chaîne X", "sur le site du club", "à la radio", "au micro de X".
    ['Olaf Scholz a promis lundi sur la chaîne publique ARD un « automne des réformes ».', 'un « automne des réformes »'],
    ['Olaf Scholz a annoncé sur le site du parti une réforme des retraites.', 'une réforme des retraites'],
    ['Olaf Scholz a annoncé à la radio publique un « plan de relance ».', 'un « plan de relance »'],
    ['Olaf Scholz a dénoncé au micro de Reuters un « abandon » des régions.', 'un « abandon » des régions'],
    ['Olaf Scholz a dénoncé dans les colonnes du journal de Lille une « trahison ».', 'une « trahison »'],
    // A bare date closing the object is when it was said; a date that depends on a word of the object stays.
    ['Olaf Scholz a confirmé l’enlèvement lundi.', 'l’enlèvement'],
    ['Olaf Scholz a annoncé sa démission lundi.', 'sa démission'],
    ['Olaf Scholz a annoncé la grève de lundi.', 'la grève de lundi'],
    ['Olaf Scholz a promis de livrer des armes d’ici lundi.', 'de livrer des armes d’ici lundi'],
    // A distance in time ("à cinq jours de la fin du mercato") closes the object; "à deux jours de travail" belongs to it.
    ['Olaf Scholz a regretté de perdre « un joueur de cette qualité » à cinq jours de la fin du mercato.', 'de perdre « un joueur de cette qualité »'],
    ['Olaf Scholz a annoncé une réforme à quelques semaines du scrutin.', 'une réforme'],
    ['Olaf Scholz a réclamé une pause à deux jours de travail par semaine.', 'une pause à deux jours de travail par semaine'],
    // Not an outlet phrase before the object: it is the object, or it follows it.
    ['Olaf Scholz a dénoncé la chaîne publique ARD pour sa « partialité ».', 'la chaîne publique ARD pour sa « partialité »'],
    ['Olaf Scholz avait d’abord revendiqué la victoire sur la foi de sondages réalisés à la sortie des urnes.', 'la victoire'],
    // Not a duration nor a speech event: the object goes on.
    ['Olaf Scholz a dénoncé la hausse des prix depuis le début de la guerre.', 'la hausse des prix depuis le début de la guerre'],
    ['Olaf Scholz a dénoncé la situation dans les camps de Lille.', 'la situation dans les camps de Lille'],
    // "avec" and a possessive: who was with the speaker.
    ['Olaf Scholz a dénoncé la réforme, avec ses collègues du parti.', 'la réforme'],
    // A duration after an apposition or a participle of the object belongs to it.
    ['Olaf Scholz a réclamé un pont aérien pour ravitailler Arras, ville de 60 000 habitants, coupée du monde depuis dix jours.',
      'un pont aérien pour ravitailler Arras, ville de 60 000 habitants, coupée du monde depuis dix jours'],
    // A relative set off by commas before ", et" and a second object.
    ['Olaf Scholz dénonce l’accord avec le Mercosur, que la Commission veut signer, et l’abattage des troupeaux.',
      'l’accord avec le Mercosur, que la Commission veut signer, et l’abattage des troupeaux'],
    ['Olaf Scholz dénonce l’accord avec le Mercosur, que la Commission veut signer, et les syndicats ont approuvé.', 'l’accord avec le Mercosur'],
  ];
  it.each(ACT_ADJUNCTS)('%s', (input, content) => {
    expect(attributionsOf(input, P).map((a) => a.content.text)).toEqual([content]);
  });
  it('stops before ", ainsi que l’a dit X" (an incise, not a second object)', () => {
    expect(attributionsOf('Olaf Scholz a annoncé la fermeture de trois usines, ainsi que l’a confirmé son porte-parole.', P).map((a) => a.content.text)).toContain('la fermeture de trois usines');
  });

  it.each(GOES_ON)('%s', (input, content) => {
    expect(attributionsOf(input, P).map((a) => a.content.text)).toContain(content);
  });

  it('stops before "après" and its event, unless a relative clause holds it', () => {
    const got = attributionsOf('Olaf Scholz a menacé de couper les subventions après le refus des régions de signer.', P).map(flat);
    expect(got[0]).toMatchObject({ content: 'de couper les subventions', cue: 'a menacé', source: 'Olaf Scholz' });
    const got2 = attributionsOf('Olaf Scholz a dénoncé un texte qui a été voté après un long débat.', P).map(flat);
    expect(got2[0]).toMatchObject({ content: 'un texte qui a été voté après un long débat', cue: 'a dénoncé', source: 'Olaf Scholz' });
  });

  it('stops at a new clause after ", et" and at a participle of the speaker', () => {
    const got = attributionsOf('Olaf Scholz a annoncé une hausse des salaires, et les syndicats ont salué la mesure.', P).map(flat);
    expect(got[0]).toMatchObject({ content: 'une hausse des salaires', cue: 'a annoncé', source: 'Olaf Scholz' });
    const got2 = attributionsOf('Olaf Scholz a annoncé une hausse des salaires, jugeant la mesure indispensable.', P).map(flat);
    expect(got2[0]).toMatchObject({ content: 'une hausse des salaires', cue: 'a annoncé', source: 'Olaf Scholz' });
  });
});

describe('a figure put on something: "estimer" and "évaluer" with "à" and an amount', () => {
  const opts: EntitySpec[] = [['Union des classes moyennes', 'ORGANIZATION'], ['FEB', 'ORGANIZATION']];
  it.each([
    ['L’Union des classes moyennes évalue à 30 % la baisse du chiffre d’affaires sur la période.', 'à 30 % la baisse du chiffre d’affaires sur la période', 'évalue', 'évaluer'],
    ['Le syndicat estime à 40 % la part des grévistes.', 'à 40 % la part des grévistes', 'estime', 'estimer'],
    ['La FEB estime le coût des trois jours à près de 900 millions d’euros.', 'le coût des trois jours à près de 900 millions d’euros', 'estime', 'estimer'],
    ['Les assureurs ont évalué les dégâts à 3 milliards d’euros.', 'les dégâts à 3 milliards d’euros', 'ont évalué', 'évaluer'],
    // Like "chiffre le coût à …": an estimate with its figure is reported.
    ['Le maire estime le coût des travaux à trois millions.', 'le coût des travaux à trois millions', 'estime', 'estimer'],
  ])('%s', (text, content, cue, lemma) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => [a.kind, a.content, a.cue, a.lemma])).toEqual([['indirect', content, cue, lemma]]);
  });

  it.each([
    ['Les experts évaluent les dégâts causés par la tempête.'],
    ['Le jury a évalué les candidats un par un.'],
    ['La FEB estime le dialogue nécessaire.'],
  ])('reports nothing without a figure: %s', (text) => {
    expect(attributionsOf(text, opts)).toEqual([]);
  });

  it('leaves "estime que P" a reported clause', () => {
    expect(attributionsOf('La FEB estime que le coût dépasse 900 millions d’euros.', opts).map(flat).map((a) => [a.kind, a.content])).toEqual([
      ['indirect', 'le coût dépasse 900 millions d’euros'],
    ]);
  });
});

describe('objects that are no report: opposition, worry, a pronoun for what cannot speak', () => {
  const opts: EntitySpec[] = [['Kremlin', 'ORGANIZATION'], ['ONU', 'ORGANIZATION'], ['CIVB', 'ORGANIZATION'], ['Bart De Wever', 'PERSON']];
  it.each([
    // "contester" a reform or a decision is opposing it; a statement, a que-clause or a quotation is reported.
    ['Les syndicats contestent la réforme des pensions du gouvernement de Bart De Wever.', []],
    ['Le Kremlin conteste ces accusations.', [['indirect', 'ces accusations']]],
    ['Le Kremlin conteste que des civils aient été tués.', [['indirect', 'des civils aient été tués']]],
    ['« C’est faux », conteste le Kremlin.', [['direct', 'C’est faux']]],
    // "s'inquiéter de" / "s'alarmer de" report only the speaker's words.
    ['Plusieurs ONG s’inquiètent aussi du sort des communautés réinstallées.', []],
    ['L’ONU s’alarme de la multiplication des blocages de routes.', []],
    ['L’ONU s’alarme d’une « situation hors de contrôle ».', [['mixed', 'd’une « situation hors de contrôle »']]],
    ['L’ONU s’inquiète que la situation échappe à tout contrôle.', [['indirect', 'la situation échappe à tout contrôle']]],
    // A pronoun after "et" takes up the subject opening the sentence: figures do not speak.
    ['Les chiffres sont tombés mardi au siège du CIVB, et ils confirment les pires craintes de la filière.', []],
    ['Les chiffres sont tombés mardi au siège du CIVB, et ils indiquent que la crise est finie.', []],
    ['Les ministres sont arrivés au siège du CIVB, et ils ont confirmé la fermeture du site.', [['indirect', 'la fermeture du site']]],
    ['Le bilan est tombé mardi, et ils confirment la fermeture du site.', [['indirect', 'la fermeture du site']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => [a.kind, a.content])).toEqual(expected);
  });
});

describe('a toll, a count or a result as object: "reconnaître la mort de", "parler de", "proclamer la réélection de"', () => {
  const opts: EntitySpec[] = [['Samia Suluhu Hassan', 'PERSON'], ['Commission électorale', 'ORGANIZATION'], ['Chadema', 'ORGANIZATION'], ['samedi', 'DATE']];
  it.each([
    // A toll of one's own side after "reconnaître", alone or coordinated with a first report.
    ['L’armée reconnaît la mort de 23 soldats.', [['indirect', 'la mort de 23 soldats', 'reconnaît']]],
    ['L’armée affirme avoir tué 200 combattants et reconnaît la mort de 23 soldats.', [['indirect', 'avoir tué 200 combattants', 'affirme'], ['indirect', 'la mort de 23 soldats', 'reconnaît']]],
    ['La compagnie a reconnu la perte de deux appareils.', [['indirect', 'la perte de deux appareils', 'a reconnu']]],
    ['Le témoin a reconnu la mort de son frère.', []],
    // "revendiquer" a toll is a claim too; the death of one named man is an attack claimed, not a figure.
    ['Le Chadema revendique la mort de 23 soldats.', [['indirect', 'la mort de 23 soldats', 'revendique']]],
    ['Le Chadema a revendiqué la destruction de trois chars.', [['indirect', 'la destruction de trois chars', 'a revendiqué']]],
    ['Le Chadema a revendiqué la mort du général.', []],
    // "parler de" and a count: a toll given; without a count, a topic.
    ['Le Chadema parle de centaines de morts.', [['indirect', 'de centaines de morts', 'parle']]],
    ['Les syndicats parlent d’au moins 5 000 manifestants.', [['indirect', 'd’au moins 5 000 manifestants', 'parlent']]],
    ['Le Chadema a parlé de 700 morts dans la capitale.', [['indirect', 'de 700 morts dans la capitale', 'a parlé']]],
    ['Le ministre parle de sa famille.', []],
    ['Le Chadema parle de fraude.', []],
    // A proclaimed election or victory is a result, like "proclamer X vainqueur"; a state of emergency is not.
    ['La Commission électorale a proclamé samedi la réélection de Samia Suluhu Hassan, créditée de 97 % des voix.', [['indirect', 'la réélection de Samia Suluhu Hassan, créditée de 97 % des voix', 'a proclamé']]],
    ['La Commission électorale a proclamé la victoire du Chadema.', [['indirect', 'la victoire du Chadema', 'a proclamé']]],
    ['Le gouvernement a proclamé l’état d’urgence.', []],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => [a.kind, a.content, a.cue])).toEqual(expected);
  });
});

describe('authors of an attack who make demands, and a coordinated threat', () => {
  it.each([
    ['Les pirates réclament 5 millions de dollars.', [['indirect', '5 millions de dollars', 'réclament', 'pirates']]],
    ['Les ravisseurs réclament 2 millions d’euros.', [['indirect', '2 millions d’euros', 'réclament', 'ravisseurs']]],
    ['Les assaillants réclament la libération de leurs camarades.', [['indirect', 'la libération de leurs camarades', 'réclament', 'assaillants']]],
    // A verb of several senses coordinated with "de" and an infinitive after its clitics shares the subject.
    [
      'Les pirates affirment avoir dérobé 400 000 fichiers, dont des dossiers médicaux, et menacent de les publier vendredi.',
      [['indirect', 'avoir dérobé 400 000 fichiers, dont des dossiers médicaux', 'affirment', 'pirates'], ['indirect', 'de les publier vendredi', 'menacent', 'pirates']],
    ],
    ['Le maire explique que les travaux dureront et menace de démissionner.', [['indirect', 'les travaux dureront', 'explique', 'maire'], ['indirect', 'de démissionner', 'menace', 'maire']]],
    // "menace" with an object that is not an infinitive is no report.
    ['Le maire explique que les travaux dureront et menace la saison touristique.', [['indirect', 'les travaux dureront et menace la saison touristique', 'explique', 'maire']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text).map(flat).map((a) => [a.kind, a.content, a.cue, a.source])).toEqual(expected);
  });
});

describe('mixed objects: the city where it was said, a second verb after "mais", an attribute and its adjunct', () => {
  const opts: EntitySpec[] = [
    ['Mark Rutte', 'PERSON'], ['Bruxelles', 'LOCATION'], ['Berlin', 'LOCATION'], ['Russie', 'LOCATION'], ['Meta', 'ORGANIZATION'],
    ['Fnaim', 'ORGANIZATION'], ['Samia Suluhu Hassan', 'PERSON'], ['2026', 'DATE'], ['samedi', 'DATE'], ['jeudi', 'DATE'], ['HCDH', 'ORGANIZATION'],
  ];
  it.each([
    // "à" and a city before the object: where it was said.
    ['Mark Rutte a dénoncé à Bruxelles un comportement « imprudent » de la Russie.', [['mixed', 'un comportement « imprudent » de la Russie', 'a dénoncé', 'Mark Rutte']]],
    ['Mark Rutte a salué à Berlin la « détermination » des alliés.', [['mixed', 'la « détermination » des alliés', 'a salué', 'Mark Rutte']]],
    ['Mark Rutte a appelé à Berlin son homologue.', []],
    // A verb group after "mais" (with or without a comma) shares the subject of the verb before it.
    ['Meta a affirmé qu’il se conformerait à la loi, mais a qualifié celle-ci d’« inefficace ».', [['indirect', 'il se conformerait à la loi', 'a affirmé', 'Meta'], ['mixed', 'celle-ci d’« inefficace »', 'a qualifié', 'Meta']]],
    ['Meta a salué la loi, mais a dénoncé une « erreur » de calcul.', [['mixed', 'une « erreur » de calcul', 'a dénoncé', 'Meta']]],
    ['Meta a salué la loi, mais Mark Rutte a dénoncé une « erreur ».', [['mixed', 'une « erreur »', 'a dénoncé', 'Mark Rutte']]],
    // A quoted attribute after "de" closes the object before an adjunct of time or place, not before the noun's complement.
    ['Mark Rutte a qualifié le mouvement d’« inacceptable » en plein départ en vacances.', [['mixed', 'le mouvement d’« inacceptable »', 'a qualifié', 'Mark Rutte']]],
    ['Mark Rutte a qualifié le texte de « recul » lors du débat.', [['mixed', 'le texte de « recul »', 'a qualifié', 'Mark Rutte']]],
    ['Mark Rutte qualifie la Russie de « menace à long terme » pour la sécurité des alliés.', [['mixed', 'la Russie de « menace à long terme » pour la sécurité des alliés', 'qualifie', 'Mark Rutte']]],
    ['Mark Rutte a qualifié de « honteuse » la décision du juge.', [['mixed', 'de « honteuse » la décision du juge', 'a qualifié', 'Mark Rutte']]],
    // "d’«": an elision before a quotation mark still opens the complement of "faire état".
    ['Le HCDH a fait état jeudi d’« au moins dix morts » dans trois villes.', [['mixed', 'd’« au moins dix morts » dans trois villes', 'a fait état', 'HCDH']]],
    // A forecast in the speaker's words, with the condition the speaker sets.
    ['La Fnaim prévoit pour 2026 une hausse des prix « comprise entre 1 % et 2 % », à condition que les taux ne remontent pas.', [['mixed', 'une hausse des prix « comprise entre 1 % et 2 % », à condition que les taux ne remontent pas', 'prévoit', 'Fnaim']]],
    ['Le syndicat réclame une hausse des salaires, à condition que les prix montent.', [['indirect', 'une hausse des salaires, à condition que les prix montent', 'réclame', 'syndicat']]],
    ['Le plan prévoit une « zone tampon » au nord.', []],
    // "les Tanzaniens à « préserver la paix »": the ones called, then the quoted infinitive; not an inverted subject.
    [
      'Arrivée au pouvoir en 2021, Samia Suluhu Hassan, 65 ans, a appelé samedi les Tanzaniens à « préserver la paix ».',
      [['mixed', 'les Tanzaniens à « préserver la paix »', 'a appelé', 'Samia Suluhu Hassan']],
    ],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => [a.kind, a.content, a.cue, a.source])).toEqual(expected);
  });
});

describe('an admission in the speaker’s words, a demand with "exiger"', () => {
  const P: EntitySpec[] = [['Stéphanie Rist', 'PERSON'], ['Washington', 'LOCATION', 'Washington', 'city:US:washington']];
  it.each([
    ['Stéphanie Rist a reconnu une situation « très tendue » dans une trentaine de services.', [['mixed', 'une situation « très tendue » dans une trentaine de services']]],
    ['Stéphanie Rist a reconnu une « erreur ».', [['mixed', 'une « erreur »']]],
    ['Stéphanie Rist a reconnu un homme dans la foule.', []],
    ['Washington exige l’arrêt de tout enrichissement d’uranium.', [['indirect', 'l’arrêt de tout enrichissement d’uranium']]],
    ['La situation exige de la prudence.', []],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content])).toEqual(expected);
  });
});

describe('object complements: an incise of where or when set off by commas after the cue', () => {
  const people: EntitySpec[] = [['Giorgia Meloni', 'PERSON'], ['Meloni', 'PERSON', 'Giorgia Meloni'], ['lundi', 'DATE']];
  it.each([
    ['Mme Meloni a dénoncé, dans un communiqué, une décision qui « réduit encore les marges ».', 'mixed', 'une décision qui « réduit encore les marges »'],
    ['Mme Meloni a dénoncé, lundi, une décision « injuste ».', 'mixed', 'une décision « injuste »'],
    ['Giorgia Meloni a salué, lors du débat, un accord « historique ».', 'mixed', 'un accord « historique »'],
    ['Giorgia Meloni a annoncé, lundi, la fermeture du centre.', 'indirect', 'la fermeture du centre'],
    // A que-clause after the incise is the reported clause's, once.
    ['Giorgia Meloni a dénoncé, dans un communiqué, que la décision était injuste.', 'indirect', 'la décision était injuste'],
  ])('%s', (text, kind, content) => {
    expect(attributionsOf(text, people).map(flat).map((a) => [a.kind, a.content, a.canonical])).toEqual([[kind, content, 'Giorgia Meloni']]);
  });

  it('reads no incise that is no place or time (", comme prévu,")', () => {
    expect(attributionsOf('Giorgia Meloni a dénoncé, comme prévu, la décision.', people)).toEqual([]);
  });
});

describe('object complements: a relative in the present after a quoted fragment', () => {
  const bodies: EntitySpec[] = [['PLR', 'ORGANIZATION']];
  it.each([
    // The speaker's judgement goes on to the end of the sentence.
    ['Le PLR a salué dans un communiqué un vote «de bon sens», qui protège les entreprises familiales.', 'un vote «de bon sens», qui protège les entreprises familiales'],
    ['Le PLR a dénoncé une réforme « injuste », qui pénalise les retraités.', 'une réforme « injuste », qui pénalise les retraités'],
    ['Le PLR a imputé la fragilité du système au « blocus » imposé par le voisin, qui empêche l’achat de pièces.', 'la fragilité du système au « blocus » imposé par le voisin, qui empêche l’achat de pièces'],
    // The writer's background: a past, an imperfect, a schedule; no quotation; a comma after the relative.
    ['Le PLR a parlé d’un «jour historique» pour l’écurie, qui n’avait plus remporté le titre depuis 2008.', 'd’un «jour historique» pour l’écurie'],
    ['Le PLR a décrit une équipe « méthodique », qui a repéré les lieux.', 'une équipe « méthodique »'],
    ['Le PLR a promis « la prospérité » durant son mandat, qui doit débuter le 10 janvier.', '« la prospérité » durant son mandat'],
    ['Le PLR a dénoncé une réforme « injuste », qui pénalise les retraités, en pleine crise.', 'une réforme « injuste »'],
  ])('%s', (text, content) => {
    expect(attributionsOf(text, bodies).map(flat).map((a) => a.content)).toEqual([content]);
  });
});

describe('object complements: a call with a reflexive or negated infinitive', () => {
  const people: EntitySpec[] = [['Bernard Lumbroso', 'PERSON']];
  it.each([
    ['Le procureur, Bernard Lumbroso, appelle les témoins à se manifester auprès de la gendarmerie.', 'les témoins à se manifester auprès de la gendarmerie', 'Bernard Lumbroso'],
    ['Le procureur a appelé les habitants à ne pas sortir.', 'les habitants à ne pas sortir', 'procureur'],
    ['Le maire a appelé les habitants à s’abriter.', 'les habitants à s’abriter', 'maire'],
    ['Le procureur, qui appelle les témoins à se manifester, a ouvert une enquête.', 'les témoins à se manifester', 'procureur'],
  ])('%s', (text, content, canonical) => {
    expect(attributionsOf(text, people).map(flat).map((a) => [a.kind, a.content, a.canonical])).toEqual([['indirect', content, canonical]]);
  });

  it('still needs an infinitive after the clitic ("à se" then a noun is no call)', () => {
    expect(attributionsOf('Le maire a appelé les habitants à ses côtés.', people)).toEqual([]);
  });
});
