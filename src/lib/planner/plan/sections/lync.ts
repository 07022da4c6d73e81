/**
 * The Lync / Skype for Business part of a plan (OCS 2007 R2 to SfB SE): SIP domains, the Front End
 * pool(s), an optional Director pool, the Edge pool with its three external names and layout, the
 * reverse proxy, simple URLs, mobility and federation. Every field has a default built from the
 * plan's domains, so a reader who entered only Exchange facts still gets a complete Lync guide, and
 * the guide names each assumed value (the `assumption` texts). Sources: reference/lync.md §1–§10.
 */
import { LYNC_PRODUCT_IDS } from '../../products.ts';
import { list, object, type Infer, type Scope } from '../describe.ts';
import { boolean, choice, folder, hostname, ipv4, optionalHostname, text } from '../kinds.ts';
import { join } from '../read.ts';
import { checkCommonNames } from './common-name.ts';
import { checkTotalServers, checkUniqueServers, LIMITS, SERVER, servers } from './common.ts';

/** The first SIP domain: the one simple URLs and Edge names are built from. */
const sipDomain = (scope: Scope): string => {
  const lync = scope.root.lync as { sipDomains?: string[] } | undefined;
  return lync?.sipDomains?.[0] ?? '';
};
const underSip = (prefix: string) => (scope: Scope) => {
  const domain = sipDomain(scope);
  return domain && `${prefix}${domain}`;
};
const underAd = (prefix: string) => (scope: Scope) => {
  const internal = (scope.root.domains as { internal?: string } | undefined)?.internal ?? '';
  return internal && `${prefix}${internal}`;
};

const POOL = object({
  key: '',
  description: 'A Front End pool (or one Standard Edition server).',
  fields: {
    fqdn: hostname({ key: 'q', description: 'Pool FQDN (Standard Edition: the server FQDN).' }),
    edition: choice({
      key: 't',
      description:
        'Standard Edition (one server) or Enterprise Edition (a pool of Front Ends). Default: enterprise.',
      options: ['standard', 'enterprise'] as const,
      default: 'enterprise',
    }),
    frontEnds: servers(
      's',
      'Front End servers (Standard Edition: the one server).',
      1,
      'needs at least one Front End server',
    ),
    internalWeb: hostname({
      key: 'i',
      description: 'Internal web services FQDN. Default: the pool FQDN.',
      default: (scope) => (scope.parent as { fqdn: string }).fqdn,
    }),
    externalWeb: hostname({
      key: 'x',
      description:
        'External web services FQDN, published by the reverse proxy. Default: webext.<SIP domain>.',
      default: underSip('webext.'),
    }),
    webVip: ipv4({
      key: 'V',
      description: 'Hardware load balancer address of the internal web services.',
    }),
  },
});

export const LYNC = object({
  key: 'l',
  description: 'Lync Server / Skype for Business Server.',
  fields: {
    enabled: boolean({
      key: 'e',
      description: 'The organisation runs Lync or Skype for Business Server. Default: false.',
      default: false,
    }),
    product: choice({
      key: 'v',
      description: 'The Lync / Skype for Business version being deployed.',
      options: LYNC_PRODUCT_IDS,
      default: 'sfb-se',
    }),
    sipDomains: list({
      key: 'd',
      description: 'SIP domains; the first is the default. Default: the primary SMTP domain.',
      item: hostname({ key: '', description: 'A SIP domain.' }),
      max: LIMITS.domains,
      min: 1,
      default: (scope) => {
        const primary = (scope.root.domains as { primary?: string } | undefined)?.primary;
        return primary ? [primary] : [];
      },
      assumption: 'your SIP domain is your primary SMTP domain',
      check(domains, reader, path) {
        const kept: string[] = [];
        domains.forEach((domain, index) => {
          if (domain === '') return;
          if (kept.includes(domain)) reader.report(join(path, index), `${domain} is listed twice`);
          else kept.push(domain);
        });
        return kept;
      },
    }),
    pools: list({
      key: 'p',
      description:
        'Front End pools; the first one signs users in (the _sipinternaltls SRV target).',
      item: POOL,
      max: 10,
      min: 1,
      default: (scope) => {
        const domain = sipDomain(scope);
        const internal = (scope.root.domains as { internal?: string } | undefined)?.internal ?? '';
        if (!domain || !internal) return [];
        return [
          {
            fqdn: `pool01.${domain}`,
            edition: 'enterprise' as const,
            frontEnds: [{ name: 'FE01', ip: null }],
            internalWeb: `pool01.${domain}`,
            externalWeb: `webext.${domain}`,
            webVip: null,
          },
        ];
      },
      assumption: 'one Enterprise Edition pool, pool01, with one Front End server, FE01',
    }),
    director: object({
      key: 'r',
      description: 'A Director pool in front of the Front End pools (optional).',
      fields: {
        enabled: boolean({
          key: 'e',
          description: 'The organisation has Directors. Default: false.',
          default: false,
        }),
        fqdn: hostname({
          key: 'q',
          description: 'Director pool FQDN. Default: dirpool.<SIP domain>.',
          default: underSip('dirpool.'),
        }),
        servers: servers('s', 'Director servers.'),
        externalWeb: hostname({
          key: 'x',
          description:
            "The Director's external web services FQDN; it must differ from the Front End pool's. Default: webdir.<SIP domain>.",
          default: underSip('webdir.'),
        }),
      },
    }),
    edge: object({
      key: 'E',
      description:
        'The Edge pool: remote access, federation, web conferencing and media for external users.',
      fields: {
        enabled: boolean({
          key: 'e',
          description: 'The organisation has Edge servers. Default: true.',
          default: true,
        }),
        layout: choice({
          key: 'l',
          description:
            'A public address (and name) per Edge service, or one address and one name for all three (5061, 444, 443). Default: separate-ips.',
          options: ['separate-ips', 'single-ip'] as const,
          default: 'separate-ips',
        }),
        internalFqdn: hostname({
          key: 'i',
          description: "The Edge pool's internal FQDN. Default: lsedge.<Active Directory domain>.",
          default: underAd('lsedge.'),
          assumption: "the Edge pool's internal name",
        }),
        accessFqdn: hostname({
          key: 'a',
          description: 'Access Edge external FQDN. Default: sip.<SIP domain>.',
          default: underSip('sip.'),
          assumption: 'the Access Edge name',
        }),
        webConferencingFqdn: hostname({
          key: 'w',
          description: 'Web Conferencing Edge external FQDN. Default: webcon.<SIP domain>.',
          default: underSip('webcon.'),
          assumption: 'the Web Conferencing Edge name',
        }),
        avFqdn: hostname({
          key: 'v',
          description: 'A/V Edge external FQDN. Default: av.<SIP domain>.',
          default: underSip('av.'),
          assumption: 'the A/V Edge name',
        }),
        servers: list({
          key: 's',
          description: 'Edge servers (computer name and internal address).',
          item: SERVER,
          max: LIMITS.servers,
          default: () => [{ name: 'LSEDGE01', ip: null }],
          assumption: 'one Edge server, LSEDGE01',
        }),
        accessIp: ipv4({
          key: 'A',
          description: 'Public IPv4 address of the Access Edge (single-ip: of all three).',
        }),
        webConferencingIp: ipv4({
          key: 'W',
          description: 'Public IPv4 address of the Web Conferencing Edge.',
        }),
        avIp: ipv4({ key: 'V', description: 'Public IPv4 address of the A/V Edge.' }),
      },
    }),
    reverseProxy: object({
      key: 'x',
      description: 'The reverse proxy that publishes the external web services and simple URLs.',
      fields: {
        product: choice({
          key: 'p',
          description: 'Reverse proxy product. Default: iis-arr.',
          options: ['iis-arr', 'tmg-2010', 'isa-2006-sp1', 'isa-2006', 'other'] as const,
          default: 'iis-arr',
        }),
        publicIp: ipv4({
          key: 'U',
          description: 'Public IPv4 address of the reverse proxy listener.',
        }),
      },
    }),
    simpleUrls: object({
      key: 'u',
      description: 'Simple URLs (Lync 2010 and later).',
      fields: {
        meet: hostname({
          key: 'm',
          description:
            'The Meet host label; one Meet URL per SIP domain (meet.<SIP domain>). Default: meet.',
          singleLabel: true,
          default: 'meet',
          personal: false,
        }),
        dialin: hostname({
          key: 'd',
          description: 'The Dial-in simple URL host. Default: dialin.<SIP domain>.',
          default: underSip('dialin.'),
        }),
        admin: optionalHostname({
          key: 'a',
          description: 'The Admin simple URL host (internal only; optional). Default: none.',
        }),
      },
    }),
    mobility: boolean({
      key: 'm',
      description: 'Mobile clients (lyncdiscover and lyncdiscoverinternal). Default: true.',
      default: true,
    }),
    federation: boolean({
      key: 'f',
      description: 'Federation with other organisations (_sipfederationtls). Default: true.',
      default: true,
    }),
    xmpp: boolean({
      key: 'X',
      description: 'XMPP federation (Lync 2013 and Skype for Business 2015 only). Default: false.',
      default: false,
    }),
    issuingCa: text({
      key: 'c',
      description:
        'Your enterprise CA for online requests, as CA host\\CA name (e.g. ca01.contoso.local\\Contoso Issuing CA); empty: offline requests.',
      max: 200,
      personal: true,
    }),
    certificateFolder: folder({
      key: 'F',
      description: 'Where request and certificate files go on each server. Default: C:\\Certs.',
      default: 'C:\\Certs',
    }),
    shareWithExchange: boolean({
      key: 'C',
      description:
        'One public certificate for Exchange, the reverse proxy and the Edge external interface, when both products run. Default: false.',
      default: false,
    }),
  },
  check(lync, reader, path) {
    checkUniqueServers(reader, [
      ...lync.pools.map((pool, index) => ({
        path: join(join(join(path, 'pools'), index), 'frontEnds'),
        servers: pool.frontEnds,
      })),
      { path: join(join(path, 'director'), 'servers'), servers: lync.director.servers },
      { path: join(join(path, 'edge'), 'servers'), servers: lync.edge.servers },
    ]);
    checkTotalServers(
      reader,
      lync.pools.map((pool, index) => ({
        path: join(join(join(path, 'pools'), index), 'frontEnds'),
        servers: pool.frontEnds,
      })),
      LIMITS.lyncFrontEnds,
      'Front End servers in its pools',
    );
    if (lync.simpleUrls.meet.includes('.')) {
      reader.report(
        join(join(path, 'simpleUrls'), 'meet'),
        'is one label (meet); each SIP domain gets meet.<domain>',
      );
    }
    // A plan without Lync keeps its (unused) Lync defaults unchecked.
    // The names Lync certificates carry as their subject (lync/certificates): pool FQDN (every
    // member's), the reverse proxy's external web FQDN, the Director pool, the Edge interfaces.
    if (lync.enabled)
      checkCommonNames(reader, [
        ...lync.pools.flatMap((pool, index) => [
          { path: join(join(join(path, 'pools'), index), 'fqdn'), name: pool.fqdn },
          { path: join(join(join(path, 'pools'), index), 'externalWeb'), name: pool.externalWeb },
        ]),
        ...(lync.director.enabled
          ? [{ path: join(join(path, 'director'), 'fqdn'), name: lync.director.fqdn }]
          : []),
        ...(lync.edge.enabled
          ? [
              { path: join(join(path, 'edge'), 'internalFqdn'), name: lync.edge.internalFqdn },
              { path: join(join(path, 'edge'), 'accessFqdn'), name: lync.edge.accessFqdn },
              // The subject of OCS 2007 R2's Web Conferencing Edge certificate; held to the limit
              // for every version, so switching the product never turns a valid plan invalid.
              {
                path: join(join(path, 'edge'), 'webConferencingFqdn'),
                name: lync.edge.webConferencingFqdn,
              },
            ]
          : []),
      ]);
    const pools = new Set<string>();
    lync.pools.forEach((pool, index) => {
      if (pools.has(pool.fqdn))
        reader.report(
          join(join(join(path, 'pools'), index), 'fqdn'),
          `${pool.fqdn} is listed twice`,
        );
      pools.add(pool.fqdn);
    });
  },
});

export type LyncPlan = Infer<typeof LYNC>;
export type LyncPool = LyncPlan['pools'][number];
