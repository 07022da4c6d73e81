/** The certificate subject: O=, C=, S=, L= (Exchange -SubjectName, Request-CsCertificate, INF). */
import { object } from '../describe.ts';
import { country, text } from '../kinds.ts';

export const ORGANIZATION = object({
  key: 'o',
  description: 'Certificate subject fields.',
  fields: {
    name: text({
      key: 'n',
      description: 'O=, the organisation name.',
      max: 64,
      subject: true,
      personal: true,
    }),
    country: country({
      key: 'c',
      description:
        'C=, ISO 3166-1 alpha-2 code (e.g. US, GB). Microsoft asks for it on every request.',
      personal: true,
    }),
    state: text({
      key: 's',
      description: 'S=, state or province.',
      max: 128,
      subject: true,
      personal: true,
    }),
    locality: text({ key: 'l', description: 'L=, city.', max: 128, subject: true, personal: true }),
  },
});
