/**
 * URLs and host names clients are told to use: virtual directories, Outlook Anywhere, the Outlook
 * provider's principal name, the 2010 RPC Client Access array and the Autodiscover SCP.
 * Sources: EX-Post (steps 4–5), PS-VDIR, PS-MAPI, PS-OA, PS-EnOA, PS-CASrv/PS-CASvc, EX-AD,
 * KB940726 and the 2007 pages (E07-*), NS2016, PS-CAA, E07-CPN.
 */
import { bool, cmd, list, run, str, variable, type Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import type { Plan } from '../../plan/plan.ts';
import type { ExchangeProfile, VirtualDirectory } from '../profiles/index.ts';
import { autodiscoverHost, siteNamespace } from '../topology.ts';
import type { ExchangeContext } from './context.ts';
import { powershell } from './parts.ts';

/** 2007's Unified Messaging web services directory (KB940726), set where UM is in use. */
const UM_WEB_SERVICES: VirtualDirectory = {
  cmdlet: 'Set-UMVirtualDirectory',
  name: 'UnifiedMessaging',
  path: '/UnifiedMessaging/Service.asmx',
  label: 'Unified Messaging web services',
};

export const vdirIdentity = (server: string, directory: string) =>
  `${server}\\${directory} (Default Web Site)`;

/** The version's directories for this plan (2007's UM directory only with UM). */
export function directoriesOf(profile: ExchangeProfile, plan: Plan): VirtualDirectory[] {
  const directories = [...profile.virtualDirectories];
  if (plan.exchange.services.um && profile.unifiedMessaging?.webServiceDirectory)
    directories.push(UM_WEB_SERVICES);
  return directories;
}

export interface DirectoryOptions {
  /** The older version keeps its own name and lets the new one proxy some protocols. */
  legacy?: boolean;
  /** OWA failback URL host (2010 site resilience). */
  failback?: string | null;
  /**
   * Windows SBS 2008 keeps its Exchange directories in its own web site: address them through
   * Get-*VirtualDirectory -Server instead of by a site name.
   */
  byServer?: boolean;
}

/** Internal and External URLs of every directory on one server, on `host`. */
export function directoryCommands(
  profile: ExchangeProfile,
  plan: Plan,
  server: string,
  host: string,
  options: DirectoryOptions = {},
): Statement[] {
  return directoriesOf(profile, plan).map((directory) => {
    const url = str(`https://${host}${directory.path}`);
    const external =
      options.legacy && directory.coexistence === 'external-null' ? variable('null') : url;
    const failback =
      options.failback && directory.name === 'owa'
        ? str(`https://${options.failback}/owa`)
        : undefined;
    const settings = { InternalUrl: url, ExternalUrl: external, FailbackUrl: failback };
    if (options.byServer) {
      return run(
        cmd(directory.cmdlet.replace(/^Set-/, 'Get-'), { Server: str(server) }),
        cmd(directory.cmdlet, settings),
      );
    }
    return run(
      cmd(directory.cmdlet, { Identity: str(vdirIdentity(server, directory.name)), ...settings }),
    );
  });
}

/**
 * Outlook Anywhere on one server. Where it must be enabled (2007 SP1, 2010) it is, with NTLM for
 * clients and Basic and NTLM on /rpc, which a newer version proxying to it needs (E13-Coex,
 * E16-Coex10); the Set- line after it applies the same settings when it was on already.
 * From 2013 it is always on and only its host names are set (EX13-OA).
 */
export function outlookAnywhereCommands(
  profile: ExchangeProfile,
  server: string,
  host: string,
  options: { byServer?: boolean } = {},
): Statement[] {
  if (profile.outlookAnywhere.kind === 'always-on') {
    return [
      run(
        cmd('Set-OutlookAnywhere', {
          Identity: str(vdirIdentity(server, 'Rpc')),
          InternalHostname: str(host),
          ExternalHostname: str(host),
          InternalClientsRequireSsl: bool(true),
          ExternalClientsRequireSsl: bool(true),
        }),
      ),
    ];
  }
  const settings = {
    ExternalHostname: str(host),
    ClientAuthenticationMethod: str('Ntlm'),
    IISAuthenticationMethods: list(['Basic', 'NTLM']),
    SSLOffloading: bool(false),
  };
  // Windows SBS 2008 publishes Outlook Anywhere itself, in its own web site: only set it.
  if (options.byServer)
    return [
      run(
        cmd('Get-OutlookAnywhere', { Server: str(server) }),
        cmd('Set-OutlookAnywhere', settings),
      ),
    ];
  return [
    run(cmd('Enable-OutlookAnywhere', { Server: str(server), ...settings })),
    run(cmd('Set-OutlookAnywhere', { Identity: str(vdirIdentity(server, 'Rpc')), ...settings })),
  ];
}

export function clientAccessSteps(context: ExchangeContext): Step[] {
  const steps = [virtualDirectoryStep(context), outlookAnywhereStep(context)];
  const provider = outlookProviderStep(context);
  if (provider) steps.push(provider);
  const arrays = clientAccessArrayStep(context);
  if (arrays) steps.push(arrays);
  return steps;
}

function virtualDirectoryStep({ plan, profile, servers, sbs }: ExchangeContext): Step {
  const commands = servers.flatMap((server) =>
    directoryCommands(profile, plan, server.name, siteNamespace(plan, server.site), {
      failback: profile.siteResilience.owaFailback ? server.site.failbackNamespace : null,
      byServer: sbs,
    }),
  );
  const notes = [
    `Internal and external URLs use the same name, resolved inside to the internal address (the DNS steps), so no server name and no internal domain name has to be on the certificate.`,
  ];
  if (profile.virtualDirectories.some((directory) => directory.name === 'ecp'))
    notes.push('Outlook on the web and the EAC must keep the same internal host name.');
  if (profile.outlookAnywhere.kind === 'always-on')
    notes.push(
      'The Autodiscover virtual directory has no URLs to set, and the PowerShell virtual directory stays on the server name so the Management Shell keeps using Kerberos.',
    );
  if (sbs)
    notes.push(
      'Windows SBS 2008 keeps these directories in its own web site, so each is found by server rather than by name.',
    );
  if (
    servers.some((server) => server.site.failbackNamespace !== null) &&
    profile.siteResilience.owaFailback
  )
    notes.push(
      'FailbackUrl is where Outlook Web App sends users back after a datacenter switchover.',
    );
  return {
    id: 'virtual-directories',
    title: 'Point every virtual directory at the namespace',
    why: 'Clients are handed these URLs; every host name in them must be on the certificate, inside and outside.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell(profile.shell, commands),
    notes,
    sources:
      profile.shell === 'exchange-2007'
        ? ['KB940726', 'E07-OWA', 'E07-EWS', 'E07-EAS', 'E07-OAB']
        : ['EX-Post', 'PS-VDIR', 'PS-MAPI'],
  };
}

function outlookAnywhereStep({ plan, profile, servers, sbs }: ExchangeContext): Step {
  const commands = servers.flatMap((server) =>
    outlookAnywhereCommands(profile, server.name, siteNamespace(plan, server.site), {
      byServer: sbs,
    }),
  );
  if (profile.outlookAnywhere.kind === 'always-on') {
    return {
      id: 'outlook-anywhere',
      title: 'Set the Outlook Anywhere host names',
      why: 'Outlook Anywhere is always on from Exchange 2013; Outlook connects to the host names set here, so they must match the certificate.',
      runOn: 'any Exchange server (the commands name each server)',
      parts: powershell(profile.shell, commands),
      notes: [
        'TLS is required inside and outside now that the certificate is trusted; authentication methods are left as they are.',
      ],
      sources: ['PS-OA', 'EX13-OA', 'EX-Post'],
    };
  }
  return {
    id: 'outlook-anywhere',
    title: sbs
      ? 'Set Outlook Anywhere to the namespace'
      : 'Enable Outlook Anywhere on the namespace',
    why: 'Outlook outside the network connects through Outlook Anywhere (RPC over HTTP) to the host name set here, which must be on the certificate.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell(profile.shell, commands),
    notes: [
      sbs
        ? 'Windows SBS 2008 turns Outlook Anywhere on itself; this sets its host name and authentication.'
        : 'Enable-OutlookAnywhere reports an error on a server where Outlook Anywhere is on already; the Set-OutlookAnywhere line after it applies the same settings there.',
      'Clients authenticate with NTLM; IIS accepts Basic and NTLM on /rpc, which is also what a later Exchange version needs when it proxies Outlook to these servers. The RPC over HTTP Proxy Windows component must be installed.',
      profile.outlookAnywhere.wait.text,
    ],
    sources: [
      profile.shell === 'exchange-2007' ? 'OA07SP1' : 'PS-EnOA',
      profile.shell === 'exchange-2007' ? 'E07-OA' : 'PS-OA',
      profile.outlookAnywhere.wait.source,
    ],
  };
}

/**
 * Outlook of the 2007/2010 era checks the Outlook Anywhere certificate against a principal name:
 * set it when the certificate is a wildcard or a site's host differs from the subject (E07-CPN).
 */
function outlookProviderStep({ plan, profile, client, servers }: ExchangeContext): Step | null {
  if (!profile.certPrincipalName) return null;
  const mismatch = servers.some((server) => siteNamespace(plan, server.site) !== client.commonName);
  if (!client.wildcard && !mismatch) return null;
  const principal = `msstd:${client.commonName}`;
  return {
    id: 'outlook-provider',
    title: `Set the certificate principal name to ${principal}`,
    why: client.wildcard
      ? 'Outlook checks the Outlook Anywhere certificate against a principal name; for a wildcard certificate it must be the wildcard itself.'
      : `Outlook checks the Outlook Anywhere certificate against a principal name; some sites use a host name other than the subject ${client.commonName}.`,
    runOn: 'any Exchange server',
    parts: powershell(profile.shell, [
      run(cmd('Set-OutlookProvider', { Identity: str('EXPR'), CertPrincipalName: str(principal) })),
    ]),
    notes: [
      'EXPR is the Outlook Anywhere part of the Autodiscover answer; clients pick the setting up the next time they run Autodiscover.',
    ],
    sources: ['E07-CPN', 'PS-OP'],
  };
}

/** Exchange 2010: one RPC Client Access array per site that names one (PS-CAA). */
function clientAccessArrayStep({ plan, profile }: ExchangeContext): Step | null {
  if (!profile.siteResilience.clientAccessArray) return null;
  const sites = plan.exchange.sites.filter((site) => site.clientAccessArray !== null);
  if (sites.length === 0) return null;
  return {
    id: 'client-access-array',
    title: `Create the RPC Client Access array${sites.length > 1 ? 's' : ''}`,
    why: 'Outlook inside reaches 2010 mailboxes over RPC through the array name, which the load balancer spreads over the Client Access servers of the site.',
    runOn: 'any Exchange server',
    parts: powershell(
      profile.shell,
      sites.map((site) =>
        run(
          cmd('New-ClientAccessArray', {
            Name: str(site.clientAccessArray ?? ''),
            Fqdn: str(site.clientAccessArray ?? ''),
            Site: str(site.name),
          }),
        ),
      ),
    ),
    notes: [
      'The array name resolves inside only (the internal DNS records) and stays off the certificate: Outlook does not use HTTPS for it.',
      'Mailbox databases created before the array keep their old RpcClientAccessServer; point them at the array with Set-MailboxDatabase <database> -RpcClientAccessServer <array name>, which Outlook picks up when its profile is repaired or recreated.',
    ],
    sources: ['PS-CAA', 'NS2016'],
  };
}

/**
 * The Autodiscover SCP of every server: domain-joined Outlook reads it first, so it moves with the
 * DNS cutover (it points at a name that must already resolve to servers holding the certificate).
 * With several sites, each server answers for its own site (AutoDiscoverSiteScope).
 */
export function scpCommand(
  profile: ExchangeProfile,
  host: string,
  server: string,
  siteScope?: string,
): Statement {
  return run(
    cmd(profile.scpCmdlet, {
      Identity: str(server),
      AutoDiscoverServiceInternalUri: str(`https://${host}/Autodiscover/Autodiscover.xml`),
      AutoDiscoverSiteScope: siteScope === undefined ? undefined : str(siteScope),
    }),
  );
}

/** The host of the SCP URL: autodiscover.<primary>, or the SBS server's published name. */
export function scpHost({ plan, sbs }: { plan: Plan; sbs: boolean }): string {
  return sbs ? plan.exchange.namespace : autodiscoverHost(plan.domains.primary);
}

export function autodiscoverStep(context: ExchangeContext): Step {
  const { plan, profile, product, servers, older } = context;
  const multiSite = plan.exchange.sites.length > 1;
  const host = scpHost(context);
  const parts = powershell(
    profile.shell,
    servers.map((server) =>
      scpCommand(profile, host, server.name, multiSite ? server.site.name : undefined),
    ),
  );
  if (older)
    parts.push(
      ...powershell(
        older.profile.shell,
        plan.exchange.legacy.servers.map((server) => scpCommand(older.profile, host, server.name)),
        older.profile.id,
      ),
    );
  const notes = [
    profile.scpCmdlet === 'Set-ClientAccessServer'
      ? `${product.label} sets the SCP with Set-ClientAccessServer.`
      : `${product.label} sets the SCP with Set-ClientAccessService (Set-ClientAccessServer is the older name).`,
    'Run it right after the internal DNS step: the URL must already resolve inside to servers that hold the new certificate.',
  ];
  if (multiSite)
    notes.push(
      'AutoDiscoverSiteScope makes Outlook in each Active Directory site prefer the servers of its own site.',
    );
  if (older)
    notes.push(
      `The second block runs in the ${older.product.label} Management Shell: its Client Access servers publish the same URL, so Outlook never receives a server name that is not on the certificate.`,
    );
  return {
    id: 'autodiscover-scp',
    title: 'Publish the Autodiscover URL in Active Directory',
    why: 'Domain-joined Outlook reads the Service Connection Point (SCP) first; its URL must use a name on the certificate, not the server name.',
    runOn: older
      ? `any ${product.label} server, then any ${older.product.label} server`
      : 'any Exchange server (the commands name each server)',
    parts,
    notes,
    sources: [
      profile.shell === 'exchange-2007'
        ? 'E07-CAS'
        : profile.scpCmdlet === 'Set-ClientAccessServer'
          ? 'PS-CASrv'
          : 'PS-CASvc',
      'EX-AD',
      'KB940726',
    ],
  };
}
