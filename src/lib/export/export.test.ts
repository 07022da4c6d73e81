/**
 * The export registry: which files each product gets, and the two new formats read back by real
 * parsers (csv-parse for RFC 4180, ical.js for RFC 5545), not by the code that wrote them.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planWith } from '../../../tests/support/scenarios.ts';
import { derive, productsOf } from '../planner/derive.ts';
import type { Derived } from '../planner/derived.ts';
import { EXAMPLE_PLAN } from '../planner/plan/example.ts';
import type { Plan } from '../planner/plan/plan.ts';
import { availableProducts } from '../planner/products.ts';
import { renderZoneFiles, serialFromDate } from '../render/bind-zone.ts';
import { renderInf } from '../render/inf.ts';
import { renderScript } from '../render/script.ts';
import { renderWindowsDns } from '../render/windows-dns.ts';
import { renderRenewalCalendar } from './calendar.ts';
import { EXPORTS, exportFiles, type ExportInput } from './index.ts';
import { renderSanCsv, SAN_CSV_COLUMNS } from './san-csv.ts';

const NOW = new Date('2026-11-30T09:00:00Z');
const input = (plan: Plan, derived: Derived[]): ExportInput => ({ plan, derived, now: NOW });
const PRODUCTS = availableProducts().map((product) => product.id);

describe('the export registry', () => {
  it('lists each export once, with a label and a media type', () => {
    expect(EXPORTS.map((definition) => definition.id)).toEqual([
      'script',
      'zone',
      'windows-dns',
      'inf',
      'san-csv',
      'plan-json',
      'calendar',
    ]);
    for (const definition of EXPORTS) {
      expect(definition.label).not.toBe('');
      expect(definition.mediaType).toMatch(/^[a-z]+\/[a-z-]+$/);
    }
  });

  it.each(PRODUCTS)('%s: every file the guide offers, built by the renderers', async (id) => {
    const derived = derive(EXAMPLE_PLAN, id);
    const files = exportFiles(input(EXAMPLE_PLAN, [derived]));
    const prefix = `uc-runbook-contoso.com-${id}`;
    const byName = new Map(files.map((file) => [file.fileName, file]));
    expect(byName.size).toBe(files.length);

    const hasPowerShell = derived.steps.some((step) =>
      step.parts.some((part) => part.kind === 'powershell'),
    );
    expect(byName.has(`${prefix}.ps1`)).toBe(hasPowerShell);
    if (hasPowerShell) {
      expect(await byName.get(`${prefix}.ps1`)?.build()).toBe(
        renderScript(derived, `contoso.com, ${derived.product.label}`),
      );
    }
    const zones = renderZoneFiles(derived, { serial: serialFromDate('2026-12-01') });
    expect(zones.length).toBeGreaterThan(0);
    for (const zone of zones) {
      expect(await byName.get(`${prefix}-${zone.fileName}`)?.build()).toBe(zone.text);
    }
    expect(await byName.get(`${prefix}-internal-dns.ps1`)?.build()).toBe(renderWindowsDns(derived));
    const infParts = derived.steps.flatMap((step) =>
      step.parts.flatMap((part) => (part.kind === 'inf' ? [part] : [])),
    );
    expect(files.filter((file) => file.exportId === 'inf')).toHaveLength(infParts.length);
    for (const part of infParts) {
      expect(await byName.get(`${prefix}-${part.fileName}`)?.build()).toBe(renderInf(part.request));
    }
    expect(byName.has(`${prefix}-names.csv`)).toBe(true);
    expect(
      JSON.parse((await byName.get('uc-runbook-contoso.com-plan.json')?.build()) ?? ''),
    ).toEqual(EXAMPLE_PLAN);
    expect(byName.get('uc-runbook-contoso.com-renewals.ics')?.mediaType).toBe('text/calendar');
  });

  it('names every file apart when one plan runs Exchange and Skype for Business', () => {
    const plan = planWith({ lync: { enabled: true } });
    const derived = productsOf(plan).map((product) => derive(plan, product));
    expect(derived.map((product) => product.product.family)).toEqual(['exchange', 'lync']);
    const names = exportFiles(input(plan, derived)).map((file) => file.fileName);
    expect(new Set(names).size).toBe(names.length);
    // Both products publish records in contoso.com: two zone files, one per product.
    expect(names.filter((name) => name.endsWith('-contoso.com.external.zone'))).toHaveLength(2);
  });

  it('OCS 2007 R2 gets an INF file per wizard-less request (Edge and reverse proxy)', () => {
    const derived = derive(EXAMPLE_PLAN, 'ocs-2007r2');
    const ids = exportFiles(input(EXAMPLE_PLAN, [derived])).map((file) => file.exportId);
    expect(ids.filter((id) => id === 'inf').length).toBeGreaterThan(1);
  });
});

describe('the SAN list (CSV) round-trips through csv-parse', () => {
  it.each(PRODUCTS)('%s: one row per name of every replaced certificate', (id) => {
    const derived = derive(EXAMPLE_PLAN, id);
    const rows = parseCsv(renderSanCsv([derived]), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    const expected = derived.certificates
      .filter((certificate) => certificate.replace)
      .flatMap((certificate) =>
        certificate.sans.map((san) => ({
          product: derived.product.label,
          certificate: certificate.id,
          purpose: certificate.purpose,
          subject: certificate.subject,
          authority: certificate.authority,
          name: san.name,
          reasons: san.reasons.map((reason) => reason.text).join('\n'),
          rules: san.reasons.map((reason) => reason.rule).join('\n'),
          sources: [...new Set(san.reasons.map((reason) => reason.source))].join('\n'),
        })),
      );
    expect(rows).toEqual(expected);
    expect(Object.keys(rows[0] ?? {})).toEqual([...SAN_CSV_COLUMNS]);
  });

  it('leaves out the Exchange Auth certificate, which the runbook does not replace', () => {
    const derived = derive(EXAMPLE_PLAN, 'exchange-2019');
    expect(derived.certificates.map((certificate) => certificate.id)).toContain('exchange-auth');
    // The Auth certificate has no names; give it one to see that it is left out for what it is.
    const named = {
      ...derived,
      certificates: derived.certificates.map((certificate) =>
        certificate.replace
          ? certificate
          : { ...certificate, sans: [{ name: 'auth.contoso.com', reasons: [] }] },
      ),
    };
    const text = renderSanCsv([named]);
    expect(text).toContain('mail.contoso.com');
    expect(text).not.toContain('auth.contoso.com');
    expect(text).not.toContain('exchange-auth');
  });

  it('keeps commas and the line breaks between reasons inside their cell', () => {
    const plan = planWith({ organization: { name: 'Contoso, Ltd' } });
    const derived = derive(plan, 'exchange-se');
    const text = renderSanCsv([derived]);
    expect(text.startsWith('product,certificate,purpose,')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]?.subject).toBe(derived.certificates[0]?.subject);
    expect(rows[0]?.subject).toContain('Contoso, Ltd');
  });

  it('puts each reason of a name with two reasons on its own line of one cell', () => {
    const derived = derive(EXAMPLE_PLAN, 'sfb-se');
    const san = derived.certificates
      .find((certificate) => certificate.id === 'lync-edge-external')
      ?.sans.find((name) => name.name === 'sip.contoso.com');
    expect(san?.reasons.length).toBe(2);
    const rows = parseCsv(renderSanCsv([derived]), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    const row = rows.find(
      (candidate) =>
        candidate.certificate === 'lync-edge-external' && candidate.name === 'sip.contoso.com',
    );
    expect(row?.reasons?.split('\n')).toEqual(san?.reasons.map((reason) => reason.text));
    expect(row?.rules?.split('\n')).toEqual(san?.reasons.map((reason) => reason.rule));
  });
});

/** The VEVENTs of an .ics text, read by ical.js. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBe('-//UC Runbook//uc-runbook//EN');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const alarm = component.getFirstSubcomponent('valarm');
    return {
      date: event.startDate.toString(),
      isDate: event.startDate.isDate,
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      stamp: String(component.getFirstPropertyValue('dtstamp')),
      alarm: `${String(alarm?.getFirstPropertyValue('action'))} ${String(alarm?.getFirstPropertyValue('trigger'))}`,
    };
  });
}

describe('the renewal calendar (.ics) read by ical.js', () => {
  const exampleDerived = productsOf(EXAMPLE_PLAN).map((product) => derive(EXAMPLE_PLAN, product));

  it('example plan (public CA, 199 days from 2026-12-01): the cycle shortens with the limits', () => {
    const read = events(renderRenewalCalendar(EXAMPLE_PLAN, exampleDerived, NOW));
    // Worked by hand: expiry 2027-06-18, renewal 30 days before; from 2027-03-15 99 days (renew
    // 24 days before expiry), from 2029-03-15 46 days (11 days before).
    expect(read.slice(0, 12).map((event) => event.date)).toEqual([
      '2027-05-19',
      '2027-08-02',
      '2027-10-16',
      '2027-12-30',
      '2028-03-14',
      '2028-05-28',
      '2028-08-11',
      '2028-10-25',
      '2029-01-08',
      '2029-03-24',
      '2029-04-28',
      '2029-06-02',
    ]);
    // Until three years after the issue date, 2029-12-01: 46-day certificates renewed every 35 days.
    expect(read.slice(12).map((event) => event.date)).toEqual([
      '2029-07-07',
      '2029-08-11',
      '2029-09-15',
      '2029-10-20',
      '2029-11-24',
    ]);
    for (const event of read) {
      expect(event.isDate).toBe(true);
      expect(event.stamp).toBe('2026-11-30T09:00:00Z');
      expect(event.alarm).toBe('DISPLAY -P7D');
      expect(event.description).toContain('mail.contoso.com');
      expect(event.description).toContain('webext.contoso.com');
    }
    expect(new Set(read.map((event) => event.uid)).size).toBe(read.length);
  });

  it('warns in the renewals that fall under a shorter limit, and only there', () => {
    const read = events(renderRenewalCalendar(EXAMPLE_PLAN, exampleDerived, NOW));
    const warned = read.filter((event) => event.description.includes('WARNING'));
    expect(warned.map((event) => event.date)).toEqual(['2027-05-19', '2029-03-24']);
    expect(warned[0]?.summary).toBe('Renew (shorter limit): public certificates for contoso.com');
    expect(warned[0]?.description).toContain(
      'WARNING: this renewal falls under a shorter limit (100 days, from 2027-03-15) than the certificates it renews: the next certificates last 99 days, so renewals come sooner (the next on 2027-08-02).',
    );
    expect(warned[1]?.description).toContain('(47 days, from 2029-03-15)');
    expect(read[1]?.summary).toBe('Renew: public certificates for contoso.com');
  });

  it('an enterprise plan: internal certificates on its lifetime, public ones on the limit', () => {
    const plan = planWith({
      certificate: { authority: 'enterprise', issueDate: '2026-12-01', validityDays: 730 },
    });
    const derived = productsOf(plan).map((product) => derive(plan, product));
    const read = events(renderRenewalCalendar(plan, derived, NOW));
    const enterprise = read.filter((event) => event.summary.includes('enterprise certificates'));
    // 2026-12-01 + 730 days = 2028-11-30, renewed 30 days before; then 730 days again.
    expect(enterprise.map((event) => event.date)).toEqual(['2028-10-31']);
    expect(enterprise[0]?.description).toContain('Request 730 days from the enterprise CA.');
    expect(read.some((event) => event.summary.includes('public certificates'))).toBe(
      derived.some((product) =>
        product.certificates.some((certificate) => certificate.authority === 'public'),
      ),
    );
  });

  it('a public plan names the enterprise certificates whose template decides their lifetime', () => {
    const plan = planWith({ lync: { enabled: true } });
    const derived = productsOf(plan).map((product) => derive(plan, product));
    const [first] = events(renderRenewalCalendar(plan, derived, NOW));
    expect(first?.description).toContain(
      'Also check the expiry date of the internal certificates from your enterprise CA',
    );
    expect(first?.description).toContain('pool01.contoso.com');
  });
});
