/**
 * Edge certificates: the internal interface, the external services, and (OCS) the A/V
 * authentication certificate. Sources: OCS-EDGECERT, OCS-SAMPLE, OCS-AVAUTH, L10-EXT, L10-RA1CERT,
 * L13-EXT, L13-EDGE1, L13-EDGEPLAN, L13-FEDXMPP, SFB-EDGE-ENV.
 *
 * Documented conflicts, decided here (reference §11):
 * - §11.3, the A/V Edge FQDN: left off. A/V authentication uses neither subject nor SAN (L13-EXT,
 *   SFB-EDGE-ENV); only L13-EDGEPLAN asks for it.
 * - §11.4, XMPP: xmpp.<domain> (the _xmpp-server SRV target) and the bare SIP domain (the XMPP
 *   domain remote servers check, L13-FEDXMPP), never *.<domain>: no wildcard on the Edge
 *   external certificate (L13-WILD), and *.contoso.com would not match contoso.com anyway.
 * - §11.5, the A/V authentication certificate: the external one (L13-EXT, SFB-EDGE-ENV, PS-REQ's
 *   Edge example), not the internal one.
 */
import { NameList } from '../../common/name-list.ts';
import { subjectName } from '../../common/subject.ts';
import type { PlannedCertificate, Reason, SubjectAltName } from '../../derived.ts';
import type { LyncBasis } from '../basis.ts';
import { sipHost } from '../topology.ts';

export const EDGE_INTERNAL_ID = 'lync-edge-internal';
export const EDGE_EXTERNAL_ID = 'lync-edge-external';
export const ACCESS_EDGE_ID = 'lync-access-edge';
export const WEB_CONFERENCING_EDGE_ID = 'lync-web-conferencing-edge';
export const AV_AUTHENTICATION_ID = 'lync-av-authentication';

export const EDGE_EXTERNAL_TYPES = [
  'AccessEdgeExternal',
  'DataEdgeExternal',
  'AudioVideoAuthentication',
];

export function edgeCertificates(basis: LyncBasis): PlannedCertificate[] {
  if (!basis.plan.lync.edge.enabled) return [];
  const certificates = [internalCertificate(basis)];
  if (basis.profile.edge.external === 'combined') certificates.push(combinedExternal(basis));
  else certificates.push(...perServiceExternal(basis));
  if (basis.profile.edge.avAuthentication === 'own-certificate')
    certificates.push(avAuthentication(basis));
  return certificates;
}

type Base = Pick<
  PlannedCertificate,
  'extendedKeyUsage' | 'servers' | 'keySize' | 'wildcard' | 'replace'
>;

function base(basis: LyncBasis): Base {
  return {
    extendedKeyUsage: ['serverAuth'],
    servers: basis.edges.map((server) => server.name),
    keySize: basis.plan.certificate.keySize,
    wildcard: false,
    replace: true,
  };
}

/** Every Edge of a pool presents the same certificate, so its key travels in a PFX. */
function sameOnEveryEdge(basis: LyncBasis): Reason[] {
  if (basis.edges.length < 2) return [];
  return [
    {
      rule: 'lync.edge.same-certificate',
      text: `All ${basis.edges.length} Edge servers of the pool need this exact certificate with the same private key: request it once, export it with its key and import it on the others.`,
      source: basis.profile.sources.edgeCertificates,
    },
  ];
}

function internalCertificate(basis: LyncBasis): PlannedCertificate {
  const { plan, profile } = basis;
  const fqdn = plan.lync.edge.internalFqdn;
  const pool = basis.edges.length > 1;
  return {
    ...base(basis),
    id: EDGE_INTERNAL_ID,
    role: 'edge-internal',
    purpose:
      'Edge internal interface: SIP, web conferencing and media traffic with the internal servers',
    subject: subjectName(plan.organization, fqdn),
    commonName: fqdn,
    sans: [
      {
        name: fqdn,
        reasons: [
          {
            rule: 'lync.san.edge-internal',
            text: `The Edge ${pool ? 'pool' : 'server'}'s internal FQDN: Front Ends and Directors connect to it. It is the subject, repeated; the internal certificate needs no other name.`,
            source: profile.sources.edgeCertificates,
          },
        ],
      },
    ],
    usages: profile.tooling === 'wizard' ? ['Edge internal interface'] : ['Internal'],
    authority: 'enterprise',
    exportable: pool,
    notes: [
      {
        rule: 'lync.ca.edge-internal',
        text: 'Your enterprise CA is the usual issuer (a public one works too). The Edge is not a domain member: import your CA chain on it first.',
        source: profile.sources.edgeCertificates,
      },
      ...sameOnEveryEdge(basis),
    ],
  };
}

/** sip.<domain> for every SIP domain: the SRV targets and sign-in fallbacks outside. */
function addSipNames(names: NameList, basis: LyncBasis): void {
  for (const domain of basis.plan.lync.sipDomains) {
    names.add(sipHost(domain), {
      rule: 'lync.san.edge-sip-domain',
      text: `Remote sign-in and federation for ${domain}: its SRV records and the sip.${domain} fallback must lead to a name in ${domain} that is on this certificate (strict domain matching).`,
      source: basis.profile.sources.edgeCertificates,
    });
  }
}

function accessName(basis: LyncBasis): SubjectAltName {
  const { access } = basis.services;
  return {
    name: access.fqdn,
    reasons: [
      {
        rule: 'lync.san.access-edge',
        text: `The Access Edge external FQDN, also the subject (recommended for compatibility with OCS federation partners): remote clients and federated servers connect to it. Clients check the names in this list, so it is repeated here.`,
        source: basis.profile.sources.edgeCertificates,
      },
    ],
  };
}

function combinedExternal(basis: LyncBasis): PlannedCertificate {
  const { plan, profile, services } = basis;
  const names = new NameList();
  const access = accessName(basis);
  for (const reason of access.reasons) names.add(access.name, reason);
  if (!services.shared) {
    names.add(services.webConferencing.fqdn, {
      rule: 'lync.san.web-conferencing-edge',
      text: 'The Web Conferencing Edge external FQDN: external meeting participants fetch meeting content from it over PSOM/TLS.',
      source: profile.sources.edgeCertificates,
    });
  }
  addSipNames(names, basis);
  if (profile.xmpp === 'integrated' && plan.lync.xmpp) {
    for (const domain of plan.lync.sipDomains) {
      names.add(`xmpp.${domain}`, {
        rule: 'lync.san.xmpp',
        text: `XMPP federation for ${domain}: _xmpp-server._tcp.${domain} points to xmpp.${domain} on the Access Edge.`,
        source: 'L13-DNSFED',
      });
      names.add(domain, {
        rule: 'lync.san.xmpp-domain',
        text: `XMPP federation for ${domain}: remote XMPP servers check the XMPP domain itself. Microsoft's other example adds *.${domain} instead; a wildcard is not supported on this certificate and would not match ${domain}.`,
        source: 'L13-FEDXMPP',
      });
    }
  }
  return {
    ...base(basis),
    id: EDGE_EXTERNAL_ID,
    role: 'edge-external',
    purpose: 'Edge external interface: Access Edge, Web Conferencing Edge and A/V authentication',
    subject: subjectName(plan.organization, services.access.fqdn),
    commonName: services.access.fqdn,
    sans: names.toArray(),
    usages: EDGE_EXTERNAL_TYPES,
    authority: plan.certificate.authority,
    exportable: true,
    notes: [
      {
        rule: 'lync.edge.public-ca',
        text: 'Federation partners, public IM and clients on the internet must trust it: order it from a public CA. Keep the private key exportable.',
        source: profile.sources.edgeCertificates,
      },
      {
        rule: 'lync.edge.av-name',
        text: `No name for the A/V Edge (${services.av.fqdn}): the A/V authentication service uses neither the subject nor the names of this certificate. One planning page asks for it anyway; this runbook follows the certificate tables.`,
        source: 'L13-EXT',
      },
      {
        rule: 'lync.edge.av-authentication',
        text: 'A/V authentication (AudioVideoAuthentication) uses this external certificate, as the certificate tables and Request-CsCertificate assign it; one Microsoft summary and some books say the internal one, which this runbook does not follow.',
        source: 'SFB-EDGE-ENV',
      },
      {
        rule: 'lync.edge.client-eku',
        text: 'Server authentication is the only purpose it needs; client authentication was only ever needed for public IM with AOL. Public CAs stopped issuing certificates with both in 2025–2026; Microsoft has not said whether federation is affected.',
        source: 'C-EKU',
      },
      ...sameOnEveryEdge(basis),
    ],
  };
}

/** OCS 2007 R2: one certificate per external Edge service, each with its own name (OCS-EDGECERT). */
function perServiceExternal(basis: LyncBasis): PlannedCertificate[] {
  const { plan, profile, services } = basis;
  const names = new NameList();
  const access = accessName(basis);
  for (const reason of access.reasons) names.add(access.name, reason);
  addSipNames(names, basis);
  const accessCertificate: PlannedCertificate = {
    ...base(basis),
    id: ACCESS_EDGE_ID,
    role: 'access-edge',
    purpose: services.shared
      ? 'Access Edge and Web Conferencing Edge external interface (one name, ports 443 and 444)'
      : 'Access Edge external interface: remote sign-in, federation and public IM',
    subject: subjectName(plan.organization, services.access.fqdn),
    commonName: services.access.fqdn,
    sans: names.toArray(),
    usages: services.shared
      ? ['Access Edge external interface', 'Web Conferencing Edge external interface']
      : ['Access Edge external interface'],
    authority: plan.certificate.authority,
    exportable: true,
    notes: [
      {
        rule: 'lync.edge.public-ca',
        text: 'Federation, public IM and anonymous meeting participants need a public CA. For public IM with AOL the certificate also needs the client authentication purpose.',
        source: 'OCS-EDGECERT',
      },
      ...(services.shared
        ? [
            {
              rule: 'lync.ocs.shared-name',
              text: `Access and Web Conferencing share ${services.access.fqdn} and one address, so one certificate serves both; Web Conferencing moves to port 444 because clients always try the Access Edge on 443.`,
              source: profile.edge.singleAddress.source,
            },
          ]
        : []),
      ...sameOnEveryEdge(basis),
    ],
  };
  if (services.shared) return [accessCertificate];
  const webConferencing = services.webConferencing.fqdn;
  return [
    accessCertificate,
    {
      ...base(basis),
      id: WEB_CONFERENCING_EDGE_ID,
      role: 'web-conferencing-edge',
      purpose:
        'Web Conferencing Edge external interface: meeting content for external participants',
      subject: subjectName(plan.organization, webConferencing),
      commonName: webConferencing,
      sans: [
        {
          name: webConferencing,
          reasons: [
            {
              rule: 'lync.san.web-conferencing-edge',
              text: 'The Web Conferencing Edge external FQDN, also the subject: with its own address on 443 it needs a certificate of its own.',
              source: 'OCS-EDGECERT',
            },
          ],
        },
      ],
      usages: ['Web Conferencing Edge external interface'],
      authority: plan.certificate.authority,
      exportable: true,
      notes: sameOnEveryEdge(basis),
    },
  ];
}

/** OCS 2007 R2: the A/V authentication certificate, separate from every other (OCS-EDGECERT, OCS-AVAUTH). */
function avAuthentication(basis: LyncBasis): PlannedCertificate {
  const { plan } = basis;
  const fqdn = plan.lync.edge.internalFqdn;
  return {
    ...base(basis),
    id: AV_AUTHENTICATION_ID,
    role: 'av-authentication',
    purpose: 'A/V authentication: the key that signs media relay credentials',
    subject: subjectName(plan.organization, fqdn),
    commonName: fqdn,
    sans: [
      {
        name: fqdn,
        reasons: [
          {
            rule: 'lync.san.av-authentication',
            text: "The Edge's internal FQDN, as in Microsoft's sample: nothing connects to this name; the certificate's private key signs the credentials clients use at the A/V Edge.",
            source: 'OCS-SAMPLE',
          },
        ],
      },
    ],
    usages: ['A/V Authentication'],
    authority: 'enterprise',
    exportable: true,
    notes: [
      {
        rule: 'lync.ocs.av-separate',
        text: 'Not the certificate of the internal interface or of another Edge service: a certificate of its own, from your enterprise CA if you like, with an exportable key, identical on every Edge server of an array.',
        source: 'OCS-EDGECERT',
      },
    ],
  };
}
