/** A planned certificate written by hand, for rules that only read its general shape. */
import type { PlannedCertificate } from '../../src/lib/planner/derived.ts';

export function planned(
  names: string[],
  overrides: Partial<PlannedCertificate> = {},
): PlannedCertificate {
  return {
    id: 'test-certificate',
    role: 'client-access',
    purpose: 'test',
    subject: `CN=${names[0] ?? 'test'}`,
    commonName: names[0] ?? 'test',
    sans: names.map((name) => ({
      name,
      reasons: [{ rule: 'test.san', text: `${name} is needed by the test.`, source: 'EX-AD' }],
    })),
    usages: ['IIS', 'SMTP'],
    extendedKeyUsage: ['serverAuth'],
    authority: 'public',
    exportable: true,
    servers: ['EX01', 'EX02'],
    keySize: 2048,
    wildcard: names[0]?.startsWith('*.') ?? false,
    replace: true,
    notes: [],
    ...overrides,
  };
}
