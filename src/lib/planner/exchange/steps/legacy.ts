/**
 * Exchange 2007 during coexistence with 2013: the 2007 Client Access servers get the new
 * certificate and move their external URLs to the legacy name. The commands use Exchange 2007
 * syntax (Import-ExchangeCertificate -Path, Enable-ExchangeCertificate -Thumbprint), which
 * Microsoft's current cmdlet reference no longer covers; they are checked against the hand-kept
 * 2007 list in tests/fixtures/catalog. Sources: EX13-Certs, Wiki-0713, E07 pages (exchange.md §2.1).
 */
import { assign, cmd, list, run, str, variable, type Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { powershell } from './parts.ts';
import type { ExchangeContext } from './context.ts';
import { pfxPathFor } from './certificate.ts';
import {
  askPfxPassword,
  CERT_VARIABLE,
  certificateThumbprint,
  PFX_PASSWORD_VARIABLE,
} from './shared.ts';

const LEGACY_DIRECTORIES = [
  { cmdlet: 'Set-OwaVirtualDirectory', name: 'owa', path: '/owa' },
  {
    cmdlet: 'Set-ActiveSyncVirtualDirectory',
    name: 'Microsoft-Server-ActiveSync',
    path: '/Microsoft-Server-ActiveSync',
  },
  { cmdlet: 'Set-WebServicesVirtualDirectory', name: 'EWS', path: '/EWS/Exchange.asmx' },
  { cmdlet: 'Set-OABVirtualDirectory', name: 'OAB', path: '/OAB' },
] as const;

export function legacySteps(context: ExchangeContext): Step[] {
  const { plan, client } = context;
  if (!context.legacyNamespace) return [];
  const legacyHost = plan.exchange.legacy.namespace;
  const servers = plan.exchange.legacy.servers;
  const commands: Statement[] = servers.flatMap((server) => [
    askPfxPassword(),
    assign(
      CERT_VARIABLE,
      cmd('Import-ExchangeCertificate', {
        Path: str(pfxPathFor(context, client, server)),
        Password: variable(PFX_PASSWORD_VARIABLE),
      }),
    ),
    run(
      cmd('Enable-ExchangeCertificate', {
        Thumbprint: certificateThumbprint(),
        Services: list(['IIS']),
      }),
    ),
    ...LEGACY_DIRECTORIES.map((directory) =>
      run(
        cmd(directory.cmdlet, {
          Identity: str(`${server.name}\\${directory.name} (Default Web Site)`),
          ExternalUrl: str(`https://${legacyHost}${directory.path}`),
        }),
      ),
    ),
  ]);
  return [
    {
      id: 'legacy-2007',
      title: `Move Exchange 2007 to ${legacyHost}`,
      why: `Exchange 2013 takes over ${plan.exchange.namespace}; mailboxes still on 2007 are redirected to ${legacyHost}, which the 2007 Client Access servers must answer with the same certificate.`,
      runOn:
        servers.length > 0
          ? `${servers.map((server) => server.name).join(', ')} (Exchange 2007 Management Shell, on each server)`
          : 'each Exchange 2007 Client Access server',
      parts: powershell('exchange-2007', commands),
      notes: [
        servers.length > 0
          ? "Run each server's block in the Exchange 2007 Management Shell on that server; the PFX is read from the folder of the 2013 server that exported it."
          : 'Add the Exchange 2007 Client Access servers to the plan (legacy servers) to get their commands.',
        'Internal URLs of the 2007 virtual directories can stay as they are; only the external URLs move to the legacy name.',
      ],
      sources: ['EX13-Certs', 'Wiki-0713'],
    },
  ];
}
