/** Inline XBRL cover facts (dei:...) as hints where the printed text says nothing. */
import type { Located, XbrlFact } from '../model';

/** The first fact named `localName` (any prefix) that a reader sees, with text. */
export function visibleFact(facts: readonly XbrlFact[], localName: string): XbrlFact | undefined {
  return facts.find((f) => !f.hidden && f.value.trim() !== '' && localNameOf(f.name) === localName);
}

/** The first fact named `localName`, hidden or not. */
export function anyFact(facts: readonly XbrlFact[], localName: string): XbrlFact | undefined {
  return facts.find((f) => localNameOf(f.name) === localName);
}

export function locateFact<T = string>(fact: XbrlFact, value?: T): Located<T> {
  const raw = fact.value.replace(/\s+/g, ' ').trim();
  return { value: (value === undefined ? raw : value) as T, raw, range: fact.valueRange };
}

function localNameOf(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}
