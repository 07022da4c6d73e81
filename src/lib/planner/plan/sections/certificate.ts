/** Certificate policy shared by every product: which CA, key size, issue date and lifetime. */
import { validityLimit } from '../../cabf.ts';
import { object } from '../describe.ts';
import { choice, date, integer } from '../kinds.ts';

/** RSA key sizes that New-ExchangeCertificate and Request-CsCertificate accept (PS-New, PS-REQ). */
export const KEY_SIZES = [1024, 2048, 4096] as const;
export type KeySize = (typeof KEY_SIZES)[number];
export type CertificateAuthorityKind = 'public' | 'enterprise';

export const CERTIFICATE = object({
  key: 'C',
  description: 'Certificate policy for every product in the plan.',
  fields: {
    authority: choice({
      key: 'A',
      description:
        'Public CA or your Active Directory enterprise CA, for certificates clients on the internet see. Default: public.',
      options: ['public', 'enterprise'] as const,
      default: 'public',
    }),
    keySize: choice({
      key: 'k',
      description: 'RSA key size. Default: 2048.',
      options: KEY_SIZES,
      default: 2048,
    }),
    issueDate: date({
      key: 'D',
      description:
        'Planned issue date, YYYY-MM-DD; decides the CA/Browser Forum validity limit. The CLI and the site default it to today.',
      default: (scope) => scope.options.today,
    }),
    validityDays: integer({
      key: 'V',
      description:
        'Requested lifetime in days. Default: the CA/Browser Forum "should" limit for a public CA, 730 for an enterprise CA.',
      min: 1,
      max: 3650,
      default: (scope) => {
        const { authority, issueDate } = scope.parent as { authority: string; issueDate: string };
        return authority === 'public' ? validityLimit(issueDate).recommendedDays : 730;
      },
    }),
    purpose: choice({
      key: 'p',
      description:
        'A first certificate for these names (new), or the renewal of the certificates in place: the runbooks then renew from the current certificates and retire them last. Default: new.',
      options: ['new', 'renewal'] as const,
      default: 'new',
    }),
  },
});
