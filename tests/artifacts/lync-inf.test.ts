/**
 * Every certreq INF file the Lync rules produce, for every scenario and version, read back by an
 * independent INF reader (tests/support/inf.ts): it must parse, carry the legacy CryptoAPI provider,
 * a machine key, the server authentication purpose and key usage, and every name of the planned
 * certificate exactly once, the subject's first.
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/planner/index.ts';
import { renderInf } from '../../src/lib/render/inf.ts';
import { checkInf, infValue, parseInf } from '../support/inf.ts';
import { LYNC_SCENARIO_PRODUCTS } from '../support/lync-scenarios.ts';

describe.each(LYNC_SCENARIO_PRODUCTS)('INF files: $name on $product', ({ plan, product }) => {
  const derived = derive(plan, product);
  const infs = derived.steps.flatMap((step) =>
    step.parts.flatMap((part) => (part.kind === 'inf' ? [[part.fileName, part] as const] : [])),
  );

  it.each(infs)('%s parses and says what a server certificate request must', (_name, part) => {
    const file = parseInf(renderInf(part.request));
    expect(checkInf(file)).toEqual([]);
    const planned = derived.certificates.find(
      (certificate) => certificate.commonName === part.request.sans[0],
    );
    expect(file.dnsNames).toEqual(planned?.sans.map((san) => san.name));
    expect(infValue(file, 'NewRequest', 'KeyLength')).toBe(String(plan.certificate.keySize));
    expect(infValue(file, 'NewRequest', 'Exportable')).toBe('TRUE');
  });

  it('has one INF file per certificate made outside the Lync tools, each its own file', () => {
    const outside = derived.certificates.filter((certificate) =>
      ['reverse-proxy', 'access-edge', 'web-conferencing-edge'].includes(certificate.role),
    );
    expect(infs.map(([, part]) => part.request.sans[0])).toEqual(
      outside.map((certificate) => certificate.commonName),
    );
    expect(new Set(infs.map(([name]) => name)).size).toBe(infs.length);
  });
});
