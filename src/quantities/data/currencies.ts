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
}

const DOLLAR_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['americain', 'USD'], ['americains', 'USD'], ['canadien', 'CAD'], ['canadiens', 'CAD'],
  ['australien', 'AUD'], ['australiens', 'AUD'], ['taiwanais', 'TWD'], ['singapouriens', 'SGD'], ['zimbabweens', 'ZWL'],
  ['neo-zelandais', 'NZD'], ['hongkongais', 'HKD'],
]);
const POUND_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['sterling', 'GBP'], ['britannique', 'GBP'], ['britanniques', 'GBP'], ['turque', 'TRY'], ['turques', 'TRY'],
  ['egyptienne', 'EGP'], ['egyptiennes', 'EGP'], ['libanaise', 'LBP'], ['libanaises', 'LBP'], ['syrienne', 'SYP'],
  ['syriennes', 'SYP'], ['soudanaise', 'SDG'], ['soudanaises', 'SDG'],
]);
const FRANC_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  // "franc CFA": the West African XOF is the one French news names most; Central Africa uses XAF.
  ['cfa', 'XOF'], ['suisse', 'CHF'], ['suisses', 'CHF'], ['congolais', 'CDF'], ['guineens', 'GNF'], ['rwandais', 'RWF'],
]);
const DINAR_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['algerien', 'DZD'], ['algeriens', 'DZD'], ['tunisien', 'TND'], ['tunisiens', 'TND'], ['irakien', 'IQD'],
  ['irakiens', 'IQD'], ['koweitien', 'KWD'], ['koweitiens', 'KWD'], ['jordanien', 'JOD'], ['jordaniens', 'JOD'],
  ['libyen', 'LYD'], ['libyens', 'LYD'], ['serbe', 'RSD'], ['serbes', 'RSD'], ['bahreini', 'BHD'], ['bahreinis', 'BHD'],
]);
const PESO_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['argentin', 'ARS'], ['argentins', 'ARS'], ['mexicain', 'MXN'], ['mexicains', 'MXN'], ['chilien', 'CLP'],
  ['chiliens', 'CLP'], ['colombien', 'COP'], ['colombiens', 'COP'], ['cubain', 'CUP'], ['cubains', 'CUP'],
  ['philippin', 'PHP'], ['philippins', 'PHP'],
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
]);
const DIRHAM_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['marocain', 'MAD'], ['marocains', 'MAD'], ['emirati', 'AED'], ['emiratis', 'AED'],
]);

/** Currency names (folded key, singular and plural) → reading. */
export const CURRENCY_NAMES: ReadonlyMap<string, CurrencyName> = new Map<string, CurrencyName>([
  ['euro', { code: 'EUR' }], ['euros', { code: 'EUR' }],
  ['dollar', { code: 'USD', qualifiers: DOLLAR_QUALIFIERS }], ['dollars', { code: 'USD', qualifiers: DOLLAR_QUALIFIERS }],
  ['livre', { code: null, qualifiers: POUND_QUALIFIERS }], ['livres', { code: null, qualifiers: POUND_QUALIFIERS }],
  ['sterling', { code: 'GBP' }],
  ['franc', { code: null, qualifiers: FRANC_QUALIFIERS }], ['francs', { code: null, qualifiers: FRANC_QUALIFIERS }],
  ['rouble', { code: 'RUB' }], ['roubles', { code: 'RUB' }],
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
  ['dinar', { code: null, qualifiers: DINAR_QUALIFIERS }], ['dinars', { code: null, qualifiers: DINAR_QUALIFIERS }],
  ['peso', { code: null, qualifiers: PESO_QUALIFIERS }], ['pesos', { code: null, qualifiers: PESO_QUALIFIERS }],
  ['couronne', { code: null, qualifiers: CROWN_QUALIFIERS }], ['couronnes', { code: null, qualifiers: CROWN_QUALIFIERS }],
  ['rial', { code: null, qualifiers: RIAL_QUALIFIERS }], ['rials', { code: null, qualifiers: RIAL_QUALIFIERS }],
  ['riyal', { code: 'SAR', qualifiers: RIAL_QUALIFIERS }], ['riyals', { code: 'SAR', qualifiers: RIAL_QUALIFIERS }],
  ['roupie', { code: 'INR', qualifiers: RUPEE_QUALIFIERS }], ['roupies', { code: 'INR', qualifiers: RUPEE_QUALIFIERS }],
  ['dirham', { code: 'MAD', qualifiers: DIRHAM_QUALIFIERS }], ['dirhams', { code: 'MAD', qualifiers: DIRHAM_QUALIFIERS }],
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
