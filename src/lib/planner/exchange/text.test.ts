/**
 * What the reader sees is never empty or half-built: across every scenario and every Exchange
 * version, each step has a title, a reason and a machine, each note and instruction is a finished
 * sentence, each command block has commands, each reason and source exists. A rule that drops or
 * garbles its text fails here even where no test names that text.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { arbitraryPlan } from '../../../../tests/support/arbitrary-plan.ts';
import { runs } from '../../../../tests/support/runs.ts';
import { EXCHANGE_PRODUCTS, SCENARIO_PRODUCTS } from '../../../../tests/support/scenarios.ts';
import { partLines } from '../../render/parts.ts';
import type { Derived } from '../derived.ts';
import { SOURCES } from '../sources.ts';
import type { ExchangeProductId } from '../products.ts';
import { deriveExchange } from './derive.ts';

/** Text a reader would see that a template got wrong. */
const BROKEN = /\bundefined\b|\[object Object\]|\bNaN\b|\s,|\s\.$|^\s|\s$|\s{2}/;
/** A sentence ends with a full stop, a colon before a list, a closing bracket or quote. */
const FINISHED = /[.:)"'’]$/;

/** The reader's own values, quoted in prose ("…"), may hold any spacing they typed. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

function expectProse(text: string, where: string) {
  expect(text.length, where).toBeGreaterThan(3);
  expect(text.replace(QUOTED, '"…"'), where).not.toMatch(BROKEN);
}

// One test per scenario and version, deriving inside it: the mutation run only counts code a test
// executes, and one derivation per case keeps the run short.
it.each(SCENARIO_PRODUCTS.map((entry) => [`${entry.name} as ${entry.product}`, entry] as const))(
  '%s: steps, notes, instructions, reasons and findings are finished text with known sources',
  (_, { plan, product }) => {
    const derived = deriveExchange(plan, product as ExchangeProductId);
    expectSteps(derived);
    expectParts(derived);
    expectReasons(derived);
    expectFindings(derived);
  },
);

it('derives every valid plan as every Exchange version, with finished text (property)', () => {
  fc.assert(
    fc.property(arbitraryPlan, fc.constantFrom(...EXCHANGE_PRODUCTS), (plan, product) => {
      const derived = deriveExchange(plan, product);
      expectSteps(derived);
      expectParts(derived);
      expectReasons(derived);
      expectFindings(derived);
    }),
    { numRuns: runs(50) },
  );
}, 60_000); // each case derives a whole runbook; a busy host needs the room

function expectSteps(derived: Derived) {
  const ids = derived.steps.map((step) => step.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const step of derived.steps) {
    expectProse(step.title, `${step.id} title`);
    expect(step.title, step.id).not.toMatch(/\.$/);
    expectProse(step.why, `${step.id} why`);
    expect(step.why, `${step.id} why`).toMatch(FINISHED);
    expectProse(step.runOn, `${step.id} runOn`);
    expect(step.sources.length, `${step.id} sources`).toBeGreaterThan(0);
    for (const source of step.sources) expect(SOURCES, step.id).toHaveProperty([source]);
    expect(step.parts.length + step.notes.length, `${step.id} is empty`).toBeGreaterThan(0);
  }
}

function expectParts(derived: Derived) {
  for (const step of derived.steps) {
    for (const note of step.notes) {
      expectProse(note, `${step.id} note`);
      expect(note, `${step.id} note`).toMatch(FINISHED);
    }
    for (const part of step.parts) {
      if (part.kind === 'instructions') {
        expect(part.items.length, `${step.id} instructions`).toBeGreaterThan(0);
        for (const item of part.items) {
          expectProse(item, `${step.id} instruction`);
          expect(item, `${step.id} instruction`).toMatch(FINISHED);
        }
      }
      if (part.kind === 'powershell') {
        const lines = partLines(part);
        expect(lines.length, `${step.id} commands`).toBeGreaterThan(0);
        for (const line of lines)
          expect(line, step.id).not.toMatch(/\bundefined\b|\[object Object\]/);
      }
      if (part.kind === 'wizard') {
        expect(part.actions.length, `${step.id} wizard`).toBeGreaterThan(0);
        for (const action of part.actions) expectProse(action.target, `${step.id} wizard`);
      }
    }
  }
}

function expectReasons(derived: Derived) {
  for (const certificate of derived.certificates) {
    expectProse(certificate.purpose, `${certificate.id} purpose`);
    expect(certificate.notes.length + certificate.sans.length, certificate.id).toBeGreaterThan(0);
    if (!certificate.replace) continue; // the Auth certificate: Setup's, on every server, no names
    expect(certificate.servers.length, `${certificate.id} servers`).toBeGreaterThan(0);
    expect(certificate.sans.length, `${certificate.id} names`).toBeGreaterThan(0);
  }
  for (const record of derived.dns)
    if (record.value === null) expectProse(record.missing ?? '', `${record.name} missing`);
  const reasons = [
    ...derived.certificates.flatMap((certificate) => [
      ...certificate.sans.flatMap((san) => san.reasons),
      ...certificate.notes,
    ]),
    ...derived.dns.map((record) => record.reason),
  ];
  for (const reason of reasons) {
    expectProse(reason.text, reason.rule);
    expect(reason.rule).toMatch(/^exchange\.[a-z-]+(\.[a-z0-9-]+)*$/);
    expect(SOURCES, reason.rule).toHaveProperty([reason.source]);
  }
}

function expectFindings(derived: Derived) {
  for (const finding of derived.findings) {
    expectProse(finding.message, finding.id);
    expect(finding.message, finding.id).toMatch(FINISHED);
    expectProse(finding.fix, finding.id);
    expect(SOURCES, finding.id).toHaveProperty([finding.source]);
  }
}
