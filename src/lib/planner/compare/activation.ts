/**
 * The command that puts a checked certificate to work, with its real thumbprint, for the servers
 * the plan gives it to: Enable-ExchangeCertificate for Exchange (PS-Enable; IIS restarted as in the
 * runbook's enable step), Set-CsCertificate for Lync and Skype for Business (run on each server,
 * which it configures). A product whose runbook does not use the shell gets no command (OCS 2007
 * R2 has no PowerShell), and neither does a certificate the runbook must leave alone.
 */
import { cmd, list, native, run, str, type Statement } from '../powershell/ast.ts';
import type { Derived, PlannedCertificate, Shell } from '../derived.ts';
import type { Family } from '../products.ts';
import type { CheckTarget, PowerShellPart } from './context.ts';

export interface Activation {
  /** Where to run it, in words (the shell is the part's). */
  runOn: string;
  part: PowerShellPart;
  notes: string[];
}

type Activator = (certificate: PlannedCertificate, thumbprint: string) => Activation | null;

const EDGE_ROLE = 'edge-transport';

/**
 * Set-CsCertificate -Type values (reference/lync.md, PS-REQ and PS-IMP): a certificate with any
 * other usage (a reverse proxy's, say) is not assigned with it, and gets no command.
 */
const CS_CERTIFICATE_TYPES: ReadonlySet<string> = new Set([
  'AccessEdgeExternal',
  'AudioVideoAuthentication',
  'DataEdgeExternal',
  'Default',
  'External',
  'Internal',
  'iPhoneAPNService',
  'iPadAPNService',
  'MPNService',
  'WebServicesExternal',
  'WebServicesInternal',
  'WsFedTokenTransfer',
  'OAuthTokenIssuer',
  'XMPPServer',
]);
/** The OAuth certificate is global: assigned once, on one Front End server, it replicates. */
const GLOBAL_TYPE = 'OAuthTokenIssuer';

const ACTIVATORS: Readonly<
  Record<Family, { shell: (c: PlannedCertificate) => Shell; build: Activator }>
> = {
  exchange: {
    shell: (certificate) => (certificate.role === EDGE_ROLE ? 'exchange-edge' : 'exchange'),
    build: exchangeActivation,
  },
  lync: { shell: () => 'lync', build: lyncActivation },
};

/** The activation command for `target`, or null when the product has none for it. */
export function activationFor(target: CheckTarget, thumbprint: string): Activation | null {
  const { derived, certificate } = target;
  const activator = ACTIVATORS[derived.product.family];
  if (!certificate.replace || certificate.servers.length === 0) return null;
  if (!usesShell(derived, activator.shell(certificate))) return null;
  return activator.build(certificate, thumbprint);
}

function usesShell(derived: Derived, shell: Shell): boolean {
  return derived.steps.some((step) =>
    step.parts.some((part) => part.kind === 'powershell' && part.shell === shell),
  );
}

function exchangeActivation(certificate: PlannedCertificate, thumbprint: string): Activation {
  const services = list(certificate.usages);
  if (certificate.role === EDGE_ROLE) {
    return {
      runOn: `each Edge Transport server (${certificate.servers.join(', ')})`,
      part: {
        kind: 'powershell',
        shell: 'exchange-edge',
        statements: [
          run(
            cmd('Enable-ExchangeCertificate', {
              Thumbprint: str(thumbprint),
              Services: services,
            }),
          ),
        ],
      },
      notes: [
        'Import the certificate on each Edge server first; it is enabled where it is installed.',
      ],
    };
  }
  const statements: Statement[] = certificate.servers.flatMap((server) => [
    run(
      cmd('Enable-ExchangeCertificate', {
        Server: str(server),
        Thumbprint: str(thumbprint),
        Services: services,
      }),
    ),
    ...(certificate.usages.includes('IIS')
      ? [native('iisreset.exe', str(server), str('/noforce'))]
      : []),
  ]);
  return {
    runOn: 'any Exchange server',
    part: { kind: 'powershell', shell: 'exchange', statements },
    notes: [
      `The certificate must already be imported on ${certificate.servers.join(', ')} (the import completes the pending request on the server that made it).`,
      ...(certificate.usages.includes('SMTP')
        ? ['When asked "Overwrite the existing default SMTP certificate?", answer Yes (Y).']
        : []),
    ],
  };
}

function lyncActivation(certificate: PlannedCertificate, thumbprint: string): Activation | null {
  if (!certificate.usages.every((usage) => CS_CERTIFICATE_TYPES.has(usage))) return null;
  const global = certificate.usages.includes(GLOBAL_TYPE);
  return {
    runOn: global
      ? `one Front End server (${certificate.servers[0]}): the certificate is global and replicates`
      : `each of ${certificate.servers.join(', ')}`,
    part: {
      kind: 'powershell',
      shell: 'lync',
      statements: [
        run(
          cmd('Set-CsCertificate', {
            Type: list(certificate.usages),
            Thumbprint: str(thumbprint),
          }),
        ),
      ],
    },
    notes: [
      'Set-CsCertificate assigns the certificate on the computer it runs on; import it there first.',
    ],
  };
}
