/**
 * One public certificate for Exchange and Lync/Skype for Business: which certificates of the two
 * products join it, which stay apart and why, the union of their names with every reason from
 * both products, and what the combination costs (findings). Pure: it reads what each family has
 * already derived for the plan (certificates by role, DNS records), never the families' rules.
 *
 * What can share (reference/lync.md §2.1, §4.2, §5.1; exchange.md §1.2): names the internet
 * reaches over TLS on servers that take a certificate with more names than they need, i.e.
 * Exchange's client access names, the reverse proxy's listener, and the Edge's external
 * interface (Access and Web Conferencing). What stays apart: anything with internal names or its
 * own key rules: the Edge internal interface, pools, Front Ends and Directors, A/V
 * authentication, OAuth and the Exchange Auth certificate, Unified Messaging, Edge Transport.
 */
import { subjectName } from '../common/subject.ts';
import type { Finding, PlannedCertificate, Reason, SubjectAltName } from '../derived.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId, Family, LyncProductId, ProductInfo } from '../products.ts';
import type { SourceId } from '../sources.ts';
import { sideBySideDns, type DnsSide } from './dns.ts';
import { pairSupported, SHARED_PAIRS } from './pairs.ts';
import {
  COMBINED_CERTIFICATE_ID,
  SHAREABLE_ROLES,
  type Decision,
  type SharedCertificate,
  type Sharing,
} from './sharing.ts';

export interface ExchangeSide extends DnsSide {
  product: ProductInfo & { id: ExchangeProductId };
  /** Derived with the wildcard option off: the shared certificate lists every name. */
  certificates: PlannedCertificate[];
  /** The Exchange server the plan makes requests on. */
  requestServer: string;
  /** Outlook of this version checks the Outlook Anywhere certificate against a principal name. */
  principalName: boolean;
}

export interface LyncSide extends DnsSide {
  product: ProductInfo & { id: LyncProductId };
  certificates: PlannedCertificate[];
  tooling: 'wizard' | 'management-shell';
  edges: string[];
  /** OCS: Access and Web Conferencing share one name and address (Web Conferencing on 444). */
  sharedEdgeName: boolean;
  sources: { edge: SourceId; internal: SourceId; wildcards: SourceId };
}

const AV_AUTHENTICATION_ID = 'lync-av-authentication';
const AV_TYPE = 'AudioVideoAuthentication';
const PATH = 'lync.shareWithExchange';

export function shareCertificates(plan: Plan, exchange: ExchangeSide, lync: LyncSide): Sharing {
  const pair = { exchange: exchange.product.id, lync: lync.product.id };
  const dns = sideBySideDns(exchange, lync);
  const base = { pair, dns: dns.records };
  if (!pairSupported(pair.exchange, pair.lync)) {
    return { ...base, decisions: [], findings: [unsupportedPair(exchange, lync)] };
  }
  const client = exchange.certificates.find((cert) => cert.role === 'client-access');
  const edge = lync.certificates.find((cert) =>
    ['edge-external', 'access-edge'].includes(cert.role),
  );
  if (!client || !edge) {
    return { ...base, decisions: [], findings: [nothingToShare(lync)] };
  }
  const shared = sharedCertificate(plan, exchange, lync, client, edge);
  return {
    ...base,
    shared,
    decisions: decisions(exchange, lync, shared),
    findings: [...findings(plan, exchange, lync, shared), ...dns.findings],
  };
}

function unsupportedPair(exchange: ExchangeSide, lync: LyncSide): Finding {
  const supported = SHARED_PAIRS[lync.product.id];
  return {
    id: 'combined-pair-unsupported',
    severity: 'warning',
    path: PATH,
    message: `This guide plans one certificate for ${lync.product.label} only with ${supported.exchange.map((id) => id.replace('exchange-', 'Exchange ')).join(', ')}; ${exchange.product.label} keeps its own certificates.`,
    fix: 'Turn sharing off, or plan the pair this guide covers. Each product gets its own public certificate meanwhile.',
    source: supported.source,
  };
}

function nothingToShare(lync: LyncSide): Finding {
  return {
    id: 'combined-nothing-to-share',
    severity: 'info',
    path: PATH,
    message: `Without an Edge, ${lync.product.label} publishes nothing to the internet, so it has no public name to share with Exchange.`,
    fix: 'Add the Edge (and its reverse proxy) to the plan, or turn sharing off.',
    source: lync.sources.edge,
  };
}

/** A product's reason, saying which product it comes from. */
const fromProduct = (product: ProductInfo, reason: Reason): Reason => ({
  ...reason,
  text: `${product.label}: ${reason.text}`,
});

function sharedCertificate(
  plan: Plan,
  exchange: ExchangeSide,
  lync: LyncSide,
  client: PlannedCertificate,
  edge: PlannedCertificate,
): SharedCertificate {
  const joined = {
    exchange: exchange.certificates.filter((cert) => SHAREABLE_ROLES.exchange.includes(cert.role)),
    lync: lync.certificates.filter((cert) => SHAREABLE_ROLES.lync.includes(cert.role)),
  };
  // The Edge asks for its Access name as the subject (OCS-EDGECERT, L10-EXT); it leads the list.
  const order = [edge, client, ...joined.lync.filter((cert) => cert !== edge)];
  const names = new Map<string, Reason[]>();
  const namesBy: Record<Family, string[]> = { exchange: [], lync: [] };
  for (const cert of order) {
    const family: Family = cert === client ? 'exchange' : 'lync';
    const product = family === 'exchange' ? exchange.product : lync.product;
    for (const san of cert.sans) {
      const reasons = names.get(san.name) ?? [];
      reasons.push(...san.reasons.map((reason) => fromProduct(product, reason)));
      names.set(san.name, reasons);
      if (!namesBy[family].includes(san.name)) namesBy[family].push(san.name);
    }
  }
  const sans: SubjectAltName[] = [...names].map(([name, reasons]) => ({ name, reasons }));
  const usages = {
    exchange: client.usages,
    lync: joined.lync.flatMap((cert) => cert.usages).filter((usage) => usage !== AV_TYPE),
  };
  const commonName = edge.commonName;
  const certificate: PlannedCertificate = {
    id: COMBINED_CERTIFICATE_ID,
    role: 'combined',
    purpose: `One public certificate for ${exchange.product.label} and ${lync.product.label}: Exchange client access, the reverse proxy and the Edge external interface`,
    subject: subjectName(plan.organization, commonName),
    commonName,
    sans,
    usages: [...usages.exchange, ...usages.lync],
    extendedKeyUsage: ['serverAuth'],
    authority: plan.certificate.authority,
    exportable: true,
    servers: [...client.servers, ...lync.edges],
    keySize: plan.certificate.keySize,
    wildcard: false,
    replace: true,
    notes: [
      {
        rule: 'combined.request-once',
        text: `Requested once, on ${exchange.requestServer}, with an exportable key; the PFX goes to ${[...client.servers.filter((name) => name !== exchange.requestServer), ...lync.edges, 'the reverse proxy'].join(', ')}. Renewing it means renewing it everywhere on the same day.`,
        source: 'L13-RPREQ',
      },
      {
        rule: 'combined.subject',
        text: `The subject is the Access Edge name ${commonName}: the Edge expects it there, and some federation partners read only the subject. Exchange and the reverse proxy match the names in the list.`,
        source: lync.sources.edge,
      },
    ],
  };
  return {
    certificate,
    usages,
    replaces: {
      exchange: joined.exchange.map((cert) => cert.id),
      lync: joined.lync.map((cert) => cert.id),
    },
    adds: { exchange: [], lync: avAuthentication(lync, edge) },
    namesBy,
    proxied: joined.lync
      .filter((cert) => cert.role === 'reverse-proxy')
      .flatMap((cert) => cert.sans.map((san) => san.name)),
    requestOn: exchange.requestServer,
    edges: lync.edges,
  };
}

/**
 * Lync 2010 and later put A/V authentication on the Edge external certificate; once that
 * certificate is shared, A/V authentication keeps one of its own, requested on the Edge, so the
 * key that signs media credentials never leaves the Edge servers and can be staged on its own.
 */
function avAuthentication(lync: LyncSide, edge: PlannedCertificate): PlannedCertificate[] {
  if (!edge.usages.includes(AV_TYPE)) return [];
  const [access] = edge.sans;
  return [
    {
      ...edge,
      id: AV_AUTHENTICATION_ID,
      role: 'av-authentication',
      purpose: 'A/V authentication: the key that signs media relay credentials, kept on the Edge',
      sans: access ? [access] : [],
      usages: [AV_TYPE],
      notes: [
        {
          rule: 'combined.av-own-certificate',
          text: `The Edge external certificate is shared with Exchange, so A/V authentication gets a certificate of its own (Set-CsCertificate assigns each type separately). The A/V authentication service listens on 5062 of the Edge internal interface, never on 443; its names are not checked.`,
          source: lync.sources.edge,
        },
        ...edge.notes.filter((note) => note.rule === 'lync.edge.same-certificate'),
      ],
    },
  ];
}

/** Why each certificate of either product joins the shared one or stays apart. */
const SEPARATE: Readonly<Record<string, (lync: LyncSide) => Omit<Reason, 'rule'>>> = {
  'edge-internal': (lync) => ({
    text: 'The Edge internal interface carries the internal Edge name, from your enterprise CA: public CAs refuse internal names, and Front Ends must find this name, not a public one.',
    source: lync.sources.edge,
  }),
  'av-authentication': (lync) => ({
    text:
      lync.tooling === 'wizard'
        ? 'OCS requires a certificate of its own for A/V authentication, never one used by an Edge service. The A/V authentication service listens on 5062 of the Edge internal interface, never on 443.'
        : 'A/V authentication keeps a certificate of its own on the Edge: its key signs media relay credentials and must be identical on every Edge. The service listens on 5062 of the internal interface, never on 443.',
    source: lync.tooling === 'wizard' ? 'OCS-EDGECERT' : 'SFB-EDGE-ENV',
  }),
  'web-conferencing-edge': () => ({
    text: 'With its own address on 443, the Web Conferencing Edge keeps its own certificate: the Edge needs the name on the certificate to match the address it serves. Sharing it takes one name and one address for Access and Web Conferencing, with Web Conferencing moved to 444.',
    source: 'C-BUSBAR',
  }),
  oauth: () => ({
    text: 'Server-to-server authentication (OAuthTokenIssuer) is global to the Lync/Skype for Business deployment and carries the SIP domain; it stays apart.',
    source: 'SFB-S2S',
  }),
  auth: () => ({
    text: 'The Exchange Auth certificate is self-signed and used for OAuth with Lync/Skype for Business; it is never replaced by a public certificate.',
    source: 'EX-Certs',
  }),
  'unified-messaging': () => ({
    text: 'Unified Messaging presents the server FQDN in its subject to Lync/Skype for Business, which does not read SAN entries here; each UM server keeps its own certificate.',
    source: 'EX13-UM',
  }),
  'edge-transport': () => ({
    text: 'The Edge Transport server secures internet mail under the name its Receive connector announces, on its own server; it keeps its own certificate.',
    source: 'EX-RC',
  }),
};

const internalServers = (lync: LyncSide): Omit<Reason, 'rule'> => ({
  text: 'Pools, Front Ends and Directors carry internal names and come from your enterprise CA; the reverse proxy reaches them on 4443 and trusts that CA.',
  source: lync.sources.internal,
});

function decisions(exchange: ExchangeSide, lync: LyncSide, shared: SharedCertificate): Decision[] {
  const joins = (family: Family, cert: PlannedCertificate): Reason => {
    if (family === 'exchange')
      return {
        rule: 'combined.share.exchange',
        text: "Exchange's client access names are public names reached over HTTPS; any certificate whose names cover them will do.",
        source: 'EX-Certs',
      };
    if (cert.role === 'reverse-proxy')
      return {
        rule: 'combined.share.reverse-proxy',
        text: 'The reverse proxy publishes the external web services and simple URLs; when it publishes Exchange too, one listener certificate carries both products’ names. Microsoft suggests planning the reverse proxy and Edge names together for one public certificate.',
        source: lync.tooling === 'wizard' ? 'C-BUSBAR' : 'L13-RPREQ',
      };
    return {
      rule: 'combined.share.edge-external',
      text: lync.sharedEdgeName
        ? `Access and Web Conferencing share ${cert.commonName} and one address (Web Conferencing on 444), so one certificate serves both; extra names do not disturb the Edge as long as the subject is the Access Edge name.`
        : `The Edge external interface takes a certificate with more names than it needs, as long as the subject is the Access Edge name ${cert.commonName}.`,
      source: lync.tooling === 'wizard' ? 'C-BUSBAR' : lync.sources.edge,
    };
  };
  const list: Decision[] = [];
  const visit = (family: Family, certs: PlannedCertificate[]) => {
    for (const cert of certs) {
      const joined = shared.replaces[family].includes(cert.id);
      const separate = SEPARATE[cert.role]?.(lync) ?? internalServers(lync);
      list.push({
        family,
        certificateId: cert.id,
        purpose: cert.purpose,
        names: cert.sans.map((san) => san.name),
        shared: joined,
        reason: joined
          ? joins(family, cert)
          : { rule: `combined.separate.${cert.role}`, ...separate },
      });
    }
  };
  visit('exchange', exchange.certificates);
  visit('lync', [...lync.certificates, ...shared.adds.lync]);
  return list;
}

function findings(
  plan: Plan,
  exchange: ExchangeSide,
  lync: LyncSide,
  shared: SharedCertificate,
): Finding[] {
  const list: Finding[] = [];
  const access = shared.certificate.commonName;
  if (plan.exchange.certificate.wildcard) {
    list.push({
      id: 'combined-wildcard-refused',
      severity: 'warning',
      path: 'exchange.certificate.wildcard',
      message:
        lync.tooling === 'wizard'
          ? `${lync.product.label} does not support wildcard certificates at all, so the shared certificate lists every name instead of your wildcard.`
          : `${lync.product.label} refuses a wildcard on the Edge external interface and as any subject, so the shared certificate lists every name instead of your wildcard.`,
      fix: 'Keep the listed names, or turn sharing off to give Exchange its wildcard certificate.',
      source: lync.sources.wildcards,
    });
  }
  if (plan.lync.reverseProxy.product === 'isa-2006') {
    list.push({
      id: 'combined-isa-2006',
      severity: 'error',
      path: 'lync.reverseProxy.product',
      message: `ISA Server 2006 before SP1 matches only the subject or the first name of a certificate, and the shared certificate has ${shared.certificate.sans.length} names for Exchange and ${lync.product.label}.`,
      fix: 'Install ISA Server 2006 SP1, or publish with Forefront TMG, before putting the shared certificate on the listener.',
      source: 'ISA-BLOG',
    });
  }
  if (exchange.principalName) {
    list.push({
      id: 'combined-principal-name',
      severity: 'info',
      path: PATH,
      message: `The shared certificate's subject is the Access Edge name ${access}, not ${plan.exchange.namespace}; Outlook of the ${exchange.product.label} era checks the Outlook Anywhere certificate against a principal name.`,
      fix: `The Exchange runbook sets it: Set-OutlookProvider EXPR -CertPrincipalName msstd:${access}.`,
      source: 'E07-CPN',
    });
  }
  if (plan.certificate.authority !== 'public') {
    list.push({
      id: 'combined-public-ca',
      severity: 'warning',
      path: 'certificate.authority',
      message:
        'The shared certificate is presented to the internet by the Edge and the reverse proxy: federation partners, public IM and devices outside the domain only trust a public CA.',
      fix: 'Order the shared certificate from a public CA.',
      source: lync.sources.edge,
    });
  }
  list.push({
    id: 'combined-exportable-key',
    severity: 'info',
    path: PATH,
    message: `The shared certificate travels with its private key from ${shared.requestOn} to ${[...shared.edges, 'the reverse proxy'].join(', ')}: the key must be exportable and made by a legacy CryptoAPI provider.`,
    fix: `Make the request with New-ExchangeCertificate -PrivateKeyExportable $true on ${shared.requestOn}, as the runbook does, not in IIS Manager or the Certificates console, which may make a CNG key that Exchange 2010 and Skype for Business 2015 refuse.`,
    source: 'SFB-CNG',
  });
  if (lync.tooling === 'wizard') {
    list.push(
      lync.sharedEdgeName
        ? {
            id: 'combined-ocs-port-444',
            severity: 'warning',
            path: 'lync.edge.layout',
            message: `Access and Web Conferencing share ${access} and one address, so Web Conferencing answers on TCP 444; remote firewalls that allow only 443 block meeting content.`,
            fix: 'Open TCP 444 inbound to the Edge address on your external firewall, or use separate addresses so Web Conferencing keeps 443 with a certificate of its own.',
            source: 'C-BUSBAR',
          }
        : {
            id: 'combined-ocs-web-conferencing-separate',
            severity: 'info',
            path: 'lync.edge.layout',
            message:
              'Web Conferencing has its own address on 443, so it keeps a certificate of its own; the shared certificate covers the Access Edge, the reverse proxy and Exchange.',
            fix: 'To fold it in as well, give Access and Web Conferencing one name and address (single-ip): Web Conferencing then moves to 444.',
            source: 'C-BUSBAR',
          },
    );
  }
  return list;
}
