import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN, parsePlan } from './planner/index.ts';
import { appendAt, draftOf, followPrimary, getIn, pathKey, removeAt, setIn } from './plan-edit.ts';

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

describe('followPrimary', () => {
  it('moves names that were still the default for the old domain', () => {
    const next = followPrimary(draftOf(EXAMPLE_PLAN), 'contoso.com', 'Fabrikam.com');
    expect(getIn(next, ['exchange', 'namespace'])).toBe('mail.fabrikam.com');
    expect(getIn(next, ['exchange', 'legacy', 'namespace'])).toBe('legacy.fabrikam.com');
    expect(getIn(next, ['exchange', 'edge', 'fqdn'])).toBe('edge.fabrikam.com');
    expect(getIn(next, ['certificate', 'friendlyName'])).toBe('mail.fabrikam.com 2026-12-01');
    expect(getIn(next, ['domains', 'internal'])).toBe('contoso.local');
  });

  it('leaves names the reader chose', () => {
    const draft = setIn(draftOf(EXAMPLE_PLAN), ['exchange', 'namespace'], 'owa.contoso.com');
    expect(
      getIn(followPrimary(draft, 'contoso.com', 'fabrikam.com'), ['exchange', 'namespace']),
    ).toBe('owa.contoso.com');
  });

  it('does nothing while the new domain is empty', () => {
    const draft = draftOf(EXAMPLE_PLAN);
    expect(followPrimary(draft, 'contoso.com', '')).toBe(draft);
  });
});

describe('followPrimary with long names', () => {
  it('keeps the friendly name at the default parsePlan would give, so a long domain stays a valid plan', () => {
    const long = `${'a'.repeat(50)}.example`;
    const next = followPrimary(draftOf(EXAMPLE_PLAN), 'contoso.com', long);
    const result = parsePlan(next);
    expect(result.ok).toBe(true);
    expect(getIn(next, ['certificate', 'friendlyName'])).toHaveLength(63);
  });
});
