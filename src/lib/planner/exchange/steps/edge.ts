/**
 * Edge Transport: the certificate is requested, completed and enabled on the Edge servers
 * themselves, which are not domain members and run their own Exchange Management Shell (no
 * -Server); the Edge's Receive connector announces the MX name; the EdgeSync Send connector to the
 * internet announces the same name, which is the PTR name of the Edge's address.
 * Sources: EX-Edge, EXH-Cert (same issuer and subject on every Edge), EX-RC, PS-RC, PS-SC,
 * PS-Enable, PS-EdgeSync, EX-SenderRep, STARTTLS.
 */
import { cmd, evaluate, run, str, type Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { EDGE_CERTIFICATE_ID } from '../certificates.ts';
import type { ExchangeContext } from './context.ts';
import { tlsCertificateName } from './mail.ts';
import { powershell } from './parts.ts';
import {
  askPfxPassword,
  certificateFiles,
  certificateThumbprint,
  enableCertificate,
  ensureFolder,
  exportPfx,
  importIssued,
  importPfx,
  requestCertificate,
  SMTP_PROMPT_EDGE,
  THUMBPRINT_VARIABLE,
} from './shared.ts';

/** The Edge folder is always local: an Edge server cannot reach the Mailbox servers' shares. */
const EDGE_FOLDER = 'C:\\Certs';

export function edgeSteps(context: ExchangeContext): Step[] {
  const { plan, profile } = context;
  const certificate = context.certificates.find(
    (candidate) => candidate.id === EDGE_CERTIFICATE_ID,
  );
  const [first, ...others] = plan.exchange.edge.servers;
  if (!certificate || !first) return [];
  const files = certificateFiles(EDGE_FOLDER, certificate);
  const fqdn = certificate.commonName;
  const edgeShell = profile.shell === 'exchange-2007' ? 'exchange-2007' : 'exchange-edge';
  const connector = (name: string): Statement =>
    run(
      cmd('Set-ReceiveConnector', {
        Identity: str(`${name}\\Default internal receive connector ${name}`),
        Fqdn: str(fqdn),
        TlsCertificateName: profile.transport.tlsCertificateName ? tlsCertificateName() : undefined,
      }),
    );
  const enableOn = (name: string): Statement[] => [
    enableCertificate(profile, ['SMTP'], certificateThumbprint()),
    connector(name),
  ];
  const exportForOthers: Statement[] =
    others.length > 0
      ? [
          evaluate(certificateThumbprint(), THUMBPRINT_VARIABLE),
          askPfxPassword(),
          ...exportPfx(profile, files.pfx),
        ]
      : [];
  const steps: Step[] = [
    {
      id: 'edge-request',
      title: `Request the Edge certificate on ${first.name}`,
      why: `Internet mail arrives at ${fqdn}; the Edge needs a certificate carrying that name for STARTTLS.`,
      runOn: `${first.name} (Exchange Management Shell on the Edge server)`,
      parts: powershell(edgeShell, [
        ensureFolder(EDGE_FOLDER),
        ...requestCertificate(profile, plan, certificate, files.request),
      ]),
      notes: [
        `-DomainName names ${fqdn} explicitly: without it the request would carry the Edge server's own names.`,
        `Send ${files.request} to a public CA and save its answer as ${files.issued}: internet senders must trust the issuer.`,
      ],
      sources: ['EX-CSR', 'EX-Edge', 'PS-New'],
    },
    {
      id: 'edge-enable',
      title: `Complete and enable the Edge certificate on ${first.name}`,
      why: profile.transport.tlsCertificateName
        ? 'The Receive connector announces the MX name and selects the certificate by issuer and subject, so internet senders get the public certificate.'
        : 'The Receive connector announces the MX name; Exchange presents the certificate whose name matches it.',
      runOn: `${first.name} (Exchange Management Shell on the Edge server)`,
      parts: powershell(edgeShell, [
        ...importIssued(profile, files.issued),
        ...enableOn(first.name),
        ...exportForOthers,
      ]),
      notes: [
        SMTP_PROMPT_EDGE,
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
      parts: others.flatMap((server) => [
        {
          kind: 'instructions' as const,
          items: [`In the Exchange Management Shell on ${server.name}:`],
        },
        ...powershell(edgeShell, [
          askPfxPassword(),
          importPfx(profile, files.pfx),
          ...enableOn(server.name),
        ]),
      ]),
      notes: [
        "Run each server's block on that server, with the PFX file copied to the same folder.",
        'Answer No to overwriting the default SMTP certificate here too.',
      ],
      sources: ['EXH-Cert', 'PS-Import'],
    });
  }
  steps.push(edgeSyncStep(context, fqdn));
  return steps;
}

/**
 * The Edge subscription's Send connector to the internet lives in the organisation and is copied to
 * the Edge by EdgeSync: its FQDN is set there and pushed at once.
 */
function edgeSyncStep({ plan, profile }: ExchangeContext, fqdn: string): Step {
  const site = plan.exchange.sites[0]?.name ?? 'Default-First-Site-Name';
  const connectorName = `EdgeSync - ${site} to Internet`;
  return {
    id: 'edge-sync',
    title: `Announce ${fqdn} on the EdgeSync Send connector`,
    why: `Mail to the internet leaves from the Edge through the connector the Edge subscription created; receivers compare the name it announces with the reverse DNS of ${plan.exchange.edge.publicIp ?? 'the Edge address'}.`,
    runOn: 'a Mailbox (or Hub Transport) server in the subscribed site, not the Edge',
    parts: powershell(profile.shell, [
      run(cmd('Set-SendConnector', { Identity: str(connectorName), Fqdn: str(fqdn) })),
      run(cmd('Start-EdgeSynchronization')),
    ]),
    notes: [
      `The subscription names its connector after the Active Directory site it was created for (${site} here); if yours was made for another site, use that connector's name (Get-SendConnector lists it).`,
      'EdgeSync keeps using the self-signed certificate the subscription was made with; it is not renewed or replaced here. Without an Edge subscription, set the FQDN on the Send connector of the Edge itself.',
    ],
    sources: ['PS-SC', 'PS-EdgeSync', 'EX-Edge', 'EX-SenderRep'],
  };
}
