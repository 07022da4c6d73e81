import { describe, expect, it } from 'vitest';
import { renderInf } from './inf.ts';

const request = {
  subject: 'C=US,O=Contoso Ltd,CN=sip.contoso.com',
  sans: ['sip.contoso.com', 'webcon.contoso.com', 'sip.contoso.com', 'av.contoso.com'],
  keyLength: 2048,
  exportable: true,
  friendlyName: 'Edge external',
};

const HEAD = [
  '[Version]',
  'Signature="$Windows NT$"',
  '',
  '[NewRequest]',
  'Subject = "C=US,O=Contoso Ltd,CN=sip.contoso.com"',
  'FriendlyName = "Edge external"',
  'KeySpec = 1',
];
const PROVIDER = [
  'MachineKeySet = TRUE',
  'ProviderName = "Microsoft RSA SChannel Cryptographic Provider"',
  'ProviderType = 12',
  'RequestType = PKCS10',
  'KeyUsage = 0xa0',
  'HashAlgorithm = sha256',
  '',
  '[EnhancedKeyUsageExtension]',
  'OID = 1.3.6.1.5.5.7.3.1',
];

describe('renderInf', () => {
  it('writes a certreq request with every SAN once, in CRLF lines', () => {
    expect(renderInf(request)).toBe(
      [
        ...HEAD,
        'KeyLength = 2048',
        'Exportable = TRUE',
        ...PROVIDER,
        '',
        '[Extensions]',
        '2.5.29.17 = "{text}"',
        '_continue_ = "DNS=sip.contoso.com&"',
        '_continue_ = "DNS=webcon.contoso.com&"',
        '_continue_ = "DNS=av.contoso.com"',
        '',
      ].join('\r\n'),
    );
  });

  it('names the template of an enterprise CA, and leaves out an empty SAN list', () => {
    expect(
      renderInf({
        ...request,
        sans: [],
        exportable: false,
        keyLength: 4096,
        template: 'WebServer',
      }),
    ).toBe(
      [
        ...HEAD,
        'KeyLength = 4096',
        'Exportable = FALSE',
        ...PROVIDER,
        '',
        '[RequestAttributes]',
        'CertificateTemplate = WebServer',
        '',
      ].join('\r\n'),
    );
  });

  it('doubles quotes and folds line breaks inside quoted values', () => {
    const text = renderInf({
      ...request,
      friendlyName: 'Edge "external"\r\nnext',
      sans: ['a.contoso.com'],
    });
    expect(text).toContain('\r\nFriendlyName = "Edge ""external"" next"\r\n');
    expect(text).toContain('\r\n_continue_ = "DNS=a.contoso.com"\r\n');
  });
});
