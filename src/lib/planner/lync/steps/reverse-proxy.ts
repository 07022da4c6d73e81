/**
 * The reverse proxy: its certificate through certreq (it is not a Lync server), then the listener
 * and publishing rules. Sources: L13-RPREQ, L13-RPCFG, L10-RPCERT, SFB-EDGE-SYS, OCS-SAMPLE,
 * ISA-BLOG, CertReq.
 */
import { validityLimit } from '../../cabf.ts';
import type { Step } from '../../derived.ts';
import { REVERSE_PROXY_ID } from '../certificates/reverse-proxy.ts';
import {
  certificate,
  instructions,
  powershell,
  type LyncContext,
  ensureFolder,
} from './context.ts';
import { certificateFiles } from './files.ts';
import { acceptCertificate, createRequest, infPart } from './inf.ts';

const PROXY_NAMES = {
  'iis-arr': 'IIS with Application Request Routing',
  'tmg-2010': 'Forefront TMG 2010',
  'isa-2006-sp1': 'ISA Server 2006 SP1',
  'isa-2006': 'ISA Server 2006',
  other: 'the reverse proxy',
} as const;

export function reverseProxyRequestSteps(context: LyncContext): Step[] {
  const cert = certificate(context, REVERSE_PROXY_ID);
  if (!cert) return [];
  const { plan } = context;
  const files = certificateFiles(plan, cert);
  const limit = validityLimit(plan.certificate.issueDate);
  const proxy = PROXY_NAMES[plan.lync.reverseProxy.product];
  const isa = plan.lync.reverseProxy.product.startsWith('isa');
  return [
    {
      id: 'reverse-proxy-request',
      title: 'Create the reverse proxy certificate request',
      why: `The reverse proxy (${proxy}) is not part of ${context.profile.tools.product}, so its request is a certreq INF file: the key is made in the computer's store, exportable, and the request lists every name once.`,
      runOn: isa
        ? 'the reverse proxy, or a Windows Server 2008 or later computer'
        : 'the reverse proxy',
      parts: [
        infPart(plan, cert, 'Reverse proxy'),
        ...powershell('windows', [
          ensureFolder(plan.lync.certificateFolder),
          createRequest(plan, cert),
        ]),
        instructions(
          `Save the INF file as ${files.inf} first.`,
          `Order the certificate from your public CA with ${files.request}, for exactly: ${cert.sans.map((san) => san.name).join(', ')}.`,
          `Lifetime: ${plan.certificate.validityDays} days; public certificates issued from ${limit.from} may last at most ${limit.maxDays} days. Save the answer as ${files.issued}.`,
        ),
      ],
      notes: [
        `The subject (${cert.commonName}) is repeated as the first name: clients read the names list, and ISA Server 2006 before SP1 matched only the subject or the first name.`,
        ...(isa
          ? [
              "Windows Server 2003's certreq ignores the [Extensions] section: make the request on a newer Windows, then move the certificate with its key (PFX) to the ISA server.",
            ]
          : []),
      ],
      sources: ['CertReq', 'KB931351', context.profile.sources.reverseProxyCertificate],
    },
  ];
}

export function reverseProxyInstallSteps(context: LyncContext): Step[] {
  const cert = certificate(context, REVERSE_PROXY_ID);
  if (!cert) return [];
  const { plan, profile } = context;
  const { https, http } = profile.reverseProxyPorts;
  const published = [
    ...context.pools.map((view) => ({ name: view.pool.externalWeb, pool: view.pool.fqdn })),
    ...(plan.lync.director.enabled && profile.directorExternalWeb
      ? [{ name: plan.lync.director.externalWeb, pool: plan.lync.director.fqdn }]
      : []),
  ];
  const webNames = new Set(published.map((entry) => entry.name));
  const others = cert.sans.map((san) => san.name).filter((name) => !webNames.has(name));
  return [
    {
      id: 'reverse-proxy-install',
      title: 'Install the certificate and publish the web services on the reverse proxy',
      why: 'The reverse proxy presents the public certificate to the internet and forwards each published name to the external web site of its pool.',
      runOn: 'the reverse proxy',
      parts: [
        ...powershell('windows', [acceptCertificate(plan, cert)]),
        instructions(
          `Bind the certificate (${cert.commonName}) to the HTTPS listener on 443.`,
          `Publish each external web services FQDN to its pool: ${published.map((entry) => `${entry.name} to ${entry.pool}`).join('; ')}. Forward 443 to ${https}${http === null ? '' : ` and 80 to ${http}`} on the pool, and pass the original host header.`,
          ...(others.length > 0
            ? [
                `Publish ${others.join(', ')} the same way, to ${plan.lync.director.enabled && profile.directorExternalWeb ? 'the Director' : 'the first pool'}.`,
              ]
            : []),
          "Import your enterprise CA certificate into the reverse proxy's Trusted Root Certification Authorities: the pools behind it present certificates from that CA.",
        ),
      ],
      notes: [
        'Clients authenticate through the reverse proxy: allow anonymous access on the proxy and pass authentication through to the servers.',
      ],
      sources: [
        profile.sources.reverseProxyCertificate,
        profile.tooling === 'wizard' ? 'OCS-SAMPLE' : 'SFB-EDGE-SYS',
        'CertReq',
      ],
    },
  ];
}
