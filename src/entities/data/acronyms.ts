/**
 * Words in capitals that are common nouns, units, currencies or scraped
 * page furniture, not organisations: "PIB", "TVA", "COVID", "USD", "NEXT".
 *
 * Source: hand-compiled from the common French acronyms of the Office
 * québécois de la langue française's list of sigles and press usage.
 */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  // Influenza subtypes: "le virus A (H3N2)", "la grippe aviaire H5N1".
  'h1n1', 'h1n2', 'h3n2', 'h5n1', 'h5n6', 'h5n8', 'h7n9',
  'pib', 'tva', 'sms', 'pdg', 'dg', 'adn', 'arn', 'vih', 'sida', 'covid', 'qg', 'jo', 'tgv', 'suv', 'pme', 'tpe', 'eti',
  'cdd', 'cdi', 'rer', 'ter', 'ivg', 'pma', 'gpa', 'lgbt', 'lgbtq', 'usd', 'eur', 'rub', 'krw', 'gbp', 'jpy', 'cny', 'chf', 'ht',
  'ttc', 'km', 'kg', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'ok', 'tv', 'pc', 'gps', 'wifi', 'usb', 'ia', 'ai', 'it',
  'faq', 'pdf', 'url', 'html', 'rss', 'vip', 'ovni', 'hlm', 'rsa', 'smic', 'rib', 'iban', 'cv', 'bd', 'dj', 'mc', 'ps',
  'nb', 'ps', 'rdv', 'svp', 'etc', 'next', 'prev', 'new', 'top', 'live', 'vs', 'bts', 'bac', 'irm', 'ecg', 'sos',
  'pv', 'pme', 'ong', 'fm', 'am', 'pm', 'mm', 'cm', 'mg', 'ml', 'gb', 'mb', 'ko', 'mo', 'go', 'to', 'hd', '4k', '5g', '4g',
  'icbm', 'ied',
  // Medicine and health: "un AVC", "une IVG", "le VIH", "un test PCR", "l'IMC".
  'avc', 'pcr', 'imc', 'bpco', 'tms', 'ehpad', 'ssr', 'dmp', 'vhc', 'vhb', 'ist', 'mst', 'tdah', 'tca', 'ptsd', 'ssrs',
  // Crude oil benchmarks: "le WTI américain", "le baril de WTI"; fuels and products: "le GNL", "le GPL", "les OGM".
  'wti', 'gnl', 'gpl', 'ogm',
  // Technologies, laws and teaching: "passer par un VPN", "le RGPD", "un réacteur EPR", "les TD", "un QCM", "les VTC".
  'vpn', 'rgpd', 'epr', 'td', 'qcm', 'vtc',
  // School years: "du CE2 au CM2", "en CP".
  'cp', 'ce1', 'ce2', 'cm1', 'cm2',
  // Treaties by their initials, no body: "quitter le TNP", "le Tice".
  'tnp', 'tice',
  // Time zones: "0h00 GMT".
  'gmt', 'utc',
  // Currencies: "francs CFA", "2 800 FCFA", ISO 4217 codes written after an amount.
  'cfa', 'fcfa', 'cfp', 'xof', 'xaf', 'xpf', 'cad', 'aud', 'inr', 'brl', 'mxn', 'sek', 'nok', 'dkk', 'pln', 'hkd', 'sgd', 'zar',
  'sar', 'aed', 'qar', 'irr', 'dzd', 'tnd', 'uah', 'ils', 'kpw', 'huf', 'czk', 'ngn', 'egp', 'pkr', 'idr', 'vnd', 'thb',
]);

/**
 * Acronyms of a French département's own services, written with the département's number after them: "le SDIS 33",
 * "le Sdis 11", "le Samu 31", "la DDTM 11", "la CPAM 93". The number is part of the name (benchmark convention, dev5,
 * dev7, dev20), no quantity. Keys.
 */
export const DEPARTMENTAL_ACRONYMS: ReadonlySet<string> = new Set([
  'sdis', 'samu', 'smur', 'ddtm', 'ddt', 'ddpp', 'ddets', 'caf', 'cpam', 'udaf', 'dsden', 'codis', 'cta-codis',
]);
