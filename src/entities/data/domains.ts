/**
 * Top-level domains after which "nom.tld" written in running text is a
 * website standing for its publisher: "lefigaro.fr", "ilmessaggero.it".
 *
 * Source: IANA root zone, the generic TLDs and the country TLDs most cited
 * in French news.
 */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'info', 'eu', 'fr', 'be', 'ch', 'ca', 'lu', 'it', 'es', 'de', 'uk', 'ru', 'ua', 'us', 'io', 'tv',
  'news', 'media', 'pt', 'nl', 'pl', 'cz', 'at', 'se', 'no', 'dk', 'fi', 'jp', 'kr', 'cn', 'in', 'br', 'ar', 'mx', 'ma',
  'dz', 'tn', 'sn', 'ci', 'cd', 'cm', 'il', 'tr', 'ir', 'gr', 'ro', 'hu', 'by', 'kz', 'au', 'nz', 'za', 'ng', 'eg', 'lb',
]);
