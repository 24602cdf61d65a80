import { describe, expect, it } from 'vitest';
import { entityNamed, found } from '../test-utils.js';

// [input, surface, start, type, canonical]
const POSITIVE: [string, string, number, string, string][] = [
  ['Le président russe Vladimir Poutine a parlé.', 'Vladimir Poutine', 19, 'PERSON', 'Vladimir Poutine'],
  ['M. Poutine a parlé.', 'Poutine', 3, 'PERSON', 'Vladimir Poutine'],
  ['Selon le législateur Yoo Sang-bum, tout va bien.', 'Yoo Sang-bum', 21, 'PERSON', 'Yoo Sang-bum'],
  ['Il a rencontré le ministre nord-coréen de la Sécurité d’État, Ri Chang Dae, lundi.', 'Ri Chang Dae', 62, 'PERSON', 'Ri Chang Dae'],
  ['Le directeur du service, Kim Kyou-hyun, a parlé.', 'Kim Kyou-hyun', 25, 'PERSON', 'Kim Kyou-hyun'],
  ['a déclaré le conseiller du Kremlin, Iouri Ouchakov.', 'Iouri Ouchakov', 36, 'PERSON', 'Iouri Ouchakov'],
  ['Le porte-parole Jacques Durandet a démenti.', 'Jacques Durandet', 16, 'PERSON', 'Jacques Durandet'],
  // A title's seat, then the holder's name: the place and the person stand apart.
  ['Selon le gouverneur de Lagos Babajide Sanwo-Olu, la ville est calme.', 'Babajide Sanwo-Olu', 29, 'PERSON', 'Babajide Sanwo-Olu'],
  ['Selon le gouverneur de Lagos Babajide Sanwo-Olu, la ville est calme.', 'Lagos', 23, 'LOCATION', 'Lagos'],
  ['Le parti du maire de Chisinau Ion Ceban progresse.', 'Ion Ceban', 30, 'PERSON', 'Ion Ceban'],
  // A first name given as such.
  ['Le suspect, prénommé Souleymane-Ka, a été interpellé.', 'Souleymane-Ka', 21, 'PERSON', 'Souleymane-Ka'],
  ['Une passante dénommée Zouina a donné l’alerte.', 'Zouina', 22, 'PERSON', 'Zouina'],
  // A compound of two first names is a first name; a title that is also a first name, capitalised, is the first name.
  ['Le porte-parole du parti, Pierre-Emmanuel Kerhervé, a démenti.', 'Pierre-Emmanuel Kerhervé', 26, 'PERSON', 'Pierre-Emmanuel Kerhervé'],
  ['Selon Anne-Cécile Tubiana, rien ne change.', 'Anne-Cécile Tubiana', 6, 'PERSON', 'Anne-Cécile Tubiana'],
  ['Le ministre du Pétrole, Cheikh Ndiongue, a signé l’accord.', 'Cheikh Ndiongue', 24, 'PERSON', 'Cheikh Ndiongue'],
  // A portfolio written in lower case between the title and the name.
  ['La ministre des finances, Satsuki Katayama, a répété jeudi.', 'Satsuki Katayama', 26, 'PERSON', 'Satsuki Katayama'],
  ['Selon le ministre de l’économie, Kato Hiroshi, la croissance ralentit.', 'Kato Hiroshi', 33, 'PERSON', 'Kato Hiroshi'],
  // Players by their position, witnesses by their occupation.
  ['Le match a basculé quand le talonneur Peato Mauvaka a marqué.', 'Peato Mauvaka', 38, 'PERSON', 'Peato Mauvaka'],
  ['Deux essais du troisième-ligne Kwagga Smitsen ont suffi.', 'Kwagga Smitsen', 31, 'PERSON', 'Kwagga Smitsen'],
  // A person particle inside an unknown name makes it a person's, alone or after an unknown first name.
  ['Deux essais du troisième-ligne sud-africain Ruan Van der Berg, impressionnant.', 'Ruan Van der Berg', 44, 'PERSON', 'Ruan Van der Berg'],
  ['Il a indiqué que Van der Berg, sorti sur une civière, souffre.', 'Van der Berg', 17, 'PERSON', 'Van der Berg'],
  ['Selon Mohammed ben Salmane, tout va bien.', 'Mohammed ben Salmane', 6, 'PERSON', 'Mohammed ben Salmane'],
  ['« Tout a brûlé », raconte Liudmila Chkhaidze, une infirmière de 43 ans.', 'Liudmila Chkhaidze', 26, 'PERSON', 'Liudmila Chkhaidze'],
  ['L’agriculteur Yannig Le Goff a témoigné.', 'Yannig Le Goff', 14, 'PERSON', 'Yannig Le Goff'],
  // A Breton name with the digraph "c'h" is one word; the bare surname with its particle refers back.
  ['Le record fut établi en 2017 par Armel Le Cléac’h en 74 jours.', 'Armel Le Cléac’h', 33, 'PERSON', 'Armel Le Cléac’h'],
  ['Armel Le Cléac’h a gagné. Le Cléac’h détenait le record.', 'Le Cléac’h', 26, 'PERSON', 'Armel Le Cléac’h'],
  ["Selon Youenn Kerc'hoas, le port est fermé.", "Youenn Kerc'hoas", 6, 'PERSON', "Youenn Kerc'hoas"],
  // English first names of East African officials.
  ["a déclaré le commandant kényan de la mission, Godfrey Otunge, lors d'une visite.", 'Godfrey Otunge', 46, 'PERSON', 'Godfrey Otunge'],
  ['Le ministre Moses Kuria a démissionné.', 'Moses Kuria', 12, 'PERSON', 'Moses Kuria'],
  ['Marc Trévidic, le juge antiterroriste, a parlé.', 'Marc Trévidic', 0, 'PERSON', 'Marc Trévidic'],
  ['Ondrej Kolar, ancien maire, a parlé.', 'Ondrej Kolar', 0, 'PERSON', 'Ondrej Kolar'],
  ['Le général Oleksandr Syrsky a visité le front.', 'Oleksandr Syrsky', 11, 'PERSON', 'Oleksandr Syrsky'],
  ['« Nous résisterons », a déclaré Hakainde Hichilema.', 'Hakainde Hichilema', 32, 'PERSON', 'Hakainde Hichilema'],
  ['Selon Tarik Saleh, rien ne change.', 'Tarik Saleh', 6, 'PERSON', 'Tarik Saleh'],
  ['Le texte, signé par Kovalenko, a été publié.', 'Kovalenko', 20, 'PERSON', 'Kovalenko'],
  ['Selon Abou Mohammed al-Joulani, la ville est tombée.', 'Abou Mohammed al-Joulani', 6, 'PERSON', 'Abou Mohammed al-Joulani'],
  ['Il a reçu Valéry Giscard d’Estaing hier.', 'Valéry Giscard d’Estaing', 10, 'PERSON', 'Valéry Giscard d’Estaing'],
  ['Le politologue et allié de Poutine Sergei Markov suggère cela.', 'Sergei Markov', 35, 'PERSON', 'Sergei Markov'],
  ['Le ministre du Commerce Jean Dupontel a parlé.', 'Jean Dupontel', 24, 'PERSON', 'Jean Dupontel'],
  ['Selon le gouverneur régional, Olek Synehoubko, tout va bien.', 'Olek Synehoubko', 30, 'PERSON', 'Olek Synehoubko'],
  ['Le commandant militaire local Ivek Fedorenkov a parlé.', 'Ivek Fedorenkov', 30, 'PERSON', 'Ivek Fedorenkov'],
  ['Le porte-parole du ministère qatari des Affaires étrangères, Majed al-Nouri, a parlé.', 'Majed al-Nouri', 61, 'PERSON', 'Majed al-Nouri'],
  ['Le chef de la diplomatie iranienne, Abbas Moussaki, a parlé.', 'Abbas Moussaki', 36, 'PERSON', 'Abbas Moussaki'],
  // Arabic particles inside a name: "ben" is also a first name ("Ben Wallace"), but not in lower case.
  ['Le chef de la diplomatie omanaise, Badr ben Hamad al-Boussaïdi, a parlé.', 'Badr ben Hamad al-Boussaïdi', 35, 'PERSON', 'Badr ben Hamad al-Boussaïdi'],
  ['Mohammed ben Salmane a reçu Ben Wallace.', 'Ben Wallace', 28, 'PERSON', 'Ben Wallace'],
  // A generation suffix keeps its dot inside a sentence, and a bare surname links past it.
  ['Le chef d’état-major, Romeo Brawner Jr., a dit. Brawner a ri.', 'Romeo Brawner Jr.', 22, 'PERSON', 'Romeo Brawner Jr.'],
  ['Le chef d’état-major, Romeo Brawner Jr., a dit. Brawner a ri.', 'Brawner', 48, 'PERSON', 'Romeo Brawner Jr.'],
  ['Martin Luther King Sr. est mort.', 'Martin Luther King Sr.', 0, 'PERSON', 'Martin Luther King Sr.'],
  ['La commissaire européenne à l’Élargissement, Marta Kos, a estimé que non.', 'Marta Kos', 45, 'PERSON', 'Marta Kos'],
  // A two-word name ending a longer full name of the text, or of the dictionary, is that person.
  ['Le candidat Edmundo González Urrutia a gagné. Maduro a cédé à M. González Urrutia en mars.', 'González Urrutia', 65, 'PERSON', 'Edmundo González Urrutia'],
  ['Le président Andrés Manuel López Obrador a parlé. López Obrador a ri.', 'López Obrador', 50, 'PERSON', 'Andrés Manuel López Obrador'],
  ['Oligui Nguema a voté.', 'Oligui Nguema', 0, 'PERSON', 'Brice Clotaire Oligui Nguema'],
  // A capitalised demonym after a first name or an honorific is a surname.
  ['Le poète Julien Normand a lu. M. Normand a ri.', 'Julien Normand', 9, 'PERSON', 'Julien Normand'],
  ['Le poète Julien Normand a lu. M. Normand a ri.', 'Normand', 33, 'PERSON', 'Julien Normand'],
  // A place, then a first name and a surname: the place and a person, not one name.
  ['La députée socialiste de Haute-Garonne Claire Vidalou a voté.', 'Claire Vidalou', 39, 'PERSON', 'Claire Vidalou'],
  ['Il a devancé le Danois Mikkel Sørensen au sprint.', 'Mikkel Sørensen', 23, 'PERSON', 'Mikkel Sørensen'],
  // An article before a portfolio is not before the name.
  ['Le ministre de la Santé Tshalu Mbuyeki a parlé.', 'Tshalu Mbuyeki', 24, 'PERSON', 'Tshalu Mbuyeki'],
  // Middle initials and their dots inside a name; an initial surname keeps its dot.
  ['Selon Harry S. Truman, la paix est possible.', 'Harry S. Truman', 6, 'PERSON', 'Harry S. Truman'],
  ['Le chef du gouvernement Aleqa K. Hammond a démissionné.', 'Aleqa K. Hammond', 24, 'PERSON', 'Aleqa K. Hammond'],
  ['Le tribunal a condamné Yanis B., 19 ans, à un an de prison.', 'Yanis B.', 23, 'PERSON', 'Yanis B.'],
  ['Le plus jeune, Théo M., 23 ans, a nié.', 'Théo M.', 15, 'PERSON', 'Théo M.'],
  // A known first name alone inside a sentence names a person (news names minors and athletes so).
  ['Parmi les blessés figure Théo, un lycéen de Brest.', 'Théo', 25, 'PERSON', 'Théo'],
  ['Elle pense à Manon chaque jour.', 'Manon', 13, 'PERSON', 'Manon'],
  // A place noun's guess gives way to a known person's surname.
  ['Le camp de Trump a réagi.', 'Trump', 11, 'PERSON', 'Donald Trump'],
  ['Il est resté près de Poutine.', 'Poutine', 21, 'PERSON', 'Vladimir Poutine'],
  // A surname or first name that is also a place, announced by a title.
  ['a dit le ministre de la Défense, Wellington Tsao, devant les députés.', 'Wellington Tsao', 33, 'PERSON', 'Wellington Tsao'],
  // First names of every region open an unknown name (first-names.json), and Vietnamese family names, written first.
  ['La participation a atteint 59 %, a précisé le président de l’institution, Elvis Amoroso, un proche du pouvoir.', 'Elvis Amoroso', 74, 'PERSON', 'Elvis Amoroso'],
  ['Hier, Henrique Capriles a parlé.', 'Henrique Capriles', 6, 'PERSON', 'Henrique Capriles'],
  ['Hier, Mouhamadou Makhtar Cissé a parlé.', 'Mouhamadou Makhtar Cissé', 6, 'PERSON', 'Mouhamadou Makhtar Cissé'],
  ['Hier, Jakaya Kikwete a rencontré des observateurs.', 'Jakaya Kikwete', 6, 'PERSON', 'Jakaya Kikwete'],
  ['Houari Boumédiène est mort en 1978.', 'Houari Boumédiène', 0, 'PERSON', 'Houari Boumédiène'],
  ['Hier, Einav Zangauker a manifesté.', 'Einav Zangauker', 6, 'PERSON', 'Einav Zangauker'],
  ['Yogi Adityanath a inauguré le temple.', 'Yogi Adityanath', 0, 'PERSON', 'Yogi Adityanath'],
  ['Hier, Prawit Wongsuwan a parlé.', 'Prawit Wongsuwan', 6, 'PERSON', 'Prawit Wongsuwan'],
  ['Hier, Tran Thanh Man a accueilli la délégation.', 'Tran Thanh Man', 6, 'PERSON', 'Tran Thanh Man'],
  ['Hier, Zbigniew Ziobro a parlé.', 'Zbigniew Ziobro', 6, 'PERSON', 'Zbigniew Ziobro'],
  ['Hier, Gabrielius Landsbergis a quitté la politique.', 'Gabrielius Landsbergis', 6, 'PERSON', 'Gabrielius Landsbergis'],
  ['Hier, Arayik Haroutiounian a parlé.', 'Arayik Haroutiounian', 6, 'PERSON', 'Arayik Haroutiounian'],
  ['Hier, Kamchybek Tashiev a été limogé.', 'Kamchybek Tashiev', 6, 'PERSON', 'Kamchybek Tashiev'],
  ['Hier, Riikka Purra a défendu le budget.', 'Riikka Purra', 6, 'PERSON', 'Riikka Purra'],
  // A given name that is also a place is kept out of the list: "Salvador" stays the country.
  ['À Salvador, la fête bat son plein.', 'Salvador', 2, 'LOCATION', 'Salvador'],
];

// Surnames linked to a fuller mention in the same text: [input, surface, nth, canonical]
const LINKED: [string, string, number, string][] = [
  ['Sergueï Narychkine est venu. Narychkine est un proche allié.', 'Narychkine', 0, 'Sergueï Narychkine'],
  ['Le troisième-ligne Ruan Van der Berg a marqué. Van der Berg est sorti blessé.', 'Van der Berg', 0, 'Ruan Van der Berg'],
  // Another word of exactly one full name of the text: a given name used as the name.
  ['Le ministre Gebretsadik Wolde a parlé. Selon M. Gebretsadik, rien ne change.', 'Gebretsadik', 0, 'Gebretsadik Wolde'],
  ['La ministre Phan Thi Lan a signé. Mme Lan a souri.', 'Lan', 0, 'Phan Thi Lan'],
  // A first name alone that is also a dictionary surname ("Rachid": Abdel Latif Rachid) is someone of the story.
  ['Rachid, qui tient un café sur la place, est inquiet.', 'Rachid', 0, 'Rachid'],
  ['Au marché, Rachid, 54 ans, vend des fruits. Rachid a vu les flammes.', 'Rachid', 1, 'Rachid'],
  ['Le président irakien Abdel Latif Rachid est arrivé. Rachid a salué la foule.', 'Rachid', 0, 'Abdel Latif Rachid'],
  // A surname given by its initial keeps its dot, and links like a surname.
  ['Le prévenu, Yanis B., 19 ans, a nié. M. B., sans avocat, a fait appel.', 'B.', 0, 'Yanis B.'],
  ['Yoon a parlé. Le ministre Yoon Hyun-woo a confirmé.', 'Yoon', 0, 'Yoon Hyun-woo'],
  ['Kim Jong Un a reçu Kim Kyou-hyun. Kim Jong Un a parlé. Kim a ri.', 'Kim', 0, 'Kim Jong Un'],
  ['Le politologue et allié de Poutine Sergei Markov suggère cela, selon Markov.', 'Markov', 0, 'Sergei Markov'],
  ['Jean DUPONTEL a parlé. Selon DUPONTEL, tout va bien.', 'DUPONTEL', 0, 'Jean DUPONTEL'],
  ['Le président syrien Bachir al-Hamdi a fui. Plus tard, al-Hamdi a parlé.', 'al-Hamdi', 0, 'Bachir al-Hamdi'],
  ['Kim Jong Il, le père de M. Kim Jong Un, est mort. M. Kim a parlé. Kim Jong Un a ri. Kim Jong Il aussi. Kim a ri.', 'Kim', 1, 'Kim Jong Un'],
  // Surnames with their particles.
  ['La présidente de la Commission, Ursula von der Leyen, a parlé. Mme von der Leyen a ri.', 'von der Leyen', 0, 'Ursula von der Leyen'],
  ['Mme von der Leyen a ri.', 'von der Leyen', 0, 'Ursula von der Leyen'],
  ['Von der Leyen a ri.', 'Von der Leyen', 0, 'Ursula von der Leyen'],
  ['Le peintre Vincent van Gogh est né. Plus tard, van Gogh a peint.', 'van Gogh', 0, 'Vincent van Gogh'],
  ['Marine Le Pen a parlé. Mme Le Pen a ri.', 'Le Pen', 0, 'Marine Le Pen'],
  ['Hier, Le Pen a ri.', 'Le Pen', 0, 'Marine Le Pen'],
  ['Charles de Gaulle a parlé. Le général de Gaulle est mort.', 'de Gaulle', 0, 'Charles de Gaulle'],
];

const NEGATIVE: [string, string][] = [
  // A portfolio bridges a title only after its preposition.
  ['Le ministre finances Kivrak Talvo.', 'PERSON'],
  // "al" and "el" join place names too.
  ['Il a visité Ras al Khaimah hier.', 'PERSON'],
  // The title "cheikh" in lower case stays out of the name.
  ['Selon le cheikh Tamim ben Hamad, rien ne change.', 'cheikh'],
  ['Le président a parlé hier.', 'président'],
  ['Le ministre de la Défense a démissionné.', 'Défense'],
  ['Cependant, Le Monde reste prudent.', 'Cependant'],
  ['L’ambassadeur à Zlatoust a protesté.', 'PERSON:Zlatoust'],
  ['Selon Human Rights Watch, rien ne change.', 'PERSON:Human'],
  ['Le ministre ukrainien des Affaires étrangères, Andriï Sybiha, a parlé.', 'PERSON:Affaires'],
  ['Le ministre des Finances a parlé.', 'Finances'],
  // A saint's name in a place is not the bare surname of a known person ("Michel" of Charles Michel).
  ['Les écoles de Saint-Michel et de Verdun ferment.', 'PERSON:Saint-Michel'],
  ['La ministre de l’Agriculture a parlé.', 'Agriculture'],
  ['Le ministre du Commerce Jean Dupontel a parlé.', 'PERSON:Commerce'],
  ['Le président de la République a parlé.', 'République'],
  // The portfolio after "à l'", "à la", "aux": "la commissaire à l'Élargissement, Marta Kos".
  ['La commissaire européenne à l’Élargissement, Marta Kos, a estimé que non.', 'PERSON:Élargissement'],
  // A portfolio written without its accent is still a portfolio.
  ['Le ministre de l’Energie, Almassadam Satkaliev, a parlé.', 'PERSON:Energie'],
  ['Le ministre délégué aux Anciens combattants, Jean Durand, a dit non.', 'PERSON:Anciens'],
  ['Le garde des Sceaux a parlé.', 'Sceaux'],
  ['Mme von der Leyen a ri.', 'PERSON:Leyen@'],
  ['Il a parlé de la Fontaine.', 'la Fontaine'],
  ['L’entraîneur du Real Madrid a parlé.', 'PERSON:Real'],
  ['Marine Le Pen a parlé. Mme Le Pen a ri.', 'PERSON:Pen@'],
  ['Le président du Paris Saint-Germain a parlé.', 'PERSON:Paris'],
  // A title, a preposition and an article: what follows is an institution, not the title's holder.
  ['Guillaume Pepy, président de la SNCF, a parlé.', 'PERSON:SNCF'],
  ['La directrice du Conservatoire a démissionné.', 'PERSON:Conservatoire'],
  ['Le patron des Girondins a parlé.', 'PERSON:Girondins'],
  // An honorific alone, a letter alone: no initials.
  ['M. Dupont a ri. Le plan B. Il est parti.', 'PERSON:B'],
  ['M. Dupont a ri.', 'PERSON:. Dupont'],
  ['Selon M. Ridwan, tout va bien.', 'PERSON:.'],
  ['Selon M. Ridwan, tout va bien.', 'PERSON:M'],
  // A territorial title's "de" names its territory; a demonym noun announces a person.
  ['Le maire de Kerbrat-Plage, Yves Lannuzel, a parlé.', 'PERSON:Kerbrat'],
  ['Le président de Velkoruit, Arno Desmet, a demandé un vote.', 'PERSON:Velkoruit'],
  // A first name after a storm or an operation, or one that is also a French word.
  ['La tempête Ingrid a frappé la côte.', 'PERSON:Ingrid'],
  ['Le feu a ravagé 3 000 hectares dans l’Aude.', 'PERSON:Aude'],
  ['Le lanceur Vega 2 a décollé. Le vol de Lucie 3 est prévu.', 'PERSON:Lucie'],
  ['L’opération Barkhane a pris fin.', 'PERSON:Barkhane'],
  ['Il a offert une Rose à sa mère.', 'PERSON:Rose'],
  ['Ils comptent sur la Victoire finale.', 'PERSON:Victoire'],
  // An apposition after an article's name, or an ordinal that is no title: "premier syndicat".
  ['La CFDT, premier syndicat du groupe, a signé.', 'PERSON:CFDT'],
  ['Le Medef, première organisation patronale, a répondu.', 'PERSON:Medef'],
  ['Selon Ikwana, premier producteur du pays, tout va bien.', 'PERSON:Ikwana'],
  // Given names kept out of first-names.json for a collision: a place ("Salvador", "Rosario"), a French word ("ion"), "pal".
  ['À Salvador, la fête bat son plein.', 'PERSON:Salvador'],
  ['Le club Rosario Central a gagné.', 'PERSON:Rosario'],
  ['La compagnie PAL Express a annulé ses vols.', 'PERSON:PAL'],
  ['Le studio Ion Storm a fermé.', 'PERSON:Ion'],
];

describe('person rules', () => {
  it.each(POSITIVE)('%s → %s', (input, surface, start, type, canonical) => {
    const e = entityNamed(input, surface);
    expect(e, found(input).join(' | ')).toBeDefined();
    expect(e?.start).toBe(start);
    expect(e?.type).toBe(type);
    expect(e?.canonical).toBe(canonical);
  });
  it.each(LINKED)('%s: %s → %s', (input, surface, nth, canonical) => {
    const e = entityNamed(input, surface, nth);
    expect(e?.type).toBe('PERSON');
    expect(e?.canonical).toBe(canonical);
  });
});

describe('person rules: negative cases', () => {
  it.each(NEGATIVE)('%s: no entity on %s', (input, surface) => {
    expect(found(input).some((f) => f.includes(surface))).toBe(false);
  });
});
