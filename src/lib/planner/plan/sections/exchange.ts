/**
 * The Exchange part of a plan: the version deployed (and any older one still there), the client
 * namespace, sites and servers, optional services, the Edge, and the client access certificate.
 */
import { EXCHANGE_PRODUCT_IDS } from '../../products.ts';
import { list, object, type Infer } from '../describe.ts';
import {
  boolean,
  choice,
  folder,
  hostname,
  ipv4,
  optionalHostname,
  siteName,
  text,
} from '../kinds.ts';
import { join } from '../read.ts';
import { checkUniqueServers, LIMITS, SERVER, servers, underPrimary } from './common.ts';
import { checkTotalServers } from './common.ts';
import { checkExchangeNames } from './exchange-names.ts';

/** Versions that can still be in the organisation while the new one is introduced. */
export const COEXISTENCE_VERSIONS = ['none', '2007', '2010', '2013', '2016', '2019'] as const;
export type CoexistenceVersion = (typeof COEXISTENCE_VERSIONS)[number];

export const DEFAULT_SITE_NAME = 'Default-First-Site-Name';
export const DEFAULT_CERTIFICATE_FOLDER = 'C:\\Certs';

const SITE = object({
  key: '',
  description: 'An Active Directory site with Exchange servers.',
  fields: {
    name: siteName({
      key: 'n',
      description: 'Active Directory site name.',
      default: DEFAULT_SITE_NAME,
    }),
    servers: servers(
      'r',
      'The Exchange servers of the new version in this site.',
      1,
      'needs at least one Exchange server',
    ),
    publicIp: ipv4({
      key: 'U',
      description: "Public IPv4 address that publishes this site's namespace.",
    }),
    internalVip: ipv4({
      key: 'Q',
      description: 'Internal load-balancer address; without it internal records list every server.',
    }),
    namespace: optionalHostname({
      key: 'S',
      description:
        "Bound model: this site's own namespace (e.g. mail2.contoso.com); null = the shared namespace.",
    }),
    failbackNamespace: optionalHostname({
      key: 'F',
      description:
        "Exchange 2010 site resilience: the Outlook Web App failback name of this site's datacenter (e.g. mailpri.contoso.com); null = none.",
    }),
    clientAccessArray: optionalHostname({
      key: 'A',
      description:
        "Exchange 2010: this site's RPC Client Access array FQDN (e.g. outlook.contoso.com), resolved inside only and never on the certificate; null = none.",
    }),
  },
  check(site, _reader, _path, scope) {
    // The shared namespace written again is the unbound model, not a namespace of its own.
    const shared = (scope.root.exchange as { namespace?: string } | undefined)?.namespace;
    if (site.namespace === shared) site.namespace = null;
  },
});

/** The certificate clients see: one SAN (or wildcard) certificate on every Client Access server. */
const CLIENT_CERTIFICATE = object({
  key: 'C',
  description: 'The client access certificate.',
  fields: {
    wildcard: boolean({
      key: 'w',
      description: 'One *.domain certificate instead of a SAN list.',
      default: false,
    }),
    friendlyName: text({
      key: 'F',
      description:
        'FriendlyName of the request (under 64 characters). Default: "<namespace> <issue date>".',
      max: 63,
      personal: true,
      default: (scope) => {
        const namespace = (scope.root.exchange as { namespace: string }).namespace;
        const issueDate = (scope.root.certificate as { issueDate: string }).issueDate;
        return defaultFriendlyName(namespace, issueDate);
      },
    }),
    additionalNames: list({
      key: 'N',
      description: 'Extra names; findings flag server names, bare domains and www.',
      item: hostname({
        key: '',
        description: 'A name to add to the certificate.',
        singleLabel: true,
      }),
      max: LIMITS.domains,
      check: (names) => [...new Set(names.filter((name) => name !== ''))],
    }),
  },
});

export const EXCHANGE = object({
  key: 'x',
  description: 'Exchange Server.',
  fields: {
    enabled: boolean({
      key: 'e',
      description:
        'The organisation runs Exchange (its runbook is part of the whole plan). Default: true.',
      default: true,
    }),
    product: choice({
      key: 'v',
      description: 'The Exchange version being deployed.',
      options: EXCHANGE_PRODUCT_IDS,
      default: 'exchange-se',
    }),
    coexistWith: choice({
      key: 'W',
      description: 'An older version still in the organisation. Default: none.',
      options: COEXISTENCE_VERSIONS,
      default: 'none',
    }),
    namespace: hostname({
      key: 'S',
      description: 'The shared client namespace. Default: mail.<primary>.',
      default: underPrimary('mail.'),
    }),
    autodiscover: choice({
      key: 'u',
      description:
        'How additional SMTP domains find Autodiscover: a name on the certificate or an SRV record. Default: host.',
      options: ['host', 'srv'] as const,
      default: 'host',
    }),
    legacy: object({
      key: 'L',
      description: 'The older version during coexistence (or a migration) and its servers.',
      fields: {
        namespace: hostname({
          key: 'S',
          description:
            'Legacy host name Exchange 2007 keeps while 2010 or 2013 takes over the namespace. Default: legacy.<primary>.',
          default: underPrimary('legacy.'),
        }),
        servers: servers(
          'r',
          "The older version's Client Access servers: the runbook imports the certificate there and moves their URLs.",
        ),
        publicIp: ipv4({
          key: 'U',
          description: 'Public IPv4 address that publishes the legacy name.',
        }),
      },
    }),
    internalDns: choice({
      key: 'I',
      description:
        'Split-brain (an internal copy of the public zone) or pin-point zones. Default: split-brain, which pinPointOutsideAd turns into pin-point for names outside the Active Directory DNS domain.',
      options: ['split-brain', 'pin-point'] as const,
      default: 'split-brain',
    }),
    sites: list({
      key: 'T',
      description: 'Active Directory sites with Exchange servers of the new version.',
      item: SITE,
      max: LIMITS.sites,
      min: 1,
      minMessage: 'needs at least one site with one Exchange server',
      default: () => [
        {
          name: DEFAULT_SITE_NAME,
          servers: [{ name: 'EX01', ip: null }],
          publicIp: null,
          internalVip: null,
          namespace: null,
          failbackNamespace: null,
          clientAccessArray: null,
        },
      ],
      assumption: 'one Exchange server, EX01, in the Default-First-Site-Name site',
      check(sites, reader, path) {
        const names = new Set<string>();
        sites.forEach((site, index) => {
          const name = site.name.toLowerCase();
          if (names.has(name))
            reader.report(join(join(path, index), 'name'), `the site ${site.name} is listed twice`);
          names.add(name);
        });
        return sites;
      },
    }),
    services: object({
      key: 'R',
      description: 'Optional services.',
      fields: {
        pop: boolean({ key: 'O', description: 'POP3 for clients.', default: false }),
        imap: boolean({ key: 'M', description: 'IMAP4 for clients.', default: false }),
        um: boolean({
          key: 'm',
          description: 'Unified Messaging (2007 to 2016; gone from 2019).',
          default: false,
        }),
        edge: boolean({
          key: 'E',
          description: 'Edge Transport servers receive internet mail.',
          default: false,
        }),
      },
    }),
    edge: object({
      key: 'E',
      description: 'Edge Transport servers.',
      fields: {
        fqdn: hostname({
          key: 'q',
          description: 'External FQDN the MX record points to. Default: edge.<primary>.',
          default: underPrimary('edge.'),
        }),
        servers: servers('r', 'Edge Transport servers.'),
        publicIp: ipv4({
          key: 'U',
          description: 'Public IPv4 address of the Edge Transport servers.',
        }),
      },
    }),
    certificate: CLIENT_CERTIFICATE,
    certificateFolder: folder({
      key: 'f',
      description:
        'Where request, certificate and PFX files go: a local path on the first server, or a UNC share. Default: C:\\Certs.',
      default: DEFAULT_CERTIFICATE_FOLDER,
    }),
    pinPointOutsideAd: boolean({
      key: 'P',
      description:
        'Names outside the Active Directory DNS domain get pin-point zones even when internalDns is split-brain: a new internal copy of a public zone would answer for the whole domain inside. Default: true; false keeps split-brain as chosen.',
      default: true,
    }),
    sbs: boolean({
      key: 'B',
      description:
        'Windows Small Business Server 2008 (Exchange 2007 only): its wizards set the remote.<domain> name, DNS records and certificate binding. Default: false.',
      default: false,
    }),
  },
  check(exchange, reader, path, scope) {
    checkUniqueServers(reader, [
      ...exchange.sites.map((site, index) => ({
        path: join(join(join(path, 'sites'), index), 'servers'),
        servers: site.servers,
      })),
      { path: join(join(path, 'edge'), 'servers'), servers: exchange.edge.servers },
      { path: join(join(path, 'legacy'), 'servers'), servers: exchange.legacy.servers },
    ]);
    if (exchange.services.edge && exchange.edge.servers.length === 0) {
      reader.report(
        join(join(path, 'edge'), 'servers'),
        'needs at least one Edge Transport server when exchange.services.edge is on',
      );
    }
    checkTotalServers(
      reader,
      exchange.sites.map((site, index) => ({
        path: join(join(join(path, 'sites'), index), 'servers'),
        servers: site.servers,
      })),
      LIMITS.exchangeServers,
      'Exchange servers in its sites',
    );
    checkExchangeNames(exchange, reader, path, scope);
  },
});

export type ExchangePlan = Infer<typeof EXCHANGE>;
export type Site = ExchangePlan['sites'][number];
export type { Server } from './common.ts';
export { SERVER };

/** The FriendlyName a plan without one gets: "<namespace> <issue date>", under 64 characters (PS-New). */
export function defaultFriendlyName(namespace: string, issueDate: string): string {
  return `${namespace} ${issueDate}`.slice(0, 63);
}
