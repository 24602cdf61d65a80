/**
 * Organisation head words of names left in their own language, which French
 * news keeps as written: "British Council", "Disney Channel", "Liga MX
 * Femenil", "Human Rights Watch", "Banco Santander".
 *
 * Source: hand-compiled from English, Spanish, Italian, Portuguese and German
 * company and institution naming (common legal and generic heads).
 */

/** Heads that close a name: "British Council", "Disney Channel", "Hudson Institute". */
export const TRAILING_ORG_HEADS: ReadonlySet<string> = new Set([
  'council', 'channel', 'institute', 'university', 'college', 'group', 'bank', 'company', 'corporation', 'corp', 'inc',
  'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'spa', 'news', 'times', 'post', 'journal', 'herald', 'tribune',
  'gazette', 'agency', 'foundation', 'party', 'fund', 'association', 'society', 'center', 'network', 'press', 'media',
  'airlines', 'airways', 'motors', 'technologies', 'systems', 'capital', 'partners', 'holdings', 'watch', 'international',
  'committee', 'commission', 'office', 'service', 'services', 'league', 'federation', 'union', 'club', 'records', 'pictures',
  'studios', 'entertainment', 'broadcasting', 'radio', 'tv', 'television', 'labs', 'energy', 'pharma', 'telecom',
  // research and financial firms: "Mizuho Research", "Capital Economics", "SBM Intelligence", "Nomura Securities"
  'research', 'economics', 'analytics', 'consulting', 'intelligence', 'securities', 'insurance', 'investments',
  'management', 'advisors', 'associates', 'trust',
  // trades of English company names: "Nordtank Terminals", "Maersk Logistics", "Glencore Mining", "Anglo Resources"
  'terminals', 'logistics', 'shipping', 'mining', 'petroleum', 'resources', 'minerals', 'solutions', 'ventures',
  // think tanks and coalitions: "Sudan Policy Forum", "Carter Centre", "Clinton Global Initiative", "Atlantic Alliance"
  'forum', 'centre', 'initiative', 'alliance', 'coalition', 'school', 'academy', 'board', 'authority', 'organization',
  'organisation',
  // legal forms of French, Belgian, Italian, Dutch and German companies: "Morvalis SARL", "Vandamme SPRL", "Ruttens BV"
  'sarl', 'sasu', 'eurl', 'sprl', 'srl', 'scrl', 'bv', 'nv', 'kg',
  // French companies' plural trade words closing their name: "Kervenec Énergies", "Maranel Industries", "Varlet Transports"
  'industries', 'énergies', 'transports', 'assurances',
  // holding companies and biotech firms: "Tarvex Holding", "Verlane Biotech"
  'holding', 'biotech',
]);

/** English heads that close a venue's name, a place: "Lanxess Arena", "H Arena", "Allianz Stadium". */
export const TRAILING_VENUE_HEADS: ReadonlySet<string> = new Set(['arena', 'stadium']);

/** Heads that open a name in another language: "Liga MX", "Banco Santander", "Grupo Wagner". */
export const LEADING_ORG_HEADS: ReadonlySet<string> = new Set([
  'liga', 'banco', 'banca', 'grupo', 'gruppo', 'partido', 'partito', 'instituto', 'istituto', 'universidad',
  'università', 'universidade', 'fundación', 'fondazione', 'deportivo', 'atlético', 'sporting',
]);

/**
 * English heads that take their complement after "of", "for" or "on":
 * "Institute of Economic Affairs", "Council on Foreign Relations", "London
 * School of Economics", "Institute for the Study of War".
 */
export const ENGLISH_OF_HEADS: ReadonlySet<string> = new Set([
  'institute', 'university', 'council', 'bank', 'office', 'bureau', 'department', 'ministry', 'agency', 'center',
  'centre', 'commission', 'committee', 'federation', 'association', 'society', 'union', 'league', 'party', 'fund',
  'foundation', 'college', 'school', 'academy', 'board', 'court', 'church', 'organization', 'organisation', 'alliance',
  'coalition', 'forum', 'corporation', 'authority', 'service', 'network', 'museum', 'conference', 'chamber',
]);

/** English words that join the parts of such a name: "of", "for", "on", "and", "the". */
export const ENGLISH_NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'and']);
