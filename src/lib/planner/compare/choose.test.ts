import { describe, expect, it } from 'vitest';
import { certificateFacts, dn } from '../../../../tests/support/certificate-facts.ts';
import { planned } from '../../../../tests/support/planned-certificate.ts';
import { bestMatch, matchScore } from './choose.ts';

const sans = (dns: string[]) => ({ dns, ip: [], email: [], uri: [], other: [] });
const client = planned(['mail.contoso.com', 'autodiscover.contoso.com']);
const edge = planned(['edge.contoso.com']);
const auth = planned([], { commonName: 'Microsoft Exchange Server Auth Certificate' });

describe('matchScore', () => {
  it('counts covered planned names twice, known file names once, the same CN once', () => {
    const facts = certificateFacts({
      subject: dn('mail.contoso.com'),
      sans: sans(['mail.contoso.com', 'autodiscover.contoso.com', 'www.contoso.com']),
    });
    expect(matchScore(facts, client)).toBe(2 * 2 + 2 + 1);
    expect(matchScore(facts, edge)).toBe(0);
  });

  it('lets a wildcard cover planned names', () => {
    const facts = certificateFacts({ subject: dn('*.contoso.com'), sans: sans(['*.contoso.com']) });
    expect(matchScore(facts, client)).toBe(2 * 2 + 1);
  });

  it('counts a repeated file name once', () => {
    const facts = certificateFacts({
      subject: dn(null),
      sans: sans(['edge.contoso.com', 'EDGE.contoso.com']),
    });
    expect(matchScore(facts, edge)).toBe(2 + 1);
  });

  it('matches a certificate without names by its subject', () => {
    const facts = certificateFacts({
      subject: dn('Microsoft Exchange Server Auth Certificate', ''),
      sans: sans([]),
    });
    expect(matchScore(facts, auth)).toBe(1);
  });
});

describe('bestMatch', () => {
  const candidates = [client, edge, auth].map((certificate) => ({ certificate }));

  it('picks the candidate with the highest score', () => {
    const facts = certificateFacts({
      subject: dn('edge.contoso.com'),
      sans: sans(['edge.contoso.com']),
    });
    expect(bestMatch(facts, candidates)).toBe(1);
  });

  it('keeps the first of equal candidates', () => {
    const facts = certificateFacts({
      subject: dn('mail.contoso.com'),
      sans: sans(['mail.contoso.com']),
    });
    expect(bestMatch(facts, [{ certificate: client }, { certificate: client }])).toBe(0);
  });

  it('is null when nothing matches', () => {
    const facts = certificateFacts({
      subject: dn('www.example.org'),
      sans: sans(['www.example.org']),
    });
    expect(bestMatch(facts, candidates)).toBeNull();
    expect(bestMatch(facts, [])).toBeNull();
  });
});
