import { describe, expect, it } from 'vitest';
import {
  certificateFacts,
  dn,
  fileOf,
  NOW,
  requestFacts,
} from '../../../../tests/support/certificate-facts.ts';
import { planned } from '../../../../tests/support/planned-certificate.ts';
import type { PlannedCertificate } from '../derived.ts';
import type { RuleContext } from './context.ts';
import { coverage, covers, wildcardMissing } from './coverage.ts';
import type { ItemFacts } from './facts.ts';
import { isPublicAddress, nameRules } from './names.ts';

const sans = (dns: string[], ip: string[] = []) => ({ dns, ip, email: [], uri: [], other: [] });

function run(
  subject: ItemFacts,
  plan: PlannedCertificate | null,
  authority: PlannedCertificate['authority'] = plan?.authority ?? 'public',
) {
  const context: RuleContext = {
    file: fileOf([subject]),
    subject,
    planned: plan,
    authority,
    now: NOW,
  };
  return nameRules(context);
}
const ids = (...args: Parameters<typeof run>) => run(...args).map((finding) => finding.id);
const find = (id: string, ...args: Parameters<typeof run>) =>
  run(...args).find((finding) => finding.id === id);

describe('coverage', () => {
  it.each([
    ['mail.contoso.com', 'mail.contoso.com', true],
    ['MAIL.Contoso.com.', 'mail.contoso.com', false], // keys are normalised by the caller
    ['*.contoso.com', 'mail.contoso.com', true],
    ['*.contoso.com', 'contoso.com', false],
    ['*.contoso.com', 'a.mail.contoso.com', false],
    ['*.contoso.com', '*.contoso.com', true],
    ['mail.contoso.com', '*.contoso.com', false],
    ['*.contoso.com', '*.mail.contoso.com', false],
    ['*.fabrikam.com', 'mail.contoso.com', false],
  ])('%s covers %s: %s', (actual, name, expected) => {
    expect(covers(actual, name)).toBe(expected);
  });

  it('matches names without case or a trailing dot, preferring the exact name to a wildcard', () => {
    const result = coverage(
      planned(['mail.contoso.com', 'autodiscover.contoso.com', 'contoso.com']),
      ['*.CONTOSO.com', 'Mail.Contoso.com.'],
    );
    expect(result.planned).toEqual([
      { name: 'mail.contoso.com', coveredBy: 'mail.contoso.com' },
      { name: 'autodiscover.contoso.com', coveredBy: '*.contoso.com' },
      { name: 'contoso.com', coveredBy: null },
    ]);
    expect(result.extra).toEqual([]);
  });

  it('lists each unplanned name once, and not a wildcard that covers a planned name', () => {
    const result = coverage(planned(['mail.contoso.com']), [
      'mail.contoso.com',
      'www.contoso.com',
      'www.contoso.com',
      '*.contoso.com',
      '*.fabrikam.com',
    ]);
    expect(result.extra).toEqual(['www.contoso.com', '*.fabrikam.com']);
  });

  it('counts names under a planned wildcard as planned', () => {
    expect(coverage(planned(['*.contoso.com']), ['mail.contoso.com']).extra).toEqual([]);
  });

  it.each([
    ['contoso.com', '*.contoso.com'],
    ['a.b.contoso.com', '*.contoso.com'],
    ['mail.contoso.com', undefined],
    ['mail.fabrikam.com', undefined],
    ['xcontoso.com', undefined],
  ])('finds the wildcard %s sits under without being covered: %s', (name, wildcard) => {
    expect(wildcardMissing(name, ['*.contoso.com', 'www.contoso.com'])).toBe(wildcard);
  });
});

describe('missing and extra names', () => {
  const plan = planned([
    'mail.contoso.com',
    'autodiscover.contoso.com',
    'autodiscover.fabrikam.com',
  ]);

  it('reports every missing name in one error, with the reason of the first', () => {
    const finding = find(
      'name-missing',
      certificateFacts({ sans: sans(['mail.contoso.com']) }),
      plan,
    );
    expect(finding).toMatchObject({ severity: 'error', source: 'EX-AD' });
    expect(finding?.message).toBe(
      'The certificate lacks 2 planned names: autodiscover.contoso.com and autodiscover.fabrikam.com. autodiscover.contoso.com: autodiscover.contoso.com is needed by the test.',
    );
    expect(finding?.fix).toBe(
      'Request a new certificate with every planned name (mail.contoso.com, autodiscover.contoso.com and autodiscover.fabrikam.com); a certificate cannot be changed once issued.',
    );
  });

  it('asks for a new request when a request lacks a name', () => {
    const finding = find(
      'name-missing',
      requestFacts({ sans: sans(['mail.contoso.com', 'autodiscover.contoso.com']) }),
      plan,
    );
    expect(finding?.message).toMatch(
      /^The request lacks 1 planned name: autodiscover\.fabrikam\.com\./,
    );
    expect(finding?.fix).toBe(
      'Make the request again with every planned name: mail.contoso.com, autodiscover.contoso.com and autodiscover.fabrikam.com.',
    );
  });

  it('explains a wildcard that stops one label short, name by name', () => {
    const findings = run(
      certificateFacts({ sans: sans(['*.contoso.com', 'autodiscover.fabrikam.com']) }),
      planned([
        'mail.contoso.com',
        'contoso.com',
        'owa.eu.contoso.com',
        'autodiscover.fabrikam.com',
      ]),
    );
    expect(findings.map((finding) => [finding.id, finding.severity])).toEqual([
      ['name-not-covered-by-wildcard', 'error'],
      ['name-not-covered-by-wildcard', 'error'],
      ['common-name-not-in-sans', 'warning'],
    ]);
    expect(findings[0]!.message).toBe(
      '*.contoso.com does not cover contoso.com: a wildcard stands for exactly one label, so it matches <name>.contoso.com and nothing deeper, and not contoso.com itself.',
    );
    expect(findings[1]!.fix).toBe(
      'Add owa.eu.contoso.com to the certificate as a name of its own.',
    );
    expect(findings[1]!.source).toBe('RFC9525');
  });

  it('notes names the plan does not have', () => {
    const finding = find(
      'name-extra',
      certificateFacts({ sans: sans([...plan.sans.map((san) => san.name), 'www.contoso.com']) }),
      plan,
    );
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toMatch(
      /^The certificate carries 1 name the plan does not: www\.contoso\.com\./,
    );
  });

  it('compares nothing without a plan', () => {
    expect(
      ids(
        certificateFacts({ sans: sans(['www.contoso.com']), subject: dn('www.contoso.com') }),
        null,
      ),
    ).toEqual([]);
  });
});

describe('subject and SAN list', () => {
  const plan = planned(['mail.contoso.com', 'autodiscover.contoso.com']);
  const both = sans(['mail.contoso.com', 'autodiscover.contoso.com']);

  it('flags a certificate without any SAN as an error, a request as a warning', () => {
    const certificate = find(
      'no-subject-alt-names',
      certificateFacts({ hasAltNames: false, sans: sans([]) }),
      plan,
    );
    expect(certificate?.severity).toBe('error');
    expect(certificate?.message).toContain('only the subject CN=mail.contoso.com');
    const request = find(
      'no-subject-alt-names',
      requestFacts({ hasAltNames: false, sans: sans([]) }),
      plan,
    );
    expect(request?.severity).toBe('warning');
    expect(request?.message).toMatch(
      /^The request has no subject alternative names, only the subject CN=mail\.contoso\.com\. A CA may/,
    );
  });

  it('does not ask for SANs on a certificate planned without names', () => {
    const auth = planned([], {
      commonName: 'Microsoft Exchange Server Auth Certificate',
      authority: 'self-signed',
    });
    const facts = certificateFacts({
      hasAltNames: false,
      sans: sans([]),
      subject: dn('Microsoft Exchange Server Auth Certificate', ''),
    });
    expect(ids(facts, auth)).toEqual([]);
    const other = certificateFacts({ hasAltNames: false, sans: sans([]) });
    expect(run(other, auth).map((finding) => [finding.id, finding.severity])).toEqual([
      ['common-name-differs', 'warning'],
    ]);
  });

  it('flags a CN that is not among the SANs', () => {
    const finding = find(
      'common-name-not-in-sans',
      certificateFacts({ subject: dn('owa.contoso.com'), sans: both }),
      plan,
    );
    expect(finding).toMatchObject({ severity: 'warning', source: 'BR' });
    expect(finding?.message).toMatch(
      /^The subject CN=owa\.contoso\.com is not among the certificate's subject/,
    );
  });

  it('accepts a CN in another case, or one that is an IP address SAN', () => {
    expect(ids(certificateFacts({ subject: dn('MAIL.contoso.com'), sans: both }), plan)).toEqual(
      [],
    );
    expect(
      ids(certificateFacts({ subject: dn('20.1.2.3'), sans: sans(both.dns, ['20.1.2.3']) }), null),
    ).toEqual([]);
  });

  it('has nothing to say about a subject without a CN', () => {
    expect(ids(certificateFacts({ subject: dn(null), sans: both }), plan)).toEqual([]);
  });

  it('notes a CN other than the planned one; warns when the certificate has a single name', () => {
    const facts = certificateFacts({ subject: dn('autodiscover.contoso.com'), sans: both });
    expect(find('common-name-differs', facts, plan)?.severity).toBe('info');
    const single = planned(['ex01.contoso.com']);
    const other = certificateFacts({
      subject: dn('ex02.contoso.com'),
      sans: sans(['ex01.contoso.com', 'ex02.contoso.com']),
    });
    const finding = find('common-name-differs', other, single);
    expect(finding?.severity).toBe('warning');
    expect(finding?.fix).toBe('Use CN=ex01.contoso.com on the next request.');
  });
});

describe('names a CA must not issue', () => {
  it.each([
    ['mail_1.contoso.com', 'contains an underscore'],
    ['mail.*.contoso.com', 'only allowed as the whole leftmost label'],
    ['m*.contoso.com', 'must be a whole label'],
    ['10.0.0.1', 'is an IP address'],
  ])('flags %s', (name, problem) => {
    const finding = find('invalid-name', certificateFacts({ sans: sans([name]) }), null);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(problem);
    expect(
      find('invalid-name', certificateFacts({ sans: sans([name]) }), null, 'enterprise')?.severity,
    ).toBe('warning');
  });

  it('refuses internal names on a public certificate only', () => {
    const facts = certificateFacts({ sans: sans(['mail.contoso.com', 'ex01', '*.contoso.local']) });
    const finding = find('internal-name-on-public-certificate', facts, null);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/^ex01 and \*\.contoso\.local are internal names/);
    expect(ids(facts, null, 'enterprise')).not.toContain('internal-name-on-public-certificate');
    const one = find(
      'internal-name-on-public-certificate',
      certificateFacts({ sans: sans(['ex01.corp']) }),
      null,
    );
    expect(one?.message).toMatch(/^ex01\.corp is an internal name/);
  });

  it('refuses private and reserved addresses on a public certificate only', () => {
    const facts = certificateFacts({
      sans: sans(['mail.contoso.com'], ['10.0.0.11', '203.0.113.10', '8.8.8.8', 'fd00::1']),
    });
    const finding = find('reserved-ip-on-public-certificate', facts, null);
    expect(finding?.message).toMatch(
      /^10\.0\.0\.11, 203\.0\.113\.10 and fd00::1 are private or reserved addresses/,
    );
    expect(ids(facts, null, 'enterprise')).toEqual([]);
    const one = certificateFacts({ sans: sans(['mail.contoso.com'], ['192.168.1.1']) });
    expect(find('reserved-ip-on-public-certificate', one, null)?.message).toMatch(
      /^192\.168\.1\.1 is a private or reserved address/,
    );
  });

  it.each([
    ['8.8.8.8', true],
    ['10.1.2.3', false],
    ['2606:4700::1111', true],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['febf::1', false],
    ['fc00::1', false],
    ['2001:db8::1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['2606:fe80::1', true],
    ['2606:fc00::1', true],
  ])('%s is public: %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});
