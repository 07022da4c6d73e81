/**
 * The command that puts a checked certificate to work, with its real thumbprint, for the servers
 * the plan gives it to: Enable-ExchangeCertificate for Exchange (PS-Enable; IIS restarted as in the
 * runbook's enable step), Set-CsCertificate for Lync and Skype for Business (run on each server,
 * which it configures). A product whose runbook does not use the shell gets no command (OCS 2007
 * R2 has no PowerShell), and neither does a certificate the runbook must leave alone.
 */
import { exchangeProfileOf, type ExchangeProfile } from '../exchange/profiles/index.ts';
import {
  enableCertificate,
  restartIis,
  SMTP_PROMPT_EDGE,
  SMTP_PROMPT_NOTE,
} from '../exchange/steps/shared.ts';
import { cmd, list, run, str, type Statement } from '../powershell/ast.ts';
import type { Derived, PlannedCertificate, Shell } from '../derived.ts';
import type { ExchangeProductId, Family } from '../products.ts';
import type { CheckTarget, PowerShellPart } from './context.ts';

export interface Activation {
  /** Where to run it, in words (the shell is the part's). */
  runOn: string;
  part: PowerShellPart;
  notes: string[];
}

type Activator = (
  derived: Derived,
  certificate: PlannedCertificate,
  thumbprint: string,
) => Activation | null;

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
  Record<Family, { shell: (d: Derived, c: PlannedCertificate) => Shell; build: Activator }>
> = {
  exchange: { shell: exchangeShell, build: exchangeActivation },
  lync: { shell: () => 'lync', build: lyncActivation },
};

/** The activation command for `target`, or null when the product has none for it. */
export function activationFor(target: CheckTarget, thumbprint: string): Activation | null {
  const { derived, certificate } = target;
  const activator = ACTIVATORS[derived.product.family];
  if (!certificate.replace || certificate.servers.length === 0) return null;
  if (!usesShell(derived, activator.shell(derived, certificate))) return null;
  return activator.build(derived, certificate, thumbprint);
}

function usesShell(derived: Derived, shell: Shell): boolean {
  return derived.steps.some((step) =>
    step.parts.some((part) => part.kind === 'powershell' && part.shell === shell),
  );
}

const exchangeProfile = (derived: Derived): ExchangeProfile =>
  exchangeProfileOf(derived.product.id as ExchangeProductId);

/** The runbook's shell for the certificate: 2007 has one shell for every role (E07-New). */
function exchangeShell(derived: Derived, certificate: PlannedCertificate): Shell {
  const profile = exchangeProfile(derived);
  if (profile.shell === 'exchange-2007') return 'exchange-2007';
  return certificate.role === EDGE_ROLE ? 'exchange-edge' : 'exchange';
}

/**
 * Enable-ExchangeCertificate as the runbook's enable step writes it (the same statements and
 * SMTP-prompt answer): by -Server from any server where the version's cmdlets reach other servers,
 * on each server otherwise (Exchange 2007 acts on the local computer, E07-Import).
 */
function exchangeActivation(
  derived: Derived,
  certificate: PlannedCertificate,
  thumbprint: string,
): Activation {
  const profile = exchangeProfile(derived);
  const shell = exchangeShell(derived, certificate);
  const servers = certificate.servers.join(', ');
  if (certificate.role === EDGE_ROLE) {
    return {
      runOn: `each Edge Transport server (${servers})`,
      part: {
        kind: 'powershell',
        shell,
        statements: [enableCertificate(profile, certificate.usages, str(thumbprint))],
      },
      notes: [
        'Import the certificate on each Edge server first; it is enabled where it is installed.',
        SMTP_PROMPT_EDGE,
      ],
    };
  }
  const usesIis = certificate.usages.includes('IIS');
  const onServer = (server: string): Statement[] => [
    enableCertificate(profile, certificate.usages, str(thumbprint), server),
    ...(usesIis ? [restartIis(profile, server)] : []),
  ];
  const remote = profile.remoteCertificates;
  return {
    runOn: remote ? 'any Exchange server' : `each of ${servers}, on the server itself`,
    part: {
      kind: 'powershell',
      shell,
      // Without -Server the statements are the same for every server: written once.
      statements: remote
        ? certificate.servers.flatMap(onServer)
        : onServer(certificate.servers[0]!),
    },
    notes: [
      `The certificate must already be imported on ${servers} (the import completes the pending request on the server that made it).`,
      ...(certificate.usages.includes('SMTP') ? [SMTP_PROMPT_NOTE] : []),
    ],
  };
}

function lyncActivation(
  _derived: Derived,
  certificate: PlannedCertificate,
  thumbprint: string,
): Activation | null {
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
