/** Collects certificate names in order; a name required by two rules keeps both reasons. */
import type { Reason, SubjectAltName } from '../derived.ts';

export class NameList {
  readonly #names = new Map<string, Reason[]>();

  add(name: string, reason: Reason): void {
    const reasons = this.#names.get(name);
    if (reasons) reasons.push(reason);
    else this.#names.set(name, [reason]);
  }

  has(name: string): boolean {
    return this.#names.has(name);
  }

  toArray(): SubjectAltName[] {
    return [...this.#names].map(([name, reasons]) => ({ name, reasons }));
  }
}
