import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../lib/planner/index.ts';
import { markTokens, personalMatcher, personalValues, signature } from './personal.ts';

const matcher = personalMatcher(personalValues(EXAMPLE_PLAN));
const marked = (text: string) =>
  matcher
    .split(text)
    .filter((segment) => segment.personal)
    .map((segment) => segment.text);

describe('personal values', () => {
  it('lists what the reader typed, longest first', () => {
    const values = personalValues(EXAMPLE_PLAN);
    expect(values).toEqual(
      expect.arrayContaining([
        'mail.contoso.com',
        'contoso.com',
        'contoso.local',
        'EX01',
        '10.0.0.11',
        '203.0.113.10',
      ]),
    );
    expect(values.indexOf('mail.contoso.com')).toBeLessThan(values.indexOf('contoso.com'));
  });

  it('marks whole values, preferring the longest', () => {
    expect(
      marked(
        "Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -InternalUrl 'https://mail.contoso.com/owa'",
      ),
    ).toEqual(['EX01', 'mail.contoso.com']);
    expect(marked('autodiscover.contoso.com')).toEqual(['contoso.com']);
  });

  it('matches server names inside lower-case FQDNs but never inside other words', () => {
    expect(marked('ex01.contoso.local')).toEqual(['ex01', 'contoso.local']);
    expect(marked('C=US,CN=x Status USA')).toEqual(['US']);
  });

  it('keeps every character of the text, in order', () => {
    const text =
      "Import-ExchangeCertificate -Server 'EX02' -FileData ([System.IO.File]::ReadAllBytes('C:\\Certs\\mail.contoso.com.pfx'))";
    expect(
      matcher
        .split(text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });
});

describe('marking highlighted tokens', () => {
  const marked = (tokens: string[], text = tokens.join('')) =>
    markTokens(
      tokens.map((token, index) => ({ text: token, style: index })),
      matcher.split(text),
    );

  it('cuts a token where a value starts and ends, keeping the token and its style', () => {
    expect(marked(['-Identity ', "'EX01\\owa'"])).toEqual([
      { style: 0, parts: [{ text: '-Identity ', personal: false }] },
      {
        style: 1,
        parts: [
          { text: "'", personal: false },
          { text: 'EX01', personal: true },
          { text: "\\owa'", personal: false },
        ],
      },
    ]);
  });

  it('marks a value that spans several tokens in every token it covers', () => {
    const tokens = marked(['mail.', 'contoso', '.com is here']);
    expect(
      tokens.flatMap((token) =>
        token.parts.filter((part) => part.personal).map((part) => part.text),
      ),
    ).toEqual(['mail.', 'contoso', '.com']);
    expect(tokens.map((token) => token.style)).toEqual([0, 1, 2]);
  });

  it('keeps every character, in order, for lines with and without values', () => {
    for (const tokens of [['plain ', 'text'], ['x ', 'contoso.com', ' y ', 'EX02'], ['']]) {
      expect(
        marked(tokens)
          .flatMap((token) => token.parts.map((part) => part.text))
          .join(''),
      ).toBe(tokens.join(''));
    }
  });
});

describe('which values a text could show marked', () => {
  const values = personalMatcher(['O"Neil & Sons', 'C:\\Certs', 'EX01', 'Σοφία']);

  it('lists the values a text contains, whatever their case', () => {
    expect(values.valuesIn('Enable on ex01 and EX02')).toBe('EX01');
    expect(values.valuesIn('nothing of theirs')).toBe('');
    // Upper case compares as the pattern's case folding does: final sigma is sigma.
    expect(values.valuesIn('ΣΟΦΊΑ and σοφίας')).toBe('Σοφία');
    expect(personalMatcher(['σοφίας']).valuesIn('ΣΟΦΊΑΣ')).toBe('σοφίας');
    expect(personalMatcher([]).valuesIn('anything')).toBe('');
  });

  it('finds a value in JSON text, where quotes and backslashes are escaped', () => {
    const json = JSON.stringify({ subject: 'O=O"Neil & Sons', path: 'C:\\Certs\\ex.req' });
    expect(values.valuesIn(json).split('\u0000')).toEqual(['O"Neil & Sons', 'C:\\Certs']);
  });

  it('is a superset of what split marks: a value inside a longer word still counts', () => {
    expect(values.split('EX01A').some((segment) => segment.personal)).toBe(false);
    expect(values.valuesIn('EX01A')).toBe('EX01');
  });
});

describe('render signatures', () => {
  const view = {
    title: 'Add the zone',
    code: "Add-DnsServerPrimaryZone -ReplicationScope 'Forest'",
  };
  const before = personalMatcher(['contoso.com', 'Contoso Ltd']);

  it('stays the same when only values the view does not contain change', () => {
    expect(signature(view, personalMatcher(['fabrikam.com', 'Contoso Ltd']))).toBe(
      signature(view, before),
    );
  });

  it('changes when the view changes', () => {
    expect(signature({ ...view, title: 'Add the zones' }, before)).not.toBe(
      signature(view, before),
    );
  });

  it("changes when a value the view contains starts or stops being the reader's", () => {
    const organisation = personalMatcher(['contoso.com', 'Forest']);
    expect(signature(view, organisation)).not.toBe(signature(view, before));
  });
});
