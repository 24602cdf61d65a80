/**
 * Shape of one entry of the built-in geopolitical dictionary, as written by
 * `scripts/build-lexicon.ts` into `src/lexicon/generated/*.ts`.
 */
export interface BuiltinEntry {
  readonly canonical: string;
  /** 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'NATIONALITY' */
  readonly type: string;
  /** Every surface form, the canonical included. */
  readonly aliases: readonly string[];
  /** Stable key: "iso:KP", "city:KP:pyongyang", "org:otan", "person:vladimir-poutine"... */
  readonly id: string;
  /** LOCATION: country | territory | city | region | continent; ORGANIZATION: international | government | agency | media | party | military | company | think-tank; NATIONALITY: nationality | supranational | people. */
  readonly subtype: string;
}
