/**
 * Runbook steps for the Edge certificates with the Management Shell (Lync 2010 and later): trust
 * the enterprise CA, request the internal and external certificates offline on the first Edge
 * server, have them issued, import and assign them, then copy both, keys included, to every other
 * Edge server of the pool. Sources: SFB-EDGE-DEPLOY, PS-REQ (Edge examples), PS-IMP, PS-SET.
 */
import { validityLimit } from '../../cabf.ts';
import type { PlannedCertificate, Step } from '../../derived.ts';
import { AV_AUTHENTICATION_ID, EDGE_EXTERNAL_ID, EDGE_INTERNAL_ID } from '../certificates/edge.ts';
import type { LyncServer } from '../topology.ts';
import {
  certificate,
  instructions,
  powershell,
  stagesRenewal,
  type LyncContext,
  ensureFolder,
} from './context.ts';
import { certificateFiles, friendlyName } from './files.ts';
import {
  askPfxPassword,
  askThumbprint,
  assignCertificate,
  importCertificate,
  requestCertificate,
  showCertificates,
  submitToEnterpriseCa,
} from './shell.ts';

interface EdgeCertificates {
  first: LyncServer;
  internal: PlannedCertificate;
  external: PlannedCertificate;
}

/**
 * The Edge's own certificates. When the external one is shared with Exchange (combined/), the
 * Edge still requests one external certificate: A/V authentication's own.
 */
function edgeCertificates(context: LyncContext): EdgeCertificates | undefined {
  const first = context.edges[0];
  const internal = certificate(context, EDGE_INTERNAL_ID);
  const external =
    certificate(context, EDGE_EXTERNAL_ID) ?? certificate(context, AV_AUTHENTICATION_ID);
  return first && internal && external ? { first, internal, external } : undefined;
}

const LABELS = { internal: 'Edge internal', external: 'Edge external' } as const;

/** What the runbook calls a certificate in prompts and friendly names. */
const labelOf = (cert: PlannedCertificate, label: keyof typeof LABELS) =>
  cert.id === AV_AUTHENTICATION_ID ? 'A/V authentication' : LABELS[label];

/** Files of an Edge certificate; A/V authentication's would share the Access Edge name. */
const filesOf = (context: LyncContext, cert: PlannedCertificate) =>
  certificateFiles(context.plan, cert, cert.id === AV_AUTHENTICATION_ID ? 'av' : undefined);

export function edgeRequestSteps(context: LyncContext): Step[] {
  const edge = edgeCertificates(context);
  if (!edge) return [];
  const { plan, profile } = context;
  const { first, internal, external } = edge;
  const request = (cert: PlannedCertificate, label: keyof typeof LABELS) =>
    requestCertificate(context, cert, {
      types: cert.usages,
      friendlyName: friendlyName(plan, labelOf(cert, label)),
      output: filesOf(context, cert).request,
      exportable: cert.exportable,
    });
  return [
    {
      id: 'edge-trust-ca',
      title: 'Trust your enterprise CA on every Edge server',
      why: 'The Edge is not a domain member, so it does not trust your enterprise CA by itself, and it must to talk to the Front Ends over MTLS.',
      runOn: context.edges.map((server) => server.name).join(', '),
      parts: [
        instructions(
          'On a domain member, export your CA certificate chain (Certificates snap-in, Trusted Root Certification Authorities, your root CA: All Tasks, Export, PKCS #7 (.p7b) with all certificates in the path).',
          `On ${context.edges.map((server) => server.name).join(', ')}: import the .p7b into the computer's Trusted Root Certification Authorities store.`,
        ),
      ],
      notes: [],
      sources: ['SFB-EDGE-DEPLOY'],
    },
    {
      id: 'edge-request',
      title: `Create the Edge certificate requests on ${first.name}`,
      why: 'The Edge internal and external certificates are requested on the Edge itself, offline: its private keys are made there and marked exportable so every Edge server of the pool can share them.',
      runOn: first.name,
      parts: powershell('lync', [
        ensureFolder(plan.lync.certificateFolder),
        request(internal, 'internal'),
        request(external, 'external'),
      ]),
      notes: [
        'The Edge is not a domain member and usually cannot reach your CA, so both requests are written to files (-Output).',
        "Request-CsCertificate's reference names the -Output file .cer in one example and .pfx in another; the file is a request, so the runbook calls it .req.",
        `Internal: subject ${internal.commonName}, no other name.`,
        `${labelOf(external, 'external')}: subject ${external.commonName}, names ${external.sans.map((san) => san.name).join(', ')}.`,
      ],
      sources: [profile.sources.cmdlets, 'SFB-EDGE-DEPLOY'],
    },
    submitStep(context, edge),
  ];
}

function submitStep(context: LyncContext, edge: EdgeCertificates): Step {
  const { plan } = context;
  const internal = filesOf(context, edge.internal);
  const external = filesOf(context, edge.external);
  const limit = validityLimit(plan.certificate.issueDate);
  return {
    id: 'edge-submit',
    title: 'Have the Edge certificates issued',
    why: 'The internal certificate comes from your enterprise CA; the external one from a public CA that federation partners and clients on the internet trust.',
    runOn: "a domain member that can reach the enterprise CA, and your public CA's web site",
    parts: [
      instructions(
        `Copy ${internal.request} and ${external.request} from ${edge.first.name} to this computer's ${plan.lync.certificateFolder}.`,
      ),
      ...powershell('windows', [submitToEnterpriseCa(context, internal.request, internal.issued)]),
      instructions(
        `Order the external certificate from your public CA with ${external.request} (paste its text, BEGIN and END lines included), for exactly these names: ${edge.external.sans.map((san) => san.name).join(', ')}.`,
        `Lifetime: ${plan.certificate.validityDays} days; public certificates issued from ${limit.from} may last at most ${limit.maxDays} days.`,
        `Save the answers as ${internal.issued} and ${external.issued} and copy them back to ${edge.first.name}.`,
      ),
    ],
    notes: [
      'Certificates issued for the Edge external interface need the server authentication purpose only; no client authentication is needed unless you connect to AOL public IM.',
    ],
    sources: ['CertReq', 'SFB-EDGE-ENV', 'BR'],
  };
}

export function edgeInstallSteps(context: LyncContext): Step[] {
  const edge = edgeCertificates(context);
  if (!edge) return [];
  const { plan } = context;
  const { first, internal, external } = edge;
  // A renewal rolls the external certificate in with the staging step (A/V authentication).
  const staged = stagesRenewal(context);
  const install = (
    cert: PlannedCertificate,
    label: keyof typeof LABELS,
    path: string,
    pfx: boolean,
  ) => [
    importCertificate(path, { exportable: cert.exportable, pfx }),
    ...(staged && cert === external
      ? []
      : [askThumbprint(labelOf(cert, label)), assignCertificate(cert.usages)]),
  ];
  const steps: Step[] = [
    {
      id: 'edge-assign',
      title: `Import and assign the Edge certificates on ${first.name}`,
      why: context.shared
        ? "Importing the CA's answers completes the requests waiting on this Edge; assigning them puts the internal interface and A/V authentication on them (Access and Web Conferencing use the certificate shared with Exchange)."
        : "Importing the CA's answers completes the requests waiting on this Edge; assigning them puts the internal interface, the Access and Web Conferencing Edge and A/V authentication on them.",
      runOn: first.name,
      parts: powershell('lync', [
        ...install(internal, 'internal', filesOf(context, internal).issued, false),
        ...install(external, 'external', filesOf(context, external).issued, false),
        showCertificates(),
      ]),
      notes: [
        ...(staged
          ? [
              'Renewal: the external certificate is only imported here; the staging step assigns it on every Edge server, A/V authentication with -Roll.',
            ]
          : []),
        'Import-CsCertificate prints each certificate it imports; paste the thumbprint of each when asked.',
        'Check that Valid from has passed before assigning, and restart the Edge services in a quiet hour if they were running.',
      ],
      sources: ['PS-IMP', 'PS-SET', 'PS-GET'],
    },
  ];
  for (const server of context.edges.slice(1)) {
    steps.push({
      id: `edge-copy-${server.name.toLowerCase()}`,
      title: `Copy the Edge certificates to ${server.name}`,
      why: 'Every Edge server of a pool presents the same certificates with the same private keys; A/V authentication fails between servers with different keys.',
      runOn: `${first.name}, then ${server.name}`,
      parts: [
        {
          kind: 'wizard',
          tool: `Certificates snap-in (computer account) on ${first.name}`,
          actions: [
            { action: 'open', target: 'Personal, Certificates' },
            {
              action: 'choose',
              target:
                'the Edge internal certificate, then the Edge external one: All Tasks, Export',
            },
            { action: 'choose', target: 'Yes, export the private key' },
            {
              action: 'check',
              target: 'Include all certificates in the certification path if possible',
            },
            { action: 'enter', target: 'File name', value: filesOf(context, internal).pfx },
            {
              action: 'enter',
              target: 'File name (second export)',
              value: filesOf(context, external).pfx,
            },
          ],
        },
        instructions(
          `Copy both .pfx files to ${server.name}'s ${plan.lync.certificateFolder}, then run on ${server.name}:`,
        ),
        ...powershell('lync', [
          askPfxPassword(),
          ...install(internal, 'internal', filesOf(context, internal).pfx, true),
          ...install(external, 'external', filesOf(context, external).pfx, true),
        ]),
      ],
      notes: [
        'The .pfx files hold the private keys: keep them and their password safe, and delete them once every Edge server has the certificates.',
      ],
      sources: ['SFB-EDGE-DEPLOY', 'PS-IMP', 'PS-SET'],
    });
  }
  return steps;
}
