/**
 * Loaded before every exercise spec file (Vitest `setupFiles`). It photographs the assertion
 * library before any learner code is imported and fails the test if code under test changed
 * it (`expect.extend` to make every matcher pass, a patched `toBe`, a replaced `expect.soft`…).
 */
import { afterEach, chai, expect } from "vitest";

type Snapshot = Map<string | symbol, PropertyDescriptor | undefined>;

function photograph(target: object): Snapshot {
  return new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)]));
}

function sameDescriptor(a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean {
  return a?.value === b?.value && a?.get === b?.get && a?.set === b?.set;
}

function changedKeys(target: object, before: Snapshot): string[] {
  const after = photograph(target);
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => !sameDescriptor(before.get(k), after.get(k))).map(String);
}

const watched: [string, object, Snapshot][] = [
  ["chai.Assertion.prototype", chai.Assertion.prototype, photograph(chai.Assertion.prototype)],
  ["expect", expect, photograph(expect)],
];

afterEach(() => {
  for (const [label, target, before] of watched) {
    const changed = changedKeys(target, before);
    if (changed.length > 0) {
      throw new Error(
        `Tampering detected: ${label} was modified (${changed.slice(0, 5).join(", ")}). Specs must judge your code, not the other way round.`,
      );
    }
  }
});
