/**
 * Prefixes joined by a hyphen to a proper name, which stays a mention of its
 * own: "pro-Moscou", "anti-Poutine", "ex-URSS", "post-Brexit".
 *
 * Source: French prefixation with a hyphen before a capital (Grevisse §187,
 * Office québécois de la langue française, « Trait d'union avec les préfixes »).
 */
export const NAME_PREFIXES: readonly string[] = ['pro-', 'anti-', 'ex-', 'néo-', 'post-', 'pré-', 'ultra-', 'pan-', 'euro-', 'extra-'];
