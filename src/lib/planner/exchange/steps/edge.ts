/**
 * Edge Transport certificate: requested, completed and enabled on the Edge servers themselves,
 * which are not domain members and run their own Exchange Management Shell (no -Server).
 * Sources: EX-Edge, EXH-Cert (same issuer and subject on every Edge), EX-RC, PS-RC, PS-Enable.
 */
import {
  assign,
  bool,
  cmd,
  evaluate,
  list,
  member,
  run,
  staticCall,
  str,
  variable,
  type Statement,
} from '../../powershell/ast.ts';
import type { PlannedCertificate, Step } from '../../derived.ts';
import { powershell } from './parts.ts';
import { EDGE_CERTIFICATE_ID } from '../certificates.ts';
import type { ExchangeContext } from './context.ts';
import { tlsCertificateName } from './mail.ts';
import {
  askPfxPassword,
  certificateFiles,
  certificateThumbprint,
  ensureFolder,
  findCertificate,
  importIssued,
  PFX_PASSWORD_VARIABLE,
  readBytes,
  requestCertificate,
} from './shared.ts';

/** The Edge folder is always local: an Edge server cannot reach the Mailbox servers' shares. */
const EDGE_FOLDER = 'C:\\Certs';

export function edgeSteps(context: ExchangeContext): Step[] {
  const certificate = context.certificates.find(
    (candidate) => candidate.id === EDGE_CERTIFICATE_ID,
  );
  const [first, ...others] = context.plan.exchange.edge.servers;
  if (!certificate || !first) return [];
  const files = certificateFiles(EDGE_FOLDER, certificate);
  const enableOn = (name: string): Statement[] => [
    findCertificate(certificate.commonName),
    run(
      cmd('Enable-ExchangeCertificate', {
        Thumbprint: certificateThumbprint(),
        Services: list(['SMTP']),
      }),
    ),
    run(
      cmd('Set-ReceiveConnector', {
        Identity: str(`${name}\\Default internal receive connector ${name}`),
        TlsCertificateName: tlsCertificateName(),
      }),
    ),
  ];
  const steps: Step[] = [
    {
      id: 'edge-request',
      title: `Request the Edge certificate on ${first.name}`,
      why: `Internet mail arrives at ${certificate.commonName}; the Edge needs a certificate carrying that name for STARTTLS.`,
      runOn: `${first.name} (Exchange Management Shell on the Edge server)`,
      parts: powershell('exchange-edge', [
        ensureFolder(EDGE_FOLDER),
        ...requestCertificate(context.profile, context.plan, certificate, files.request),
      ]),
      notes: [
        `Send ${files.request} to the same CA as the client access request and save its answer as ${files.issued}.`,
      ],
      sources: ['EX-CSR', 'EX-Edge'],
    },
    {
      id: 'edge-enable',
      title: `Complete and enable the Edge certificate on ${first.name}`,
      why: 'The Receive connector selects the certificate by issuer and subject, so internet senders get the public certificate.',
      runOn: `${first.name} (Exchange Management Shell on the Edge server)`,
      parts: powershell('exchange-edge', [
        importIssued(context.profile, files.issued),
        ...enableOn(first.name),
        ...exportForOtherEdges(certificate, files.pfx, others.length),
      ]),
      notes: [
        'When asked "Overwrite the existing default SMTP certificate?", answer No (N): EdgeSync keeps using the Edge server\'s self-signed certificate.',
        ...(others.length > 0
          ? [
              `Copy ${files.pfx} to ${others.map((server) => server.name).join(', ')} for the next step.`,
            ]
          : []),
      ],
      sources: ['EX-Edge', 'PS-Enable', 'PS-RC', 'EX-RC'],
    },
  ];
  if (others.length > 0) {
    steps.push({
      id: 'edge-copy',
      title: `Install the same certificate on ${others.map((server) => server.name).join(', ')}`,
      why: 'Every Edge server should present the same certificate (same issuer and subject), as hybrid mail flow requires.',
      runOn: `${others.map((server) => server.name).join(', ')}, each in its own Exchange Management Shell`,
      parts: powershell(
        'exchange-edge',
        others.flatMap((server) => [
          askPfxPassword(),
          run(
            cmd('Import-ExchangeCertificate', {
              FileData: readBytes(files.pfx),
              Password: variable(PFX_PASSWORD_VARIABLE),
              PrivateKeyExportable: bool(true),
            }),
          ),
          ...enableOn(server.name),
        ]),
      ),
      notes: [
        "Run each server's block on that server, with the PFX file copied to the same folder.",
        'Answer No to overwriting the default SMTP certificate here too.',
      ],
      sources: ['EXH-Cert', 'PS-Import'],
    });
  }
  return steps;
}

function exportForOtherEdges(
  certificate: PlannedCertificate,
  pfx: string,
  count: number,
): Statement[] {
  if (count === 0) return [];
  return [
    findCertificate(certificate.commonName),
    askPfxPassword(),
    assign(
      'pfx',
      cmd('Export-ExchangeCertificate', {
        Thumbprint: certificateThumbprint(),
        BinaryEncoded: true,
        Password: variable(PFX_PASSWORD_VARIABLE),
      }),
    ),
    evaluate(
      staticCall('System.IO.File', 'WriteAllBytes', str(pfx), member(variable('pfx'), 'FileData')),
    ),
  ];
}
