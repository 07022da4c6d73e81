/**
 * Every Lync / Skype for Business zone file, for every scenario and version, through BIND's
 * named-checkzone: it must load with no complaint at all (BIND reports integrity problems, such as
 * an SRV target without an address, as warnings).
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/planner/index.ts';
import { renderZoneFiles, serialFromDate } from '../../src/lib/render/bind-zone.ts';
import { LYNC_SCENARIO_PRODUCTS, LYNC_SCENARIOS } from '../support/lync-scenarios.ts';
import { checkZone } from '../support/named-checkzone.ts';

describe.each(LYNC_SCENARIO_PRODUCTS.filter(({ name }) => name !== 'addresses not known'))(
  'zones: $name on $product',
  ({ plan, product }) => {
    const serial = serialFromDate(plan.certificate.issueDate);
    const zones = renderZoneFiles(derive(plan, product), { serial });
    it.each(zones.map((zone) => [zone.fileName, zone] as const))(
      '%s passes named-checkzone',
      (_name, zone) => {
        const result = checkZone(zone.zone, zone.text);
        expect(result.ok, result.output).toBe(true);
        expect(result.output.trim().split('\n')).toEqual([
          `zone ${zone.zone}/IN: loaded serial ${serial}`,
          'OK',
        ]);
      },
    );
  },
);

describe('Lync zones with missing addresses', () => {
  const zones = renderZoneFiles(derive(LYNC_SCENARIOS['addresses not known']!, 'sfb-se'), {
    serial: 2026120101,
  });

  it('comment the record out and say what is missing, never inventing an address', () => {
    const external = zones.find((zone) => zone.view === 'external' && zone.zone === 'contoso.com')!;
    expect(external.text).toContain(
      '<not in the plan: the public IP address of the Access Edge (lync.edge.accessIp)>',
    );
    expect(external.text).not.toMatch(/\sIN A\s+\d/);
  });

  it('load, and BIND itself points at the gap: the SRV target has no address yet', () => {
    const internal = zones.find((zone) => zone.view === 'internal' && zone.zone === 'contoso.com')!;
    const result = checkZone(internal.zone, internal.text);
    expect(result.ok).toBe(true);
    expect(result.output).toMatch(
      /_sipinternaltls\._tcp\.contoso\.com\/SRV 'pool01\.contoso\.com' has no address records/,
    );
  });
});
