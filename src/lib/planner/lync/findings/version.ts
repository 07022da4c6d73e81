/**
 * Findings that depend on the version: end of support, features the version lacks or removed,
 * key storage, the reverse proxy product, and the decisions this runbook took where Microsoft's
 * pages disagree (shown where they matter). Sources: Microsoft Lifecycle, SFB19-DEPR, SFB-CNG,
 * L13-RPREQ, ISA-BLOG, C-ISASP1, L13-FEDXMPP, SFB-EDGE-TOPO, RFC 5280.
 */
import * as common from '../../common/findings.ts';
import type { Finding, PlannedCertificate } from '../../derived.ts';
import type { LyncBasis } from '../basis.ts';
import { REVERSE_PROXY_ID } from '../certificates/reverse-proxy.ts';
import type { Rule } from './topology.ts';

const PROXY_LABELS = {
  'iis-arr': 'IIS Application Request Routing',
  'tmg-2010': 'Forefront TMG 2010',
  'isa-2006-sp1': 'ISA Server 2006 SP1',
  'isa-2006': 'ISA Server 2006 (without SP1)',
  other: 'another reverse proxy',
} as const;

/** Planning work on a version Microsoft no longer patches deserves a warning (Microsoft Lifecycle). */
export const supportLifecycle: Rule = ({ plan, product }) => {
  const end = product.supportEnds;
  if (!end || plan.certificate.issueDate < end.date) return [];
  return [
    {
      id: 'version-out-of-support',
      severity: 'warning',
      path: 'lync.product',
      message: `${product.label} left Microsoft's extended support on ${end.date}: it gets no security updates, and its Edge faces the internet.`,
      fix: 'Plan the move to Skype for Business Server Subscription Edition; this runbook still applies until then.',
      source: end.source,
    },
  ];
};

export const xmpp: Rule = ({ plan, profile, product }) => {
  if (!plan.lync.xmpp) return [];
  if (profile.xmpp === 'integrated') {
    return [
      {
        id: 'xmpp-names',
        severity: 'info',
        path: 'lync.xmpp',
        message:
          'XMPP federation adds xmpp.<domain> and the bare SIP domain to the Edge external certificate. One Microsoft page adds *.<domain> instead; a wildcard is not supported on that certificate, so this runbook does not.',
        fix: 'Order the Edge external certificate with the names listed. Microsoft tested XMPP federation with Google Talk only; check with your partner.',
        source: 'L13-FEDXMPP',
      },
    ];
  }
  return [
    {
      id: 'xmpp-not-available',
      severity: 'warning',
      path: 'lync.xmpp',
      message:
        profile.xmpp === 'removed'
          ? `${product.label} has no XMPP gateway or proxy: Microsoft removed them in Skype for Business Server 2019.`
          : `${product.label} has no XMPP proxy in the Edge: XMPP federation needs the separate XMPP Gateway, which this runbook does not plan.`,
      fix:
        profile.xmpp === 'removed'
          ? 'Keep XMPP federation on a Skype for Business Server 2015 pool (coexistence), or turn XMPP off in the plan.'
          : 'Plan the XMPP Gateway separately, or turn XMPP off in the plan.',
      source: profile.xmpp === 'removed' ? 'SFB19-DEPR' : 'L13-EDGECHG',
    },
  ];
};

export const persistentChat: Rule = ({ profile, product }) =>
  profile.persistentChat === 'removed'
    ? [
        {
          id: 'persistent-chat-removed',
          severity: 'info',
          message: `${product.label} has no Persistent Chat and no XMPP gateway: Microsoft removed both with Skype for Business Server 2019.`,
          fix: 'If you use them today, keep a Skype for Business Server 2015 pool for them during coexistence, or move those users to Teams.',
          source: 'SFB19-DEPR',
        },
      ]
    : [];

export const cng: Rule = ({ profile, product }) =>
  profile.cngUnsupported
    ? [
        {
          id: 'cng-not-supported',
          severity: 'warning',
          message: `${product.label} does not support certificates whose keys are in a CNG key storage provider.`,
          fix: 'Request certificates with the Deployment Wizard, Request-CsCertificate or an INF file naming a CryptoAPI provider (as this runbook does); never from a certificate template that uses a key storage provider.',
          source: 'SFB-CNG',
        },
      ]
    : [];

export const mobilityUpdate: Rule = ({ plan, profile }) =>
  plan.lync.mobility && profile.mobility.available && profile.mobility.requires
    ? [
        {
          id: 'mobility-needs-update',
          severity: 'info',
          path: 'lync.mobility',
          message: `Mobile autodiscover (lyncdiscover) needs ${profile.mobility.requires}.`,
          fix: 'Install it on every Front End and Director before adding the lyncdiscover names.',
          source: profile.mobility.source,
        },
      ]
    : [];

/** The "valid from in the future" trap: a CA clock or time zone ahead of the servers (RFC 5280 notBefore). */
export const clockTrap: Rule = () => [
  {
    id: 'valid-from-in-the-future',
    severity: 'info',
    message:
      'A certificate is not valid before its "valid from" time. If the CA\'s clock or time zone is off, a new certificate can start hours in the future, and clients report a problem verifying the certificate from the server until then.',
    fix: 'Before assigning a new certificate, check its Valid from date; check the time zone and clock of the CA and the domain controllers if it is ahead.',
    source: 'RFC5280',
  },
];

export const singleAddress: Rule = ({ plan, profile }) =>
  plan.lync.edge.enabled && plan.lync.edge.layout === 'single-ip'
    ? [
        {
          id: 'edge-single-address',
          severity: 'info',
          path: 'lync.edge.layout',
          message:
            profile.edge.singleAddress.av === null
              ? `Access and Web Conferencing share one name and address: Web Conferencing moves to port ${profile.edge.singleAddress.webConferencing}; the A/V Edge keeps its own address.`
              : `One address for all three Edge services moves them to ports ${profile.edge.singleAddress.access} (Access), ${profile.edge.singleAddress.webConferencing} (Web Conferencing) and ${profile.edge.singleAddress.av} (A/V). Supported, not recommended: firewalls in front of remote users may block ${profile.edge.singleAddress.access} and ${profile.edge.singleAddress.webConferencing}.`,
          fix: 'Make sure remote users can reach those ports, or give each service its own address.',
          source: profile.edge.singleAddress.source,
        },
      ]
    : [];

export const noEdge: Rule = ({ plan }) =>
  plan.lync.edge.enabled
    ? []
    : [
        {
          id: 'no-edge',
          severity: 'info',
          path: 'lync.edge.enabled',
          message:
            'Without an Edge nobody outside can sign in, federate or join meetings, so this runbook leaves out the Edge and reverse proxy certificates, public DNS and firewall rules.',
          fix: 'Add the Edge to the plan when you publish Lync to the internet.',
          source: 'SFB-EDGE-ENV',
        },
      ];

export const enterpriseCaOutside: Rule = ({ plan, profile }) =>
  plan.lync.edge.enabled && plan.certificate.authority === 'enterprise'
    ? [
        {
          id: 'edge-certificate-not-public',
          severity: 'warning',
          path: 'certificate.authority',
          message:
            'The plan asks your enterprise CA for the Edge external and reverse proxy certificates: federated partners, public IM providers, phones and computers outside do not trust it.',
          fix: 'Order those two certificates from a public CA (internal servers keep your enterprise CA).',
          source: profile.sources.edgeCertificates,
        },
      ]
    : [];

type CertificateRule = (basis: LyncBasis, certificates: PlannedCertificate[]) => Finding[];

export const reverseProxy: CertificateRule = ({ plan, profile, product }, certificates) => {
  if (!plan.lync.edge.enabled) return [];
  const chosen = plan.lync.reverseProxy.product;
  const findings: Finding[] = [];
  if (chosen !== 'other' && !profile.reverseProxies.includes(chosen)) {
    findings.push({
      id: 'reverse-proxy-not-named',
      severity: 'warning',
      path: 'lync.reverseProxy.product',
      message: `Microsoft does not name ${PROXY_LABELS[chosen]} as a reverse proxy for ${product.label}; it names ${profile.reverseProxies
        .filter((name) => name !== 'other')
        .map((name) => PROXY_LABELS[name])
        .join(', ')}.`,
      fix: 'Use one of those, or a reverse proxy that meets the requirements (SAN certificates, host header, 443 and 80 bridged to the internal ports).',
      source: profile.sources.reverseProxyCertificate,
    });
  }
  const names = certificates.find((certificate) => certificate.id === REVERSE_PROXY_ID)?.sans ?? [];
  if (chosen === 'isa-2006' && names.length > 1) {
    findings.push({
      id: 'reverse-proxy-san-unsupported',
      severity: 'error',
      path: 'lync.reverseProxy.product',
      message: `ISA Server 2006 before SP1 matches only the subject or the first name of a certificate, and the reverse proxy certificate has ${names.length} names.`,
      fix: 'Install ISA Server 2006 SP1 (or use Forefront TMG), which handle certificates with several names.',
      source: 'ISA-BLOG',
    });
  }
  return findings;
};

export const commonCertificateRules: CertificateRule = ({ plan, profile }, certificates) => [
  ...common.internalNamesOnPublicCertificate(certificates),
  ...common.validity(plan, {
    renewalIncludes:
      profile.tooling === 'wizard'
        ? 'the Certificate Wizard on every server and the copy to each Front End and Edge server'
        : 'the PFX copy to every Edge server and the assignment on each server',
  }),
  ...common.keySize(plan),
];
