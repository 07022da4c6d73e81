/**
 * URLs and host names clients are told to use: virtual directories, Outlook Anywhere and the
 * Autodiscover SCP. Sources: EX-Post (steps 4–5), PS-VDIR, PS-MAPI, PS-OA, PS-CASrv/PS-CASvc, EX-AD.
 */
import { bool, cmd, run, str, type Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { powershell } from './parts.ts';
import { autodiscoverHost, siteNamespace } from '../topology.ts';
import type { ExchangeContext } from './context.ts';

/** Virtual directories whose Internal/External URLs the runbook sets, with their default paths. */
export const VIRTUAL_DIRECTORIES = [
  { cmdlet: 'Set-OwaVirtualDirectory', name: 'owa', path: '/owa', label: 'Outlook on the web' },
  { cmdlet: 'Set-EcpVirtualDirectory', name: 'ecp', path: '/ecp', label: 'Exchange admin center' },
  {
    cmdlet: 'Set-WebServicesVirtualDirectory',
    name: 'EWS',
    path: '/EWS/Exchange.asmx',
    label: 'Exchange Web Services',
  },
  {
    cmdlet: 'Set-ActiveSyncVirtualDirectory',
    name: 'Microsoft-Server-ActiveSync',
    path: '/Microsoft-Server-ActiveSync',
    label: 'ActiveSync',
  },
  { cmdlet: 'Set-OabVirtualDirectory', name: 'OAB', path: '/OAB', label: 'Offline address book' },
  { cmdlet: 'Set-MapiVirtualDirectory', name: 'mapi', path: '/mapi', label: 'MAPI over HTTP' },
] as const;

const identity = (server: string, directory: string) =>
  `${server}\\${directory} (Default Web Site)`;

export function clientAccessSteps(context: ExchangeContext): Step[] {
  return [virtualDirectoryStep(context), outlookAnywhereStep(context), autodiscoverStep(context)];
}

function virtualDirectoryStep({ plan, servers }: ExchangeContext): Step {
  const commands: Statement[] = servers.flatMap((server) => {
    const host = siteNamespace(plan, server.site);
    return VIRTUAL_DIRECTORIES.map((directory) => {
      const url = str(`https://${host}${directory.path}`);
      return run(
        cmd(directory.cmdlet, {
          Identity: str(identity(server.name, directory.name)),
          InternalUrl: url,
          ExternalUrl: url,
        }),
      );
    });
  });
  return {
    id: 'virtual-directories',
    title: 'Point every virtual directory at the namespace',
    why: 'Clients are handed these URLs; every host name in them must be on the certificate, inside and outside.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell('exchange', commands),
    notes: [
      `Internal and external URLs use the same name; ${plan.exchange.internalDns === 'pin-point' ? 'pin-point' : 'split-brain'} DNS sends clients inside to the internal address.`,
      'Outlook on the web and the EAC must keep the same internal host name.',
      'The Autodiscover virtual directory has no URLs to set, and the PowerShell virtual directory stays on the server name so the Management Shell keeps using Kerberos.',
    ],
    sources: ['EX-Post', 'PS-VDIR', 'PS-MAPI'],
  };
}

function outlookAnywhereStep({ plan, servers }: ExchangeContext): Step {
  const commands = servers.map((server) => {
    const host = str(siteNamespace(plan, server.site));
    return run(
      cmd('Set-OutlookAnywhere', {
        Identity: str(identity(server.name, 'Rpc')),
        InternalHostname: host,
        ExternalHostname: host,
        InternalClientsRequireSsl: bool(true),
        ExternalClientsRequireSsl: bool(true),
      }),
    );
  });
  return {
    id: 'outlook-anywhere',
    title: 'Set the Outlook Anywhere host names',
    why: 'Outlook Anywhere is always on from Exchange 2013; Outlook connects to the host names set here, so they must match the certificate.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell('exchange', commands),
    notes: [
      'TLS is required inside and outside now that the certificate is trusted; authentication methods are left as they are.',
    ],
    sources: ['PS-OA', 'EX13-OA', 'EX-Post'],
  };
}

function autodiscoverStep({ plan, profile, product, servers }: ExchangeContext): Step {
  const uri = str(
    `https://${autodiscoverHost(plan.domains.primary)}/Autodiscover/Autodiscover.xml`,
  );
  return {
    id: 'autodiscover-scp',
    title: 'Publish the Autodiscover URL in Active Directory',
    why: 'Domain-joined Outlook reads the Service Connection Point (SCP) first; its URL must use a name on the certificate, not the server name.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell(
      'exchange',
      servers.map((server) =>
        run(
          cmd(profile.scpCmdlet, {
            Identity: str(server.name),
            AutoDiscoverServiceInternalUri: uri,
          }),
        ),
      ),
    ),
    notes: [
      profile.scpCmdlet === 'Set-ClientAccessServer'
        ? 'Exchange 2013 sets the SCP with Set-ClientAccessServer; Set-ClientAccessService only exists from 2016.'
        : `${product.label} sets the SCP with Set-ClientAccessService (Set-ClientAccessServer is the 2013 name).`,
    ],
    sources: [profile.scpCmdlet === 'Set-ClientAccessServer' ? 'PS-CASrv' : 'PS-CASvc', 'EX-AD'],
  };
}
