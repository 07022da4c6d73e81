/**
 * JSON Schema (draft 2020-12) of plan v1 as files and permalinks may give it: the structure, types
 * and allowed values. Published by the site at /schema/plan-v1.json for editors and tooling.
 * Name rules (labels, punycode, internal names) and cross-field rules live in parsePlan, which
 * stays the authority; a test keeps the two in agreement on valid and invalid plans.
 */
import { COEXISTENCE_VERSIONS, EXCHANGE_VERSIONS, KEY_SIZES } from './types.ts';

const text = (description: string, maxLength: number) => ({
  type: 'string',
  maxLength,
  description,
});
const hostname = (description: string) => ({
  type: 'string',
  minLength: 1,
  maxLength: 253,
  description,
});
const ipv4 = (description: string) => ({
  type: ['string', 'null'],
  pattern:
    '^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$',
  description,
});
const servers = (description: string) => ({
  type: 'array',
  maxItems: 50,
  description,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: {
        type: 'string',
        pattern: '^[A-Za-z0-9-]{1,15}$',
        description: 'Computer (NetBIOS) name, e.g. EX01.',
      },
      ip: ipv4('Internal IPv4 address; null or absent when not known.'),
    },
  },
});

export const PLAN_SCHEMA_V1 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/schema/plan-v1.json',
  title: 'UC Runbook plan, version 1',
  description:
    'Everything UC Runbook needs to derive certificates, DNS records and commands. Absent fields take the defaults described on each field.',
  type: 'object',
  additionalProperties: false,
  required: ['domains', 'exchange'],
  properties: {
    version: { const: 1, description: 'Plan format version.' },
    organization: {
      type: 'object',
      additionalProperties: false,
      description: 'Certificate subject fields.',
      properties: {
        name: text('O=, the organisation name.', 64),
        country: {
          type: 'string',
          pattern: '^([A-Za-z]{2})?$',
          description:
            'C=, ISO 3166-1 alpha-2 code (e.g. US, GB). Microsoft asks for it on every request.',
        },
        state: text('S=, state or province.', 128),
        locality: text('L=, city.', 128),
      },
    },
    domains: {
      type: 'object',
      additionalProperties: false,
      required: ['primary'],
      properties: {
        primary: hostname('The primary SMTP domain, e.g. contoso.com.'),
        additional: {
          type: 'array',
          maxItems: 50,
          items: hostname('Another SMTP (accepted) domain.'),
          description: 'Further SMTP domains.',
        },
        internal: hostname(
          'The Active Directory DNS domain, e.g. contoso.local. Default: the primary domain.',
        ),
      },
    },
    certificate: {
      type: 'object',
      additionalProperties: false,
      properties: {
        authority: {
          enum: ['public', 'enterprise'],
          description: 'Public CA or your Active Directory enterprise CA. Default: public.',
        },
        keySize: { enum: [...KEY_SIZES], description: 'RSA key size. Default: 2048.' },
        wildcard: {
          type: 'boolean',
          description: 'One *.domain certificate instead of a SAN list. Default: false.',
        },
        issueDate: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          description:
            'Planned issue date, YYYY-MM-DD; decides the CA/Browser Forum validity limit. The CLI defaults it to today.',
        },
        validityDays: {
          type: 'integer',
          minimum: 1,
          maximum: 3650,
          description:
            'Requested lifetime in days. Default: the CA/Browser Forum "should" limit for a public CA, 730 for an enterprise CA.',
        },
        friendlyName: text(
          'FriendlyName of the request (under 64 characters). Default: "<namespace> <issue date>".',
          63,
        ),
        additionalNames: {
          type: 'array',
          maxItems: 50,
          items: hostname('A name to add to the certificate.'),
          description: 'Extra names; findings flag server names, bare domains and www.',
        },
      },
    },
    exchange: {
      type: 'object',
      additionalProperties: false,
      required: ['version', 'sites'],
      properties: {
        version: {
          enum: [...EXCHANGE_VERSIONS, 2013, 2016, 2019, 'SE'],
          description: 'The Exchange version being deployed.',
        },
        coexistWith: {
          enum: [...COEXISTENCE_VERSIONS, 2007, 2010, 2013, 2016, 2019, null],
          description: 'An older version still in the organisation. Default: none.',
        },
        namespace: hostname('The shared client namespace. Default: mail.<primary>.'),
        autodiscover: {
          enum: ['host', 'srv'],
          description:
            'Additional domains: autodiscover.<domain> on the certificate (host) or an SRV record (srv). Default: host.',
        },
        legacyNamespace: hostname('Shorthand for legacy.namespace.'),
        legacy: {
          type: 'object',
          additionalProperties: false,
          description: 'Exchange 2007 during coexistence with 2013.',
          properties: {
            namespace: hostname('Legacy host name. Default: legacy.<primary>.'),
            servers: servers('Exchange 2007 Client Access servers.'),
            publicIp: ipv4('Public IPv4 address publishing the legacy name.'),
          },
        },
        internalDns: {
          enum: ['split-brain', 'pin-point'],
          description: 'How internal clients resolve the public names. Default: split-brain.',
        },
        sites: {
          type: 'array',
          minItems: 1,
          maxItems: 20,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['servers'],
            properties: {
              name: {
                type: 'string',
                pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$',
                description: 'Active Directory site. Default: Default-First-Site-Name.',
              },
              servers: { ...servers('Exchange servers in the site.'), minItems: 1 },
              publicIp: ipv4('Public IPv4 address publishing this site.'),
              internalVip: ipv4(
                'Internal load-balancer address; without it, internal records list every server.',
              ),
              namespace: {
                type: ['string', 'null'],
                maxLength: 253,
                description: "Bound model: this site's own namespace.",
              },
            },
          },
        },
        services: {
          type: 'object',
          additionalProperties: false,
          properties: {
            pop: { type: 'boolean' },
            imap: { type: 'boolean' },
            um: { type: 'boolean', description: 'Unified Messaging (2013 and 2016 only).' },
            edge: { type: 'boolean', description: 'Edge Transport servers receive internet mail.' },
          },
        },
        edge: {
          type: 'object',
          additionalProperties: false,
          properties: {
            fqdn: hostname('External FQDN the MX records point to. Default: edge.<primary>.'),
            servers: servers('Edge Transport servers.'),
            publicIp: ipv4('Public IPv4 address of the Edge Transport servers.'),
          },
        },
        certificateFolder: {
          type: 'string',
          maxLength: 200,
          description:
            'Folder for request, certificate and PFX files: C:\\Certs or \\\\server\\share. Default: C:\\Certs.',
        },
      },
    },
  },
} as const;
