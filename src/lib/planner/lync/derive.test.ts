/**
 * What every Lync output carries, for every scenario and version: the product, a reason with a
 * known source for every name, record, port and finding, words in every step, and the assumptions
 * the guide names.
 */
import { describe, expect, it } from 'vitest';
import {
  LYNC_PRODUCTS,
  LYNC_SCENARIO_PRODUCTS,
  LYNC_SCENARIOS,
} from '../../../../tests/support/lync-scenarios.ts';
import { derive } from '../derive.ts';
import type { Reason } from '../derived.ts';
import { EXAMPLE_PLAN } from '../plan/example.ts';
import { PRODUCTS } from '../products.ts';
import { SOURCES } from '../sources.ts';
import { deriveLync } from './derive.ts';

const explained = (reason: Reason, where: string) => {
  expect(reason.rule, where).toMatch(/^lync\.[a-z0-9.-]+$/);
  expect(reason.text.length, `${where}: ${reason.text}`).toBeGreaterThan(20);
  expect(SOURCES[reason.source], `${where}: ${reason.source}`).toBeDefined();
};

/*
 * Each test derives for itself: work done while tests are collected counts for no test, so the
 * mutation run (npm run test:mutation) would not run these against the rules they check.
 */
describe.each(LYNC_SCENARIO_PRODUCTS)('$name on $product', ({ plan, product }) => {
  it('names the product it was derived for, whatever the plan says', () => {
    const derived = deriveLync(plan, product);
    expect(derived.product).toEqual({
      id: product,
      family: 'lync',
      label: PRODUCTS[product].label,
    });
  });

  it('explains every name, note, record and port with a rule, words and a known source', () => {
    const derived = deriveLync(plan, product);
    for (const certificate of derived.certificates) {
      expect(certificate.purpose.length).toBeGreaterThan(15);
      for (const san of certificate.sans)
        for (const reason of san.reasons) explained(reason, `${certificate.id} ${san.name}`);
      for (const note of certificate.notes) explained(note, `${certificate.id} note`);
    }
    for (const record of derived.dns) explained(record.reason, `${record.name} ${record.type}`);
    for (const port of derived.ports) {
      explained(port.reason, port.id);
      expect(port.from.length).toBeGreaterThan(3);
      expect(port.to.length).toBeGreaterThan(3);
    }
  });

  it('gives every finding a message, a fix and a known source', () => {
    const derived = deriveLync(plan, product);
    for (const finding of derived.findings) {
      expect(finding.message.length, finding.id).toBeGreaterThan(30);
      expect(finding.fix.length, finding.id).toBeGreaterThan(15);
      expect(SOURCES[finding.source], finding.id).toBeDefined();
    }
  });

  it('writes words in every step part and note', () => {
    const derived = deriveLync(plan, product);
    for (const step of derived.steps) {
      for (const note of step.notes) expect(note.length, step.id).toBeGreaterThan(20);
      for (const source of step.sources) expect(SOURCES[source], step.id).toBeDefined();
      for (const part of step.parts) {
        if (part.kind === 'instructions')
          for (const item of part.items) expect(item.length, step.id).toBeGreaterThan(20);
        if (part.kind === 'wizard') {
          expect(part.tool.length).toBeGreaterThan(5);
          for (const action of part.actions) {
            expect(action.target.length, step.id).toBeGreaterThan(2);
            if (action.value !== undefined) expect(action.value.length, step.id).toBeGreaterThan(0);
          }
        }
        if (part.kind === 'powershell') expect(part.statements.length, step.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('deriveLync', () => {
  it('derives the plan as its own product when none is given', () => {
    const plan = {
      ...LYNC_SCENARIOS.example!,
      lync: { ...LYNC_SCENARIOS.example!.lync, product: 'lync-2013' as const },
    };
    expect(deriveLync(plan).product.id).toBe('lync-2013');
    expect(derive(plan, 'sfb-2019').product.id).toBe('sfb-2019');
  });

  it('names the assumed Lync values of the example plan', () => {
    expect(deriveLync(EXAMPLE_PLAN, 'sfb-se').assumptions.map((entry) => entry.path)).toEqual([
      'lync.sipDomains',
      'lync.edge.internalFqdn',
      'lync.edge.accessFqdn',
      'lync.edge.webConferencingFqdn',
      'lync.edge.avFqdn',
      'lync.edge.servers',
    ]);
  });

  it('derives every version for the largest plan', () => {
    for (const product of LYNC_PRODUCTS)
      expect(deriveLync(LYNC_SCENARIOS.largest!, product).certificates.length).toBeGreaterThan(5);
  });
});
