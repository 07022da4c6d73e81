/** The certreq INF renderer (WS-CERTREQ, KB931351), read back by the independent INF reader. */
import { describe, expect, it } from 'vitest';
import { checkInf, infValue, parseInf } from '../../../tests/support/inf.ts';
import type { CertificateRequestFile } from '../planner/derived.ts';
import { renderInf, requestNames } from './inf.ts';

const REQUEST: CertificateRequestFile = {
  subject: 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=webext.contoso.com',
  sans: ['webext.contoso.com', 'meet.contoso.com', 'dialin.contoso.com'],
  keyLength: 2048,
  exportable: true,
  friendlyName: 'Reverse proxy 2026-12-01',
};

describe('renderInf', () => {
  it('writes the whole request, CRLF lines, every name once with its own _continue_ line', () => {
    expect(renderInf(REQUEST).split('\r\n')).toEqual([
      '; Reverse proxy 2026-12-01: certreq -new <this file> <request file>',
      '[Version]',
      'Signature="$Windows NT$"',
      '',
      '[NewRequest]',
      'Subject = "C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=webext.contoso.com"',
      'FriendlyName = "Reverse proxy 2026-12-01"',
      'KeySpec = 1',
      'KeyLength = 2048',
      'Exportable = TRUE',
      'MachineKeySet = TRUE',
      'SMIME = FALSE',
      'ProviderName = "Microsoft RSA SChannel Cryptographic Provider"',
      'ProviderType = 12',
      'RequestType = PKCS10',
      'KeyUsage = 0xa0',
      'HashAlgorithm = sha256',
      '',
      '[EnhancedKeyUsageExtension]',
      'OID = 1.3.6.1.5.5.7.3.1',
      '',
      '[Extensions]',
      '2.5.29.17 = "{text}"',
      '_continue_ = "DNS=webext.contoso.com&"',
      '_continue_ = "DNS=meet.contoso.com&"',
      '_continue_ = "DNS=dialin.contoso.com&"',
      '',
    ]);
  });

  it('is read back by the independent reader with every check passing', () => {
    const file = parseInf(renderInf(REQUEST));
    expect(checkInf(file)).toEqual([]);
    expect(file.dnsNames).toEqual(REQUEST.sans);
  });

  it('lists a name once, whatever its case, and skips empty ones', () => {
    const file = parseInf(
      renderInf({
        ...REQUEST,
        sans: ['webext.contoso.com', 'WEBEXT.contoso.com', '', 'meet.contoso.com'],
      }),
    );
    expect(file.dnsNames).toEqual(['webext.contoso.com', 'meet.contoso.com']);
    expect(requestNames({ ...REQUEST, sans: ['a.com', 'A.com'] })).toEqual(['a.com']);
  });

  it('keeps the key non-exportable when asked, and names the enterprise template', () => {
    const file = parseInf(renderInf({ ...REQUEST, exportable: false, template: 'WebServer' }));
    expect(infValue(file, 'NewRequest', 'Exportable')).toBe('FALSE');
    expect(infValue(file, 'RequestAttributes', 'CertificateTemplate')).toBe('WebServer');
    expect(parseInf(renderInf(REQUEST)).sections.has('RequestAttributes')).toBe(false);
  });

  it('writes no SAN extension for a request without names', () => {
    const file = parseInf(renderInf({ ...REQUEST, sans: [] }));
    expect(file.sections.has('Extensions')).toBe(false);
  });

  it('keeps a quote or a line break in a value inside that value', () => {
    const file = parseInf(
      renderInf({
        ...REQUEST,
        friendlyName: 'a "b"\r\n[NewRequest]',
        subject: 'O="X, Y",CN=a.com',
      }),
    );
    expect(infValue(file, 'NewRequest', 'FriendlyName')).toBe('a "b" [NewRequest]');
    expect(infValue(file, 'NewRequest', 'Subject')).toBe('O="X, Y",CN=a.com');
    expect([...file.sections.keys()]).toEqual([
      'Version',
      'NewRequest',
      'EnhancedKeyUsageExtension',
      'Extensions',
    ]);
  });
});

describe('the INF reader itself', () => {
  it.each([
    [
      'a CNG provider',
      (text: string) =>
        text.replace(
          'Microsoft RSA SChannel Cryptographic Provider',
          'Microsoft Software Key Storage Provider',
        ),
      'ProviderName',
    ],
    [
      'no machine key',
      (text: string) => text.replace('MachineKeySet = TRUE', 'MachineKeySet = FALSE'),
      'MachineKeySet',
    ],
    [
      'a name twice',
      (text: string) => text.replace('DNS=dialin.contoso.com&', 'DNS=meet.contoso.com&'),
      'twice',
    ],
    [
      'the subject missing from the names',
      (text: string) => text.replace('DNS=webext.contoso.com&', 'DNS=www.contoso.com&'),
      'first name',
    ],
    [
      'client authentication only',
      (text: string) => text.replace('1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'),
      'OID',
    ],
  ])('rejects %s', (_name, change, message) => {
    expect(checkInf(parseInf(change(renderInf(REQUEST)))).join('\n')).toContain(message);
  });

  it.each([
    ['LF line ends', (text: string) => text.replaceAll('\r\n', '\n'), 'CRLF'],
    [
      'an unterminated string',
      (text: string) => text.replace('"Reverse proxy 2026-12-01"', '"Reverse proxy'),
      'unterminated',
    ],
    [
      'a line outside any section',
      (text: string) => `Subject = x\r\n${text}`,
      'outside any section',
    ],
    [
      'a _continue_ line without an extension',
      (text: string) => text.replace('2.5.29.17 = "{text}"', 'X = 1'),
      'without an extension',
    ],
  ])('fails to parse %s', (_name, change, message) => {
    expect(() => parseInf(change(renderInf(REQUEST)))).toThrow(message);
  });
});
