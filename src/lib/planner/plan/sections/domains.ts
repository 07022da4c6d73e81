/** The organisation's DNS domains: SMTP (and SIP) domains and the Active Directory domain. */
import { list, object } from '../describe.ts';
import { hostname } from '../kinds.ts';
import { join } from '../read.ts';
import { LIMITS } from './common.ts';

export const DOMAINS = object({
  key: 'd',
  description: 'DNS domains.',
  fields: {
    primary: hostname({
      key: 'p',
      description: 'The primary SMTP domain, e.g. contoso.com.',
      required: true,
    }),
    additional: list({
      key: 'a',
      description: 'Further SMTP (accepted) domains.',
      item: hostname({ key: '', description: 'Another SMTP (accepted) domain.' }),
      max: LIMITS.domains,
      check(items, reader, path, scope) {
        const primary = (scope.parent as { primary?: string }).primary;
        const kept: string[] = [];
        items.forEach((name, index) => {
          if (name === '') return;
          if (name === primary)
            reader.report(join(path, index), `${name} is already the primary domain`);
          else if (kept.includes(name)) reader.report(join(path, index), `${name} is listed twice`);
          else kept.push(name);
        });
        return kept;
      },
    }),
    internal: hostname({
      key: 'i',
      description:
        'The Active Directory DNS domain, e.g. contoso.local. Default: the primary domain.',
      singleLabel: true,
      default: (scope) => (scope.parent as { primary: string }).primary,
    }),
  },
});
