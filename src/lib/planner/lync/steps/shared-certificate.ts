/**
 * When the plan shares one public certificate with Exchange (combined/): the Exchange runbook
 * requests it once and exports it; here it is imported on every Edge server and on the reverse
 * proxy and assigned, in place of the Edge external and reverse proxy certificates this product
 * would request itself. Sources: L13-RPREQ, PS-IMP, PS-SET, OCS-EDGECERT, C-BUSBAR.
 */
import type { Step, StepPart } from '../../derived.ts';
import { EDGE_EXTERNAL_TYPES } from '../certificates/edge.ts';
import { instructions, powershell, type LyncContext } from './context.ts';
import { certificateFiles } from './files.ts';
import {
  askPfxPassword,
  askThumbprint,
  assignCertificate,
  importCertificate,
  showCertificates,
} from './shell.ts';

export function sharedCertificateSteps(context: LyncContext): Step[] {
  const { shared } = context;
  if (!shared) return [];
  return [edgeImport(context), reverseProxyImport(context)].filter(
    (step): step is Step => step !== null,
  );
}

const PFX_NOTE =
  'The PFX comes from the Exchange runbook (request, completion and export on the Exchange server); it holds the private key, so delete it once imported.';

function edgeImport(context: LyncContext): Step | null {
  const shared = context.shared;
  if (!shared || context.edges.length === 0) return null;
  const pfx = certificateFiles(context.plan, shared.certificate).pfx;
  const names = context.edges.map((server) => server.name);
  const wizard = context.profile.tooling === 'wizard';
  const types = shared.usages.lync.filter((usage) => EDGE_EXTERNAL_TYPES.includes(usage));
  const parts: StepPart[] = wizard
    ? [
        instructions(`Copy ${pfx} to ${names.join(', ')}. On each:`),
        {
          kind: 'wizard',
          tool: 'Certificates snap-in (computer account)',
          actions: [
            { action: 'open', target: 'Personal, Certificates: All Tasks, Import' },
            { action: 'enter', target: 'File name', value: pfx },
            { action: 'enter', target: 'Password' },
            { action: 'check', target: 'Mark this key as exportable' },
            { action: 'choose', target: 'Place all certificates in the following store: Personal' },
          ],
        },
        instructions(
          'The Edge wizard then assigns it to the Access Edge interface (next steps); do not create a new Access Edge request.',
        ),
      ]
    : names.flatMap((name) => [
        instructions(`In the Management Shell on ${name}:`),
        ...powershell('lync', [
          askPfxPassword(),
          importCertificate(pfx, { exportable: true, pfx: true }),
          askThumbprint('shared'),
          assignCertificate(types),
          showCertificates(),
        ]),
      ]);
  return {
    id: 'shared-certificate-edge',
    title: `Import the shared certificate on ${names.join(', ')}`,
    why: wizard
      ? 'The Access Edge presents the certificate shared with Exchange; every Edge of an array presents the same one.'
      : `The Edge external interface presents the certificate shared with Exchange for ${types.join(', ')}; A/V authentication keeps a certificate of its own.`,
    runOn: names.join(', '),
    parts,
    notes: [PFX_NOTE],
    sources: wizard ? ['OCS-EDGECERT', 'C-BUSBAR'] : ['PS-IMP', 'PS-SET', 'L13-RPREQ'],
  };
}

function reverseProxyImport(context: LyncContext): Step | null {
  const { shared, plan, profile } = context;
  if (!shared) return null;
  const pfx = certificateFiles(plan, shared.certificate).pfx;
  const lyncWeb = context.pools.map((view) => `${view.pool.externalWeb} to ${view.pool.fqdn}`);
  const webNames = new Set(context.pools.map((view) => view.pool.externalWeb));
  const others = shared.proxied.filter((name) => !webNames.has(name));
  return {
    id: 'shared-certificate-reverse-proxy',
    title: 'Install the shared certificate and publish both products on the reverse proxy',
    why: 'One listener presents the shared certificate and forwards each name to the product that owns it.',
    runOn: 'the reverse proxy',
    parts: [
      instructions(
        `Import ${pfx} into the computer's Personal store (Certificates snap-in, All Tasks, Import), then bind it to the HTTPS listener on 443.`,
        `${context.product.label}: publish ${lyncWeb.join('; ')}, forwarded to port ${profile.reverseProxyPorts.https}${others.length > 0 ? `, and ${others.join(', ')} the same way` : ''}.`,
        `Exchange: publish ${shared.namesBy.exchange.join(', ')} to the Exchange servers on 443.`,
        "Import your enterprise CA certificate into the reverse proxy's Trusted Root Certification Authorities: the servers behind it present certificates from that CA.",
      ),
    ],
    notes: [PFX_NOTE],
    sources: [profile.sources.reverseProxyCertificate, 'L13-RPREQ'],
  };
}
