import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN, parsePlan } from '../../lib/planner/index.ts';
import {
  appendAt,
  draftOf,
  followDefaults,
  getIn,
  pathKey,
  removeAt,
  setIn,
  validPart,
} from './plan-edit.ts';

describe('draft paths', () => {
  it('writes paths the way parsePlan reports them', () => {
    expect(pathKey(['exchange', 'sites', 0, 'servers', 1, 'ip'])).toBe(
      'exchange.sites[0].servers[1].ip',
    );
  });

  it('sets a value without touching the original', () => {
    const draft = draftOf(EXAMPLE_PLAN);
    const next = setIn(draft, ['exchange', 'sites', 0, 'servers', 1, 'ip'], '10.0.0.99');
    expect(getIn(next, ['exchange', 'sites', 0, 'servers', 1, 'ip'])).toBe('10.0.0.99');
    expect(getIn(draft, ['exchange', 'sites', 0, 'servers', 1, 'ip'])).toBe('10.0.0.12');
    expect(getIn(next, ['exchange', 'sites', 0, 'servers', 0])).toBe(
      getIn(draft, ['exchange', 'sites', 0, 'servers', 0]),
    );
  });

  it('appends and removes list rows', () => {
    const draft = appendAt(draftOf(EXAMPLE_PLAN), ['domains', 'additional'], 'fabrikam.com');
    expect(getIn(draft, ['domains', 'additional'])).toEqual(['fabrikam.com']);
    expect(getIn(removeAt(draft, ['domains', 'additional'], 0), ['domains', 'additional'])).toEqual(
      [],
    );
  });

  it('starts from a draft parsePlan reads back as the same plan', () => {
    expect(parsePlan(draftOf(EXAMPLE_PLAN))).toEqual({ ok: true, plan: EXAMPLE_PLAN });
  });
});

describe('followDefaults', () => {
  const withPrimary = (primary: string) =>
    followDefaults(setIn(draftOf(EXAMPLE_PLAN), ['domains', 'primary'], primary), EXAMPLE_PLAN);

  it('moves names that were still the default for the old domain', () => {
    const next = withPrimary('Fabrikam.com');
    expect(getIn(next, ['exchange', 'namespace'])).toBe('mail.fabrikam.com');
    expect(getIn(next, ['exchange', 'legacy', 'namespace'])).toBe('legacy.fabrikam.com');
    expect(getIn(next, ['exchange', 'edge', 'fqdn'])).toBe('edge.fabrikam.com');
    expect(getIn(next, ['exchange', 'certificate', 'friendlyName'])).toBe(
      'mail.fabrikam.com 2026-12-01',
    );
    expect(getIn(next, ['lync', 'sipDomains'])).toEqual(['fabrikam.com']);
    expect(getIn(next, ['lync', 'edge', 'accessFqdn'])).toBe('sip.fabrikam.com');
    // Set by the reader (not the default, the primary domain): stays.
    expect(getIn(next, ['domains', 'internal'])).toBe('contoso.local');
  });

  it('leaves names the reader chose', () => {
    const committed = parsePlan(
      setIn(draftOf(EXAMPLE_PLAN), ['exchange', 'namespace'], 'owa.contoso.com'),
    );
    if (!committed.ok) throw new Error('invalid');
    const draft = setIn(draftOf(committed.plan), ['domains', 'primary'], 'fabrikam.com');
    expect(getIn(followDefaults(draft, committed.plan), ['exchange', 'namespace'])).toBe(
      'owa.contoso.com',
    );
  });

  it('does nothing while the draft is invalid', () => {
    const draft = setIn(draftOf(EXAMPLE_PLAN), ['domains', 'primary'], 'fabrikam');
    expect(followDefaults(draft, EXAMPLE_PLAN)).toBe(draft);
  });

  it('lets the others follow when one default cannot (a subject name over 64 characters)', () => {
    const long = `${'a'.repeat(63)}.${'b'.repeat(50)}.example.com`;
    const next = withPrimary(long);
    // mail.<long> and sip.<long> would be refused as certificate subjects: they keep their values.
    expect(getIn(next, ['exchange', 'namespace'])).toBe('mail.contoso.com');
    expect(getIn(next, ['lync', 'edge', 'accessFqdn'])).toBe('sip.contoso.com');
    expect(getIn(next, ['lync', 'sipDomains'])).toEqual([long]);
    expect(parsePlan(next).ok).toBe(true);
  });

  it('lets the lifetime follow a new issue date, as long as the reader did not set it', () => {
    const draft = setIn(draftOf(EXAMPLE_PLAN), ['certificate', 'issueDate'], '2027-04-01');
    expect(getIn(followDefaults(draft, EXAMPLE_PLAN), ['certificate', 'validityDays'])).toBe(99);
  });

  it('keeps the friendly name at the default parsePlan would give, so a long domain stays a valid plan', () => {
    const next = withPrimary(`${'a'.repeat(50)}.example`);
    expect(parsePlan(next).ok).toBe(true);
    expect(getIn(next, ['exchange', 'certificate', 'friendlyName'])).toHaveLength(63);
  });
});

describe('a problem in one field never holds up the others', () => {
  const withCity = setIn(draftOf(EXAMPLE_PLAN), ['organization', 'locality'], 'Seattle\\');

  it('lets defaults follow a change while another field is invalid', () => {
    expect(parsePlan(withCity).ok).toBe(false);
    const path = ['domains', 'primary'];
    const next = followDefaults(setIn(withCity, path, 'fabrikam.com'), EXAMPLE_PLAN, {}, path);
    expect(getIn(next, ['exchange', 'namespace'])).toBe('mail.fabrikam.com');
    expect(getIn(next, ['exchange', 'certificate', 'friendlyName'])).toBe(
      'mail.fabrikam.com 2026-12-01',
    );
    // The invalid field keeps what the reader typed.
    expect(getIn(next, ['organization', 'locality'])).toBe('Seattle\\');
  });

  it('lets the friendly name follow a namespace the reader typed, with another field invalid', () => {
    const path = ['exchange', 'namespace'];
    const next = followDefaults(setIn(withCity, path, 'owa.fabrikam.com'), EXAMPLE_PLAN, {}, path);
    expect(getIn(next, ['exchange', 'certificate', 'friendlyName'])).toBe(
      'owa.fabrikam.com 2026-12-01',
    );
  });

  it('saves every valid field, keeping the invalid one at its last valid value', () => {
    const draft = setIn(withCity, ['domains', 'primary'], 'fabrikam.com');
    const plan = validPart(draft, EXAMPLE_PLAN);
    expect(plan?.domains.primary).toBe('fabrikam.com');
    expect(plan?.organization.locality).toBe('Redmond');
  });

  it('gives up on a row the committed plan does not have', () => {
    const draft = appendAt(withCity, ['domains', 'additional'], 'not a name');
    expect(validPart(draft, EXAMPLE_PLAN)).toBeUndefined();
  });
});
