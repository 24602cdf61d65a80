/**
 * Stock-market indices as the French financial press names them ("le CAC 40",
 * "le S&P 500", "l'Euro Stoxx 50", "le Dow Jones"): a product of an exchange,
 * no entity, and nothing inside them is one either (benchmark convention,
 * dev20: "CAC 40" is no ORGANIZATION "CAC"). Token keys, joined by a space,
 * glued symbols as their own token ("s & p 500"). Names that are also the
 * exchange or the newspaper behind them ("Nasdaq", "Nikkei") are listed only
 * with their number.
 *
 * Source: the indices quoted in the markets pages of Le Monde, Les Échos and AFP.
 */
export const STOCK_INDICES: ReadonlySet<string> = new Set([
  'cac 40', 'cac mid 60', 'sbf 120', 'cac all-tradable', 'next 20', 's & p 500', 'dow jones', 'nasdaq composite',
  'nasdaq 100', 'russell 2000', 'euro stoxx 50', 'euro stoxx', 'stoxx 600', 'stoxx europe 600', 'ftse 100',
  'ftse mib', 'ftse 250', 'dax 40', 'dax 30', 'mdax', 'ibex 35', 'aex 25', 'bel 20', 'smi', 'omx 30', 'psi 20',
  'nikkei 225', 'topix', 'hang seng', 'kospi', 'sensex', 'nifty 50', 'bovespa', 'csi 300', 'msci world',
  'asx 200', 'tsx',
]);
