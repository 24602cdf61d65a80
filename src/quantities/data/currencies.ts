/**
 * Currencies: symbols, names and their ISO 4217 codes.
 * Source: ISO 4217 list (SIX Group, amendment 176), and the French names used
 * by the Banque de France « Cours de change » tables and RT
 * recognizers-number-with-unit/src/numberWithUnit/french/currency.ts.
 * Keys are accent-folded (`Token.fold`) except the symbols.
 */

/** Currency symbols written before or after the amount: "79,99 €", "$5". */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'], ['$', 'USD'], ['£', 'GBP'], ['¥', 'JPY'], ['₩', 'KRW'], ['₽', 'RUB'], ['₹', 'INR'], ['₴', 'UAH'],
  ['₪', 'ILS'], ['₺', 'TRY'], ['₿', 'XBT'],
]);

/** ISO codes written as words after the amount: "500 USD", "3 millions CHF" (upper case only). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'EUR', 'USD', 'GBP', 'JPY', 'CNY', 'RUB', 'KRW', 'KPW', 'CHF', 'CAD', 'AUD', 'INR', 'UAH', 'ILS', 'TRY', 'XOF', 'XAF',
  'BRL', 'MXN', 'SEK', 'NOK', 'DKK', 'PLN', 'HKD', 'SGD', 'ZAR', 'SAR', 'AED', 'QAR', 'IRR', 'MAD', 'DZD', 'TND',
]);

/**
 * A currency name: `code` is its reading when no qualifier follows (null for
 * names that need one: "livres" alone are books, "francs" alone could be
 * several currencies), and `qualifiers` map the adjective after it to a code.
 */
export interface CurrencyName {
  readonly code: string | null;
  readonly qualifiers?: ReadonlyMap<string, string>;
  /**
   * The name is money even without a qualifier ("117 dinars"), and the
   * country the document speaks of most picks among the qualifiers' codes
   * (dinars in a story on Serbia are RSD); `code` when none of them is named.
   * Not set for "livres" (books) or "francs" alone before the euro.
   */
  readonly byCountry?: boolean;
  /** The codes `byCountry` chooses among, when not all the qualifiers' ("livres" alone: not sterling). */
  readonly localCodes?: readonly string[];
}

const DOLLAR_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['americain', 'USD'], ['americains', 'USD'], ['canadien', 'CAD'], ['canadiens', 'CAD'],
  ['australien', 'AUD'], ['australiens', 'AUD'], ['taiwanais', 'TWD'], ['singapouriens', 'SGD'], ['zimbabweens', 'ZWL'],
  ['neo-zelandais', 'NZD'], ['hongkongais', 'HKD'], ['jamaicains', 'JMD'], ['liberiens', 'LRD'], ['namibiens', 'NAD'],
  ['bahameens', 'BSD'], ['barbadiens', 'BBD'], ['fidjiens', 'FJD'], ['guyaniens', 'GYD'], ['trinidadiens', 'TTD'],
]);
/**
 * Dollars of the countries whose press writes plain "dollars" or "$" for
 * their own currency (ISO 3166-1 alpha-2 → ISO 4217): a story on Canada
 * counts in Canadian dollars.
 */
export const LOCAL_DOLLARS: ReadonlyMap<string, string> = new Map([
  ['CA', 'CAD'], ['AU', 'AUD'], ['NZ', 'NZD'], ['HK', 'HKD'], ['SG', 'SGD'], ['TW', 'TWD'], ['JM', 'JMD'], ['LR', 'LRD'],
  ['NA', 'NAD'], ['BS', 'BSD'], ['BB', 'BBD'], ['FJ', 'FJD'], ['GY', 'GYD'], ['TT', 'TTD'],
]);
const POUND_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['sterling', 'GBP'], ['britannique', 'GBP'], ['britanniques', 'GBP'], ['turque', 'TRY'], ['turques', 'TRY'],
  ['egyptienne', 'EGP'], ['egyptiennes', 'EGP'], ['libanaise', 'LBP'], ['libanaises', 'LBP'], ['syrienne', 'SYP'],
  ['syriennes', 'SYP'], ['soudanaise', 'SDG'], ['soudanaises', 'SDG'], ['sud-soudanaise', 'SSP'], ['sud-soudanaises', 'SSP'],
]);
/** Countries where "livres" alone name the currency (in a story on the United Kingdom they are books as often: see money.ts). */
const LOCAL_POUNDS: readonly string[] = ['EGP', 'LBP', 'SDG', 'SYP', 'SSP', 'TRY'];
/** "soles" alone are fish, save in a story on Peru. */
const SOL_QUALIFIERS: ReadonlyMap<string, string> = new Map([['peruvien', 'PEN'], ['peruviens', 'PEN']]);
const FRANC_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  // "franc CFA": the West African XOF is the one French news names most; Central Africa uses XAF.
  ['cfa', 'XOF'], ['suisse', 'CHF'], ['suisses', 'CHF'], ['congolais', 'CDF'], ['guineens', 'GNF'], ['rwandais', 'RWF'],
  ['burundais', 'BIF'], ['comoriens', 'KMF'], ['djiboutiens', 'DJF'], ['cfp', 'XPF'], ['pacifique', 'XPF'],
]);
const DINAR_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['algerien', 'DZD'], ['algeriens', 'DZD'], ['tunisien', 'TND'], ['tunisiens', 'TND'], ['irakien', 'IQD'],
  ['irakiens', 'IQD'], ['koweitien', 'KWD'], ['koweitiens', 'KWD'], ['jordanien', 'JOD'], ['jordaniens', 'JOD'],
  ['libyen', 'LYD'], ['libyens', 'LYD'], ['serbe', 'RSD'], ['serbes', 'RSD'], ['bahreini', 'BHD'], ['bahreinis', 'BHD'],
  ['bahreiniens', 'BHD'],
]);
const PESO_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['argentin', 'ARS'], ['argentins', 'ARS'], ['mexicain', 'MXN'], ['mexicains', 'MXN'], ['chilien', 'CLP'],
  ['chiliens', 'CLP'], ['colombien', 'COP'], ['colombiens', 'COP'], ['cubain', 'CUP'], ['cubains', 'CUP'],
  ['philippin', 'PHP'], ['philippins', 'PHP'], ['dominicain', 'DOP'], ['dominicains', 'DOP'], ['uruguayen', 'UYU'],
  ['uruguayens', 'UYU'],
]);
const CROWN_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['suedoise', 'SEK'], ['suedoises', 'SEK'], ['norvegienne', 'NOK'], ['norvegiennes', 'NOK'], ['danoise', 'DKK'],
  ['danoises', 'DKK'], ['tcheque', 'CZK'], ['tcheques', 'CZK'], ['islandaise', 'ISK'], ['islandaises', 'ISK'],
]);
const WON_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['nord-coreen', 'KPW'], ['nord-coreens', 'KPW'], ['sud-coreen', 'KRW'], ['sud-coreens', 'KRW'],
]);
const RIAL_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['iranien', 'IRR'], ['iraniens', 'IRR'], ['saoudien', 'SAR'], ['saoudiens', 'SAR'], ['omanais', 'OMR'],
  ['qatari', 'QAR'], ['qataris', 'QAR'], ['yemenite', 'YER'], ['yemenites', 'YER'],
]);
const RUPEE_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['indienne', 'INR'], ['indiennes', 'INR'], ['pakistanaise', 'PKR'], ['pakistanaises', 'PKR'],
  ['srilankaise', 'LKR'], ['srilankaises', 'LKR'], ['nepalaise', 'NPR'], ['nepalaises', 'NPR'],
  ['mauricienne', 'MUR'], ['mauriciennes', 'MUR'], ['seychelloise', 'SCR'], ['seychelloises', 'SCR'],
  ['indonesienne', 'IDR'], ['indonesiennes', 'IDR'],
]);
const SHILLING_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['kenyan', 'KES'], ['kenyans', 'KES'], ['ougandais', 'UGX'], ['tanzanien', 'TZS'], ['tanzaniens', 'TZS'],
  ['somalien', 'SOS'], ['somaliens', 'SOS'],
]);
const ROUBLE_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['russe', 'RUB'], ['russes', 'RUB'], ['bielorusse', 'BYN'], ['bielorusses', 'BYN'],
]);
const MANAT_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['azerbaidjanais', 'AZN'], ['azeri', 'AZN'], ['azeris', 'AZN'], ['turkmene', 'TMT'], ['turkmenes', 'TMT'],
]);
const LEU_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['roumain', 'RON'], ['roumains', 'RON'], ['moldave', 'MDL'], ['moldaves', 'MDL'],
]);
const KWACHA_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['zambien', 'ZMW'], ['zambiens', 'ZMW'], ['malawite', 'MWK'], ['malawites', 'MWK'],
]);
const DIRHAM_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['marocain', 'MAD'], ['marocains', 'MAD'], ['emirati', 'AED'], ['emiratis', 'AED'],
]);
const SOM_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['kirghize', 'KGS'], ['kirghizes', 'KGS'], ['ouzbek', 'UZS'], ['ouzbeks', 'UZS'], ['ouzbeke', 'UZS'], ['ouzbekes', 'UZS'],
]);

/** "marks convertibles" (Bosnia-Herzegovina); plain "marks" only in a story that names the country. */
const MARK_QUALIFIERS: ReadonlyMap<string, string> = new Map([['convertible', 'BAM'], ['convertibles', 'BAM']]);

/** Countries (ISO 3166-1 alpha-2) of the currencies shared by several states; other codes start with their country. */
export const CURRENCY_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  // Franc CFA of Central Africa (CEMAC) and of West Africa (UEMOA).
  ['XAF', ['CM', 'GA', 'TD', 'CF', 'CG', 'GQ']],
  ['XOF', ['BJ', 'BF', 'CI', 'GW', 'ML', 'NE', 'SN', 'TG']],
  ['XPF', ['PF', 'NC', 'WF']],
]);

/** Currencies one qualified name stands for: "francs CFA" are XOF in West Africa, XAF in Central Africa. */
export const SAME_NAME_CURRENCIES: ReadonlyMap<string, readonly string[]> = new Map([['XOF', ['XOF', 'XAF']]]);

/** Currency names (folded key, singular and plural) → reading. */
export const CURRENCY_NAMES: ReadonlyMap<string, CurrencyName> = new Map<string, CurrencyName>([
  ['euro', { code: 'EUR' }], ['euros', { code: 'EUR' }],
  ['dollar', { code: 'USD', qualifiers: DOLLAR_QUALIFIERS }], ['dollars', { code: 'USD', qualifiers: DOLLAR_QUALIFIERS }],
  // "livres" alone are books, save in a story on a country whose currency they are ("40 000 livres" in Sudan).
  ['livre', { code: null, qualifiers: POUND_QUALIFIERS, byCountry: true, localCodes: LOCAL_POUNDS }], ['livres', { code: null, qualifiers: POUND_QUALIFIERS, byCountry: true, localCodes: LOCAL_POUNDS }],
  ['sterling', { code: 'GBP' }],
  // "2 800 FCFA", "500 F CFA": the franc CFA abbreviated, XOF or XAF by the countries the story names.
  ['fcfa', { code: 'XOF', qualifiers: new Map(), byCountry: true, localCodes: ['XOF', 'XAF'] }],
  ['f', { code: null, qualifiers: new Map([['cfa', 'XOF']]) }],
  ['franc', { code: null, qualifiers: FRANC_QUALIFIERS, byCountry: true }], ['francs', { code: null, qualifiers: FRANC_QUALIFIERS, byCountry: true }],
  ['rouble', { code: 'RUB', qualifiers: ROUBLE_QUALIFIERS, byCountry: true }], ['roubles', { code: 'RUB', qualifiers: ROUBLE_QUALIFIERS, byCountry: true }],
  ['won', { code: 'KRW', qualifiers: WON_QUALIFIERS }], ['wons', { code: 'KRW', qualifiers: WON_QUALIFIERS }],
  ['yuan', { code: 'CNY' }], ['yuans', { code: 'CNY' }], ['renminbi', { code: 'CNY' }], ['renminbis', { code: 'CNY' }],
  ['yen', { code: 'JPY' }], ['yens', { code: 'JPY' }],
  ['hryvnia', { code: 'UAH' }], ['hryvnias', { code: 'UAH' }], ['hryvnas', { code: 'UAH' }], ['grivnas', { code: 'UAH' }],
  ['shekel', { code: 'ILS' }], ['shekels', { code: 'ILS' }], ['shekalim', { code: 'ILS' }],
  ['zloty', { code: 'PLN' }], ['zlotys', { code: 'PLN' }], ['zlotych', { code: 'PLN' }],
  ['forint', { code: 'HUF' }], ['forints', { code: 'HUF' }],
  ['real', { code: 'BRL' }], ['reals', { code: 'BRL' }], ['reais', { code: 'BRL' }],
  ['rand', { code: 'ZAR' }], ['rands', { code: 'ZAR' }], ['naira', { code: 'NGN' }], ['nairas', { code: 'NGN' }],
  ['lire', { code: null, qualifiers: POUND_QUALIFIERS }], ['lires', { code: null, qualifiers: POUND_QUALIFIERS }],
  // "couronnes" alone are crowns (of a king, of flowers): only qualified, or in a story on a country that has them.
  ['dinar', { code: null, qualifiers: DINAR_QUALIFIERS, byCountry: true }], ['dinars', { code: null, qualifiers: DINAR_QUALIFIERS, byCountry: true }],
  ['peso', { code: null, qualifiers: PESO_QUALIFIERS, byCountry: true }], ['pesos', { code: null, qualifiers: PESO_QUALIFIERS, byCountry: true }],
  ['couronne', { code: null, qualifiers: CROWN_QUALIFIERS, byCountry: true }], ['couronnes', { code: null, qualifiers: CROWN_QUALIFIERS, byCountry: true }],
  ['rial', { code: null, qualifiers: RIAL_QUALIFIERS, byCountry: true }], ['rials', { code: null, qualifiers: RIAL_QUALIFIERS, byCountry: true }],
  ['riyal', { code: 'SAR', qualifiers: RIAL_QUALIFIERS, byCountry: true }], ['riyals', { code: 'SAR', qualifiers: RIAL_QUALIFIERS, byCountry: true }],
  ['roupie', { code: 'INR', qualifiers: RUPEE_QUALIFIERS, byCountry: true }], ['roupies', { code: 'INR', qualifiers: RUPEE_QUALIFIERS, byCountry: true }],
  ['dirham', { code: 'MAD', qualifiers: DIRHAM_QUALIFIERS, byCountry: true }], ['dirhams', { code: 'MAD', qualifiers: DIRHAM_QUALIFIERS, byCountry: true }],
  // "140 milliards de DH", "500 Dhs": the dirham abbreviated, as the Moroccan press writes it.
  ['dh', { code: 'MAD', qualifiers: DIRHAM_QUALIFIERS, byCountry: true }], ['dhs', { code: 'MAD', qualifiers: DIRHAM_QUALIFIERS, byCountry: true }],
  // "50 fr.": the franc of the Swiss press (by the countries the story names, like "francs").
  ['fr', { code: null, qualifiers: FRANC_QUALIFIERS, byCountry: true }],
  ['mark', { code: null, qualifiers: MARK_QUALIFIERS, byCountry: true, localCodes: ['BAM'] }], ['marks', { code: null, qualifiers: MARK_QUALIFIERS, byCountry: true, localCodes: ['BAM'] }],
  ['shilling', { code: null, qualifiers: SHILLING_QUALIFIERS, byCountry: true }], ['shillings', { code: null, qualifiers: SHILLING_QUALIFIERS, byCountry: true }],
  ['manat', { code: 'AZN', qualifiers: MANAT_QUALIFIERS, byCountry: true }], ['manats', { code: 'AZN', qualifiers: MANAT_QUALIFIERS, byCountry: true }],
  ['leu', { code: 'RON', qualifiers: LEU_QUALIFIERS, byCountry: true }], ['lei', { code: 'RON', qualifiers: LEU_QUALIFIERS, byCountry: true }],
  ['kwacha', { code: null, qualifiers: KWACHA_QUALIFIERS, byCountry: true }], ['kwachas', { code: null, qualifiers: KWACHA_QUALIFIERS, byCountry: true }],
  ['som', { code: null, qualifiers: SOM_QUALIFIERS, byCountry: true }], ['soms', { code: null, qualifiers: SOM_QUALIFIERS, byCountry: true }],
  ['sol', { code: null, qualifiers: SOL_QUALIFIERS, byCountry: true, localCodes: ['PEN'] }], ['soles', { code: null, qualifiers: SOL_QUALIFIERS, byCountry: true, localCodes: ['PEN'] }],
  ['soum', { code: 'UZS' }], ['soums', { code: 'UZS' }], ['sum', { code: 'UZS' }],
  // One currency, one country (ISO 4217 names as the French press writes them).
  ['bolivar', { code: 'VES' }], ['bolivars', { code: 'VES' }], ['boliviano', { code: 'BOB' }], ['bolivianos', { code: 'BOB' }],
  ['taka', { code: 'BDT' }], ['takas', { code: 'BDT' }], ['baht', { code: 'THB' }], ['bahts', { code: 'THB' }],
  ['ringgit', { code: 'MYR' }], ['ringgits', { code: 'MYR' }], ['rupiah', { code: 'IDR' }], ['rupiahs', { code: 'IDR' }],
  ['dong', { code: 'VND' }], ['dongs', { code: 'VND' }], ['kyat', { code: 'MMK' }], ['kyats', { code: 'MMK' }],
  ['riel', { code: 'KHR' }], ['riels', { code: 'KHR' }], ['afghani', { code: 'AFN' }], ['afghanis', { code: 'AFN' }],
  ['tenge', { code: 'KZT' }], ['tenges', { code: 'KZT' }], ['lari', { code: 'GEL' }], ['laris', { code: 'GEL' }],
  ['dram', { code: 'AMD' }], ['drams', { code: 'AMD' }], ['somoni', { code: 'TJS' }], ['somonis', { code: 'TJS' }],
  ['tugrik', { code: 'MNT' }], ['tugriks', { code: 'MNT' }], ['lev', { code: 'BGN' }], ['leva', { code: 'BGN' }],
  ['levs', { code: 'BGN' }], ['lek', { code: 'ALL' }], ['leks', { code: 'ALL' }], ['denar', { code: 'MKD' }],
  ['denars', { code: 'MKD' }], ['birr', { code: 'ETB' }], ['birrs', { code: 'ETB' }], ['cedi', { code: 'GHS' }],
  ['cedis', { code: 'GHS' }], ['kwanza', { code: 'AOA' }], ['kwanzas', { code: 'AOA' }], ['metical', { code: 'MZN' }],
  ['meticais', { code: 'MZN' }], ['meticals', { code: 'MZN' }], ['ariary', { code: 'MGA' }], ['ariarys', { code: 'MGA' }],
  ['ouguiya', { code: 'MRU' }], ['ouguiyas', { code: 'MRU' }], ['dalasi', { code: 'GMD' }], ['dalasis', { code: 'GMD' }],
  ['lempira', { code: 'HNL' }], ['lempiras', { code: 'HNL' }], ['quetzal', { code: 'GTQ' }], ['quetzales', { code: 'GTQ' }],
  ['quetzals', { code: 'GTQ' }], ['gourde', { code: 'HTG' }], ['gourdes', { code: 'HTG' }], ['colones', { code: 'CRC' }],
  ['cordoba', { code: 'NIO' }], ['cordobas', { code: 'NIO' }], ['guarani', { code: 'PYG' }],
  ['guaranis', { code: 'PYG' }], ['nakfa', { code: 'ERN' }],
  ['nakfas', { code: 'ERN' }], ['leone', { code: 'SLE' }], ['leones', { code: 'SLE' }], ['pula', { code: 'BWP' }],
  ['loti', { code: 'LSL' }], ['maloti', { code: 'LSL' }], ['lilangeni', { code: 'SZL' }], ['emalangeni', { code: 'SZL' }],
  ['kina', { code: 'PGK' }], ['vatu', { code: 'VUV' }], ['tala', { code: 'WST' }], ['paʻanga', { code: 'TOP' }],
  ['rufiyaa', { code: 'MVR' }], ['ngultrum', { code: 'BTN' }], ['kip', { code: 'LAK' }], ['kips', { code: 'LAK' }],
  ['lats', { code: 'LVL' }], ['litas', { code: 'LTL' }],
  ['kuna', { code: 'HRK' }], ['kunas', { code: 'HRK' }],
  ['bitcoin', { code: 'XBT' }], ['bitcoins', { code: 'XBT' }],
]);

/**
 * Sub-units: "50 centimes" is 0.50 €. `code` is the currency when no
 * "d'euro"/"de dollar" follows.
 */
export const CURRENCY_SUBUNITS: ReadonlyMap<string, { code: string; factor: number }> = new Map([
  ['centime', { code: 'EUR', factor: 0.01 }], ['centimes', { code: 'EUR', factor: 0.01 }],
  ['cent', { code: 'USD', factor: 0.01 }], ['cents', { code: 'USD', factor: 0.01 }],
  ['kopeck', { code: 'RUB', factor: 0.01 }], ['kopecks', { code: 'RUB', factor: 0.01 }],
]);

/** The currency name (folded) whose qualifiers a sub-unit takes: "cents américains" are dollars' cents. */
export const SUBUNIT_CURRENCY: ReadonlyMap<string, string> = new Map([
  ['cent', 'dollar'], ['cents', 'dollar'], ['kopeck', 'rouble'], ['kopecks', 'rouble'],
]);

/**
 * Nouns of an amount of money (folded): a bare "50 millions" or "3 milliards" shortly after one is money in the
 * currency the text last used ("une fortune supérieure à 50 millions", "un budget de 3 milliards").
 */
export const MONEY_NOUNS: ReadonlySet<string> = new Set([
  'fortune', 'budget', 'budgets', 'cout', 'couts', 'montant', 'montants', 'somme', 'sommes', 'benefice', 'benefices',
  'dette', 'dettes', 'amende', 'amendes', 'enveloppe', 'salaire', 'salaires', 'patrimoine', 'capital', 'recettes',
  'depenses', 'investissement', 'investissements', 'subvention', 'subventions', 'rancon', 'pertes', 'deficit',
  'excedent', 'chiffre', 'facture', 'indemnites', 'indemnisation', 'pret', 'prets', 'financement', 'financements',
  'valorisation', 'tresorerie', 'levee', 'dotation', 'redevance', 'loyer', 'loyers',
]);

/** Abbreviations read only in capitals, after a number: "12 000 DA" (Algerian dinars), "1 200 DT" (Tunisian dinars). */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['DA', 'DZD'], ['DT', 'TND']]);
