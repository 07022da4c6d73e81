/**
 * `uc-runbook export`: every file of the registry, written to disk in its encoding and read back
 * by the tools that use it: zone files by named-checkzone, the calendar by ical.js (RFC 5545), the
 * CSV by csv-parse, INF files as UTF-16, scripts with their byte-order mark.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';
import { cli } from '../support/cli.ts';
import { checkZone } from '../support/named-checkzone.ts';

const directory = mkdtempSync(join(tmpdir(), 'uc-runbook-export-'));

describe('uc-runbook export', () => {
  it('writes every file for each product of the plan, each readable by its tool', async () => {
    const out = join(directory, 'example');
    const { code, stdout, stderr } = await cli(['export', '--example', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const written = readdirSync(out).sort();
    expect(stdout.trim().split('\n').sort()).toEqual(written.map((name) => join(out, name)));
    const prefix = 'uc-runbook-contoso.com';
    for (const product of ['exchange-se', 'sfb-se']) {
      expect(written).toContain(`${prefix}-${product}.ps1`);
      expect(written).toContain(`${prefix}-${product}-names.csv`);
      expect(written).toContain(`${prefix}-${product}-internal-dns.ps1`);
    }
    expect(written).toContain(`${prefix}-sfb-se-webext.contoso.com.inf`);
    expect(written).toContain(`${prefix}-plan.json`);
    expect(written).toContain(`${prefix}-renewals.ics`);

    const zones = written.filter((name) => name.endsWith('.zone'));
    expect(zones.length).toBeGreaterThanOrEqual(5);
    for (const name of zones) {
      const text = readFileSync(join(out, name), 'utf8');
      const origin = /^\$ORIGIN (.+)\.$/m.exec(text)?.[1] ?? '';
      const result = checkZone(origin, text);
      expect(result.ok, `${name}: ${result.output}`).toBe(true);
      expect(result.output).toContain('OK');
    }

    for (const name of written.filter((file) => file.endsWith('.ps1'))) {
      expect([...readFileSync(join(out, name)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const inf = readFileSync(join(out, `${prefix}-sfb-se-webext.contoso.com.inf`));
    expect([...inf.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(inf)).toContain('[NewRequest]');

    const csv = readFileSync(join(out, `${prefix}-exchange-se-names.csv`));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => row.name)).toEqual(['mail.contoso.com', 'autodiscover.contoso.com']);

    expect(JSON.parse(readFileSync(join(out, `${prefix}-plan.json`), 'utf8'))).toEqual(
      EXAMPLE_PLAN,
    );

    const calendar = new ICAL.Component(
      ICAL.parse(readFileSync(join(out, `${prefix}-renewals.ics`), 'utf8')),
    );
    const first = new ICAL.Event(calendar.getAllSubcomponents('vevent')[0]);
    expect(first.startDate.toString()).toBe('2027-05-19');
    expect(first.description).toContain('WARNING');
  });

  it('--product writes one product and the plan files', async () => {
    const out = join(directory, 'ocs');
    const { code } = await cli(['export', '--example', '--product', 'ocs-2007r2', '--out', out]);
    expect(code).toBe(0);
    const written = readdirSync(out);
    expect(written.every((name) => !name.includes('exchange-') && !name.includes('sfb-'))).toBe(
      true,
    );
    expect(written.filter((name) => name.endsWith('.inf')).length).toBeGreaterThan(1);
    expect(written).toContain('uc-runbook-contoso.com-renewals.ics');
  });

  it('refuses to run without --out', async () => {
    const { code, stderr } = await cli(['export', '--example']);
    expect(code).toBe(2);
    expect(stderr).toBe('uc-runbook: export needs --out DIR\n');
  });

  it('says which path it cannot write', async () => {
    const file = join(directory, 'a-file');
    writeFileSync(file, '');
    const { code, stderr } = await cli(['export', '--example', '--out', join(file, 'x')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^uc-runbook: cannot create the folder ".*": a part of the path is a file/,
    );
  });
});
