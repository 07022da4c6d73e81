/** Certificate files on a share outside the organisation (issue 8, finding 6). */
import { describe, expect, it } from 'vitest';
import { planWith } from '../../../../tests/support/scenarios.ts';
import { derive } from '../derive.ts';
import { availableProducts } from '../products.ts';

const finding = (folder: string, patch: Record<string, unknown> = {}) =>
  derive(
    planWith({ ...patch, exchange: { certificateFolder: folder } }),
    'exchange-se',
  ).findings.find((candidate) => candidate.id === 'certificate-share-outside-organisation');

describe('certificate files on a share outside the organisation', () => {
  it.each(availableProducts('exchange').map((product) => product.id))(
    'warns for \\\\attacker.example.net\\drop on %s, naming the host and the field',
    (product) => {
      const derived = derive(
        planWith({ exchange: { certificateFolder: '\\\\attacker.example.net\\drop' } }),
        product,
      );
      expect(derived.findings).toContainEqual({
        id: 'certificate-share-outside-organisation',
        severity: 'warning',
        path: 'exchange.certificateFolder',
        message: expect.stringContaining(
          'is a share on attacker.example.net, which is neither in your domains (contoso.com, contoso.local)',
        ),
        fix: expect.stringContaining('check who sent it'),
        source: 'PS-Export',
      });
    },
  );

  it.each<[string, string, Record<string, unknown>?]>([
    ['a local folder', 'C:\\Certs'],
    ['a computer name', '\\\\fs01\\certs'],
    ['a name in the primary domain', '\\\\fs01.contoso.com\\certs'],
    [
      'a name in the Active Directory domain',
      '\\\\FS01.Corp.Contoso.com\\certs',
      { domains: { internal: 'corp.contoso.com' } },
    ],
    [
      'a name in an additional domain',
      '\\\\files.fabrikam.com\\certs',
      { domains: { additional: ['fabrikam.com'] } },
    ],
    ['a private address', '\\\\10.0.0.5\\certs'],
  ])('stays quiet for %s', (_what, folder, patch = {}) => {
    expect(finding(folder, patch)).toBeUndefined();
  });

  it.each([
    ['a public address', '\\\\198.51.100.7\\certs'],
    ['a look-alike domain', '\\\\fs01.contoso.com.example.net\\certs'],
    ['a domain that only ends like ours', '\\\\fs01.notcontoso.com\\certs'],
  ])('warns for %s', (_what, folder) => {
    expect(finding(folder)?.severity).toBe('warning');
  });
});
