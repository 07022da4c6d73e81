import { describe, expect, it } from 'vitest';
import {
  caFacts,
  certificateFacts,
  dn,
  fileOf,
  leafOf,
  matching,
  NOW,
  requestFacts,
} from '../../../../tests/support/certificate-facts.ts';
import { LARGEST_PLAN } from '../../../../tests/support/scenarios.ts';
import { derive } from '../derive.ts';
import { EXAMPLE_PLAN } from '../plan/example.ts';
import { availableProducts } from '../products.ts';
import { checkAgainstPlan, checkFile, plannedCertificates, subjectIndex } from './check.ts';

const options = { now: NOW };

describe.each(availableProducts())('every planned certificate of $id', ({ id }) => {
  const targets = plannedCertificates([derive(LARGEST_PLAN, id)]);

  it.each(targets.map((target) => [target.certificate.id, target] as const))(
    '%s: a certificate made exactly to plan has no findings',
    (_id, target) => {
      const report = checkFile(fileOf([matching(target.certificate)]), target, options);
      expect(report.findings).toEqual([]);
      expect(report.coverage?.planned.every((entry) => entry.coveredBy !== null)).toBe(true);
    },
  );

  it.each(
    targets
      .filter((target) => target.certificate.sans.length > 1)
      .map((target) => [target.certificate.id, target] as const),
  )('%s: a certificate without its last name is an error naming it', (_id, target) => {
    const { certificate } = target;
    const last = certificate.sans[certificate.sans.length - 1]!.name;
    const facts = matching(certificate);
    facts.sans.dns = facts.sans.dns.filter((name) => name !== last);
    const missing = checkFile(fileOf([facts]), target, options).findings.find(
      (finding) => finding.id === 'name-missing',
    );
    expect(missing?.severity).toBe('error');
    expect(missing?.message).toContain(`lacks 1 planned name: ${last}.`);
  });

  it('picks the planned certificate the file is for, by its names', () => {
    const namesOf = (target: (typeof targets)[number]) =>
      target.certificate.sans.map((san) => san.name).join(' ');
    targets.forEach((target, index) => {
      const facts = matching(target.certificate);
      if (target.certificate.sans.length === 0) return;
      const picked = checkAgainstPlan(fileOf([facts]), targets, null, options).target!;
      // Two certificates may carry the same names (OCS 2007 R2's Edge internal and A/V
      // authentication certificates both name the Edge's internal FQDN): the first one is picked.
      const first = targets.findIndex((other) => namesOf(other) === namesOf(target));
      expect(picked).toBe(targets[first]);
      if (first === index) expect(picked).toBe(target);
    });
  });
});

describe('checkAgainstPlan', () => {
  const targets = plannedCertificates([derive(EXAMPLE_PLAN, 'exchange-se')]);

  it("compares with the reader's choice even when another matches better", () => {
    const report = checkAgainstPlan(
      fileOf([matching(targets[0]!.certificate)]),
      targets,
      1,
      options,
    );
    expect(report.target).toBe(targets[1]);
  });

  it('says when no planned certificate shares a name with the file', () => {
    const facts = certificateFacts({
      subject: { text: 'CN=www.example.org', attributes: [], commonName: 'www.example.org' },
      sans: { dns: ['www.example.org'], ip: [], email: [], uri: [], other: [] },
    });
    const report = checkAgainstPlan(fileOf([facts]), targets, null, options);
    expect(report.target).toBeNull();
    expect(report.coverage).toBeNull();
    expect(report.findings.map((finding) => finding.id)).toEqual(['not-compared-with-plan']);
    expect(report.findings[0]!.severity).toBe('info');
  });

  it('orders findings: errors, then warnings, then notes', () => {
    const facts = matching(targets[0]!.certificate, {
      sans: {
        dns: ['mail.contoso.com', 'www.contoso.com'],
        ip: [],
        email: [],
        uri: [],
        other: [],
      },
      extendedKeyUsage: null,
    });
    const severities = checkFile(fileOf([facts]), targets[0]!, options).findings.map(
      (finding) => finding.severity,
    );
    expect(severities).toEqual(['error', 'warning', 'info']);
  });

  it('reports nothing for a file without items', () => {
    expect(checkFile(fileOf([]), targets[0]!, options)).toEqual({
      subject: null,
      target: targets[0],
      coverage: null,
      findings: [],
      activation: null,
    });
  });
});

describe('the item compared', () => {
  const planned = plannedCertificates([derive(EXAMPLE_PLAN, 'exchange-se')])[0]!.certificate;

  it('is the leaf of a chain, wherever it stands in the file', () => {
    const file = fileOf([
      caFacts('Contoso Root'),
      caFacts('Contoso Issuing CA 1', 'Contoso Root'),
      leafOf(planned),
    ]);
    expect(subjectIndex(file)).toBe(2);
  });

  it('is the request when there is no certificate', () => {
    expect(subjectIndex(fileOf([requestFacts()]))).toBe(0);
  });

  it('is the lowest CA certificate when the file holds only authorities', () => {
    const file = fileOf([caFacts('Contoso Root'), caFacts('Contoso Issuing CA 1', 'Contoso Root')]);
    expect(subjectIndex(file)).toBe(1);
  });

  it('is nothing in an empty file', () => {
    expect(subjectIndex(fileOf([]))).toBeNull();
  });
});

describe('activation', () => {
  const targets = plannedCertificates([derive(EXAMPLE_PLAN, 'exchange-se')]);

  it('comes with a certificate that has a thumbprint', () => {
    const report = checkFile(fileOf([matching(targets[0]!.certificate)]), targets[0]!, options);
    expect(report.activation?.part.statements[0]).toMatchObject({
      kind: 'pipeline',
      pipeline: [{ name: 'Enable-ExchangeCertificate' }],
    });
  });

  it.each([
    ['a request', requestFacts()],
    ['a certificate without thumbprints', certificateFacts({ thumbprints: null })],
    ['a CA certificate', caFacts('Contoso Root')],
  ])('is absent for %s', (_name, facts) => {
    expect(checkFile(fileOf([facts]), targets[0]!, options).activation).toBeNull();
  });

  it('is absent without a planned certificate', () => {
    expect(checkFile(fileOf([certificateFacts()]), null, options).activation).toBeNull();
  });
});

describe('what a CA certificate and a self-signed one are checked for', () => {
  const targets = plannedCertificates([derive(EXAMPLE_PLAN, 'exchange-se')]);

  it("a CA certificate only for being one: its names and lifetime are not a server's", () => {
    const root = {
      ...caFacts('Contoso Root'),
      validity: { notBefore: '2020-01-01T00:00:00.000Z', notAfter: '2040-01-01T00:00:00.000Z' },
    };
    const ids = checkFile(fileOf([root]), targets[0]!, options).findings.map((f) => f.id);
    expect(ids).toEqual(['ca-certificate']);
  });

  it('a self-signed certificate without a plan is not held to public CA limits', () => {
    const selfSigned = certificateFacts({
      selfIssued: true,
      subject: dn('ex01', ''),
      sans: { dns: ['ex01'], ip: [], email: [], uri: [], other: [] },
      validity: { notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2031-01-01T00:00:00.000Z' },
    });
    const ids = checkFile(fileOf([selfSigned]), null, options).findings.map((f) => f.id);
    expect(ids).toEqual(['self-signed', 'not-compared-with-plan']);
    const issued = { ...selfSigned, selfIssued: false };
    expect(checkFile(fileOf([issued]), null, options).findings.map((f) => f.id)).toEqual([
      'internal-name-on-public-certificate',
      'validity-exceeds-limit',
      'not-compared-with-plan',
    ]);
  });
});
