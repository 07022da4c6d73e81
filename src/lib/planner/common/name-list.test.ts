import { describe, expect, it } from 'vitest';
import { NameList } from './name-list.ts';

const reason = (rule: string) => ({ rule, text: rule, source: 'BR' as const });

describe('NameList', () => {
  it('keeps names in the order first added, each with every reason that asked for it', () => {
    const names = new NameList();
    expect(names.has('mail.contoso.com')).toBe(false);
    names.add('mail.contoso.com', reason('a'));
    names.add('autodiscover.contoso.com', reason('b'));
    names.add('mail.contoso.com', reason('c'));
    expect(names.has('mail.contoso.com')).toBe(true);
    expect(names.has('owa.contoso.com')).toBe(false);
    expect(names.toArray()).toEqual([
      { name: 'mail.contoso.com', reasons: [reason('a'), reason('c')] },
      { name: 'autodiscover.contoso.com', reasons: [reason('b')] },
    ]);
  });

  it('is empty until a name is added', () => {
    expect(new NameList().toArray()).toEqual([]);
  });
});
