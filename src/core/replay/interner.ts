/** How many records handed out last are compared field by field before a key is built. */
const RECENT = 4;

/**
 * Hands out one record for each distinct content, so that the steps of a long story
 * share them. A story repeats the same few records in turn (a bulk transfer, two), so
 * the last few handed out are compared field by field first, which spares building
 * and hashing a key for nearly every step.
 */
export class Interner<T extends object> {
  private readonly byKey = new Map<string, T>();
  private readonly recent: T[] = [];

  /**
   * `keyOf` tells records apart by content: two records with the same fields have the same
   * key. `same` compares every field of two records, each by name: one comparison written
   * for the record's own shape costs a fraction of a loop over any record's fields.
   */
  constructor(
    private readonly keyOf: (record: T) => string,
    private readonly same: (a: T, b: T) => boolean,
  ) {}

  /** `record`, or the one handed out before with the same content. */
  intern(record: T): T {
    const { recent } = this;
    for (let i = 0; i < recent.length; i++) {
      if (this.same(recent[i]!, record)) {
        return recent[i]!;
      }
    }
    const key = this.keyOf(record);
    let made = this.byKey.get(key);
    if (made === undefined) {
      made = record;
      this.byKey.set(key, made);
    }
    if (this.recent.length === RECENT) {
      this.recent.shift();
    }
    this.recent.push(made);
    return made;
  }
}
