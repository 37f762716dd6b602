/** How many records handed out last are compared field by field before a key is built. */
const RECENT = 4;

/**
 * Hands out one record for each distinct content, so that the steps of a long story
 * share them. A story repeats the same few records in turn (a bulk transfer, two), so
 * the last few handed out are compared field by field first, which spares building
 * and hashing a key for nearly every step.
 *
 * What is looked up is a probe (`P`): the fields a record would have, in whatever
 * the caller already holds them, often one object it fills in place for every
 * lookup. A record (`T`) is made from it only when its content is new, so a lookup
 * that finds one allocates nothing.
 */
export class Interner<T extends object, P = T> {
  private readonly byKey = new Map<string, T>();
  private readonly recent: T[] = [];

  /**
   * `keyOf` tells contents apart: two probes with the same fields have the same key.
   * `same` compares a record with a probe, every field by name: one comparison written
   * for the record's own shape costs a fraction of a loop over any record's fields.
   * `make` builds the record of a probe whose content is new.
   */
  constructor(
    private readonly keyOf: (probe: P) => string,
    private readonly same: (record: T, probe: P) => boolean,
    private readonly make: (probe: P) => T,
  ) {}

  /** The record with the probe's content, made now if none was before. */
  intern(probe: P): T {
    const { recent } = this;
    for (let i = 0; i < recent.length; i++) {
      if (this.same(recent[i]!, probe)) {
        return recent[i]!;
      }
    }
    const key = this.keyOf(probe);
    let made = this.byKey.get(key);
    if (made === undefined) {
      made = this.make(probe);
      this.byKey.set(key, made);
    }
    if (recent.length === RECENT) {
      recent.shift();
    }
    recent.push(made);
    return made;
  }
}

/** A record's fields made writable: a probe filled in place for each lookup. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
