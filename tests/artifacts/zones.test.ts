/**
 * Every zone file we generate goes through BIND's own checker, named-checkzone (Debian bind9-utils).
 * `-i local` runs the integrity checks on in-zone names only: out-of-zone targets belong to zones
 * checked on their own, and looking them up would need the network.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/planner/index.ts';
import { renderZoneFiles, serialFromDate } from '../../src/lib/render/bind-zone.ts';
import { EXCHANGE_PRODUCTS, planWith, SCENARIO_PRODUCTS, SCENARIOS } from '../support/scenarios.ts';

const directory = mkdtempSync(join(tmpdir(), 'uc-runbook-zones-'));

function checkZone(zoneName: string, text: string): { ok: boolean; output: string } {
  const file = join(
    directory,
    `${zoneName.slice(0, 60)}-${Math.random().toString(36).slice(2)}.zone`,
  );
  writeFileSync(file, text);
  try {
    return {
      ok: true,
      output: execFileSync('named-checkzone', ['-i', 'local', zoneName, file], {
        encoding: 'utf8',
      }),
    };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe.each(SCENARIO_PRODUCTS.filter(({ name }) => name !== 'addresses not known'))(
  'zones: $name on $product',
  ({ plan, product }) => {
    const zones = renderZoneFiles(derive(plan, product), {
      serial: serialFromDate(plan.certificate.issueDate),
    });
    it.each(zones.map((zone) => [zone.fileName, zone] as const))(
      '%s passes named-checkzone',
      (_name, zone) => {
        const result = checkZone(zone.zone, zone.text);
        expect(result.ok, result.output).toBe(true);
        // Loaded, and without a single complaint (BIND reports integrity problems as warnings).
        expect(result.output.trim().split('\n')).toEqual([
          `zone ${zone.zone}/IN: loaded serial ${serialFromDate(plan.certificate.issueDate)}`,
          'OK',
        ]);
      },
    );
  },
);

describe('zones with missing addresses', () => {
  const zones = renderZoneFiles(derive(SCENARIOS['addresses not known']!, 'exchange-se'), {
    serial: 2026120101,
  });

  it('comment the record out and say what is missing, never inventing an address', () => {
    const external = zones.find((zone) => zone.view === 'external' && zone.zone === 'contoso.com')!;
    expect(external.text).toContain('<not in the plan: the public IP address of site HQ>');
    expect(external.text).not.toMatch(/\sIN A\s+\d/);
  });

  it('are still files BIND can load when no in-zone name needs the address', () => {
    const internal = zones.find((zone) => zone.view === 'internal')!;
    expect(checkZone(internal.zone, internal.text).ok).toBe(true);
  });

  it('load, and BIND itself points at the gap: the MX target has no address yet', () => {
    const external = zones.find((zone) => zone.view === 'external' && zone.zone === 'contoso.com')!;
    const result = checkZone(external.zone, external.text);
    expect(result.ok).toBe(true);
    expect(result.output).toMatch(/MX 'mail\.contoso\.com' has no address records/);
  });
});

describe('zone text', () => {
  it('writes owners relative to the origin and targets as absolute names', () => {
    const [zone] = renderZoneFiles(
      derive(SCENARIOS['additional domains by SRV']!, 'exchange-se'),
      { serial: 2026120101 },
      'external',
    ).filter((candidate) => candidate.zone === 'fabrikam.com');
    expect(zone?.text).toMatch(
      /^_autodiscover\._tcp\s+3600\s+IN SRV\s+0 0 443 mail\.contoso\.com\.$/m,
    );
    expect(zone?.text).toMatch(/^@\s+3600\s+IN MX\s+10 mail\.contoso\.com\.$/m);
  });
});

describe('zones of plans at the edge of the name limits (issue 8, finding 7)', () => {
  /** A domain of exactly `length` characters: labels of 63 and a .com. */
  const domainOf = (length: number) => {
    const labels: string[] = [];
    for (let left = length - 4; left > 0; left -= 64) labels.push('a'.repeat(Math.min(63, left)));
    return `${labels.join('.')}.com`;
  };

  it.each(EXCHANGE_PRODUCTS)(
    'the longest primary domain the plan accepts loads in BIND (%s)',
    (product) => {
      const primary = domainOf(240);
      expect(primary).toHaveLength(240);
      const plan = planWith({
        domains: { primary, additional: [], internal: 'corp.contoso.com' },
        exchange: {
          namespace: 'mail.contoso.com',
          sites: [
            { name: 'HQ', publicIp: '198.51.100.10', servers: [{ name: 'EX01', ip: '10.0.0.11' }] },
          ],
        },
      });
      for (const zone of renderZoneFiles(derive(plan, product), { serial: 2026120101 })) {
        const result = checkZone(zone.zone, zone.text);
        expect(result.ok, `${zone.fileName}: ${result.output}`).toBe(true);
      }
    },
  );
});
