import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from './planner/index.ts';
import { personalMatcher, personalValues } from './personal.ts';

const matcher = personalMatcher(personalValues(EXAMPLE_PLAN));
const marked = (text: string) => matcher.split(text).filter((segment) => segment.personal).map((segment) => segment.text);

describe('personal values', () => {
  it('lists what the reader typed, longest first', () => {
    const values = personalValues(EXAMPLE_PLAN);
    expect(values).toEqual(expect.arrayContaining(['mail.contoso.com', 'contoso.com', 'contoso.local', 'EX01', '10.0.0.11', '203.0.113.10']));
    expect(values.indexOf('mail.contoso.com')).toBeLessThan(values.indexOf('contoso.com'));
  });

  it('marks whole values, preferring the longest', () => {
    expect(marked("Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -InternalUrl 'https://mail.contoso.com/owa'"))
      .toEqual(['EX01', 'mail.contoso.com']);
    expect(marked('autodiscover.contoso.com')).toEqual(['contoso.com']);
  });

  it('matches server names inside lower-case FQDNs but never inside other words', () => {
    expect(marked('ex01.contoso.local')).toEqual(['ex01', 'contoso.local']);
    expect(marked('C=US,CN=x Status USA')).toEqual(['US']);
  });

  it('keeps every character of the text, in order', () => {
    const text = "Import-ExchangeCertificate -Server 'EX02' -FileData ([System.IO.File]::ReadAllBytes('C:\\Certs\\mail.contoso.com.pfx'))";
    expect(matcher.split(text).map((segment) => segment.text).join('')).toBe(text);
  });
});
