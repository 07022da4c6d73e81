/**
 * Checks: on the servers before DNS moves anyone (a test client pointed at the new servers through
 * its hosts file), and everything again after the cutover: the certificate and its services on
 * every server, the internal transport certificate, every URL, the SCP, the IIS binding,
 * Autodiscover end to end, DNS as the plan created it, STARTTLS, the Auth certificate.
 * Sources: PS-Get, PS-TOWS, EX-Post, RCA, CSS-HC, EX-Certs, OAuth-KB, PS-Auth, E07-ADWP.
 */
import {
  assign,
  cmd,
  list,
  member,
  native,
  run,
  str,
  sub,
  variable,
  type Statement,
} from '../../powershell/ast.ts';
import type { Step, StepPart } from '../../derived.ts';
import { siteNamespace } from '../topology.ts';
import { directoriesOf, scpHost } from './client-access.ts';
import type { ExchangeContext } from './context.ts';
import { powershell, serverBlocks } from './parts.ts';
import { askThumbprint, showCertificate } from './shared.ts';

export function verifyBeforeDnsSteps(context: ExchangeContext): Step[] {
  return [serversReadyStep(context)];
}

export function verifyAfterDnsSteps(context: ExchangeContext): Step[] {
  const steps = [verifyStep(context)];
  if (context.profile.authCertificate) steps.push(authStep(context));
  return steps;
}

/** `netsh http show sslcert`: which certificate IIS really binds to port 443. */
const sslBinding = () =>
  native('netsh.exe', str('http'), str('show'), str('sslcert'), str('ipport=0.0.0.0:443'));

function serversReadyStep(context: ExchangeContext): Step {
  const { plan, profile, servers, sbs } = context;
  const [first] = servers;
  const target = first
    ? (first.site.internalVip ?? first.ip ?? `<internal IP of ${first.name}>`)
    : '<internal IP>';
  const host = first ? siteNamespace(plan, first.site) : plan.exchange.namespace;
  const autodiscover = scpHost(context);
  const hostsLines = [...new Set([host, autodiscover])].map((name) => `${target} ${name}`);
  const checks = serverBlocks(
    profile,
    servers,
    (server) => [showCertificate(profile, server.name)],
    {
      prologue: [askThumbprint()],
    },
  );
  const parts: StepPart[] = [
    {
      kind: 'instructions',
      items: [
        `On each server, in its own shell, check which certificate IIS presents on port 443 (netsh below): its hash must be the new thumbprint.`,
      ],
    },
    ...powershell('windows', [sslBinding()]),
    ...checks,
    {
      kind: 'instructions',
      items: [
        `On one test computer, add to C:\\Windows\\System32\\drivers\\etc\\hosts: ${hostsLines.join('; ')}.`,
        `Open https://${host}/owa: no certificate warning, and a mailbox signs in.`,
        `In Outlook, hold Ctrl, right-click the Outlook icon in the notification area, choose Test E-mail AutoConfiguration, untick Guessmart and run it: every URL must name ${host}${sbs ? '' : ` or ${autodiscover}`}, and no certificate warning may appear.`,
        'Remove the hosts entries afterwards.',
      ],
    },
  ];
  return {
    id: 'verify-servers',
    title: 'Test the new servers before DNS sends anyone to them',
    why: 'Until the DNS step nobody reaches the new servers by name, so a test computer pointed at them directly shows any mistake while it still affects no one.',
    runOn: `${servers.map((server) => server.name).join(', ')} and one test computer`,
    parts,
    notes: [
      'Status must be Valid and Services must list the planned services on every server.',
      'If netsh shows another hash, the certificate is not bound to the Default Web Site: run the enable step again on that server.',
    ],
    sources: ['PS-Get', 'EX-AD', profile.shell === 'exchange-2007' ? 'E07-ADWP' : 'EX-Post'],
  };
}

function verifyStep(context: ExchangeContext): Step {
  const { plan, profile, client, servers, dns } = context;
  const perServer = serverBlocks(
    profile,
    servers,
    (server) => {
      const commands: Statement[] = [showCertificate(profile, server.name)];
      const transport = profile.transport.internalCertificateCmdlet;
      if (transport) {
        commands.push(
          run(
            cmd('Get-ExchangeCertificate', {
              Server: str(server.name),
              Thumbprint: member(
                sub(cmd(transport, { Identity: str(server.name) })),
                'InternalTransportCertificateThumbprint',
              ),
            }),
            cmd('Format-List', {
              Property: list(['Subject', 'IsSelfSigned', 'Status', 'NotAfter']),
            }),
          ),
        );
      }
      return commands;
    },
    { prologue: [askThumbprint()] },
  );
  const settings: Statement[] = directoriesOf(profile, plan).map((directory) =>
    run(
      cmd(directory.cmdlet.replace(/^Set-/, 'Get-')),
      cmd('Format-Table', { Property: list(['Identity', 'InternalUrl', 'ExternalUrl']) }),
    ),
  );
  settings.push(
    run(
      cmd('Get-OutlookAnywhere'),
      cmd('Format-Table', {
        Property: list(
          profile.outlookAnywhere.kind === 'always-on'
            ? ['Identity', 'InternalHostname', 'ExternalHostname']
            : [
                'Identity',
                'ExternalHostname',
                'ClientAuthenticationMethod',
                'IISAuthenticationMethods',
              ],
        ),
      }),
    ),
    run(
      cmd(profile.scpCmdlet.replace(/^Set-/, 'Get-')),
      cmd('Format-List', {
        Property: list(['Name', 'AutoDiscoverServiceInternalUri', 'AutoDiscoverSiteScope']),
      }),
    ),
  );
  if (profile.outlookWebServicesTest) {
    settings.push(
      assign('mailbox', cmd('Read-Host', { Prompt: str('A mailbox to test with (user@domain)') })),
      run(
        cmd('Test-OutlookWebServices', {
          Identity: variable('mailbox'),
          MailboxCredential:
            profile.outlookWebServicesTest === 'credential'
              ? sub(cmd('Get-Credential', { Message: str('Password of that mailbox') }))
              : undefined,
        }),
      ),
    );
  }
  const inside: Statement[] = [];
  const outside: Statement[] = [];
  const seen = new Set<string>();
  for (const record of dns) {
    if (record.type === 'PTR' || record.value === null) continue;
    const key = `${record.view}|${record.name}|${record.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (record.view === 'internal' ? inside : outside).push(
      run(cmd('Resolve-DnsName', { Name: str(record.name), Type: str(record.type) })),
    );
  }
  const smtpHost = plan.exchange.services.edge ? plan.exchange.edge.fqdn : plan.exchange.namespace;
  const notes = [
    `Every server: Status Valid, Services ${client.usages.join(', ')}; every URL and host name on the namespace; the SCP on https://${scpHost(context)}/Autodiscover/Autodiscover.xml.`,
  ];
  if (profile.transport.internalCertificateCmdlet)
    notes.push(
      'The internal transport certificate must still be the self-signed default, valid: it secures mail between the servers.',
    );
  notes.push(
    `STARTTLS: from outside, run the Remote Connectivity Analyzer's inbound SMTP test against ${smtpHost}, or openssl s_client -connect ${smtpHost}:25 -starttls smtp, and check the certificate it shows.`,
    `From the internet, run the Remote Connectivity Analyzer's Outlook and ActiveSync tests against ${plan.exchange.namespace}, and Outlook's Test E-mail AutoConfiguration on a computer outside the network.`,
  );
  if (profile.healthChecker)
    notes.push(
      "Run Microsoft's HealthChecker.ps1 (CSS-Exchange) on each server: it flags an expiring or missing internal transport or Auth certificate and weak settings.",
    );
  return {
    id: 'verify',
    title: 'Verify everything after the cutover',
    why: 'Confirms that every server presents the new certificate for the planned services, every URL and DNS record is what the plan says, and clients find it all.',
    runOn: 'any Exchange server; the public lookups from a computer outside your network',
    parts: [
      ...perServer,
      ...powershell(profile.shell, settings),
      { kind: 'instructions', items: ['On each server, in its own shell, the IIS binding:'] },
      ...powershell('windows', [sslBinding()]),
      {
        kind: 'instructions',
        items: ['Inside your network, the records as the plan created them:'],
      },
      ...powershell('windows', inside),
      { kind: 'instructions', items: ['From a computer outside your network:'] },
      ...powershell('windows', outside),
    ],
    notes,
    sources: [
      'PS-Get',
      ...(profile.outlookWebServicesTest ? (['PS-TOWS'] as const) : []),
      'EX-Post',
      'RCA',
      ...(profile.healthChecker ? (['CSS-HC'] as const) : []),
    ],
  };
}

function authStep({ profile, servers }: ExchangeContext): Step {
  const current = () => member(sub(cmd('Get-AuthConfig')), 'CurrentCertificateThumbprint');
  return {
    id: 'auth-certificate',
    title: 'Check the Auth certificate on every server (and leave it in place)',
    why: 'OAuth between Exchange, SharePoint, Lync/Skype for Business and Microsoft 365 uses its own self-signed certificate, present on every server; when it expires or is missing, Outlook on the web and the EAC stop signing in.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell(profile.shell, [
      run(
        cmd('Get-AuthConfig'),
        cmd('Format-List', {
          Property: list([
            'CurrentCertificateThumbprint',
            'NextCertificateThumbprint',
            'NextCertificateEffectiveDate',
          ]),
        }),
      ),
      ...servers.map((server) =>
        run(
          cmd('Get-ExchangeCertificate', { Server: str(server.name), Thumbprint: current() }),
          cmd('Format-List', { Property: list(['Subject', 'Services', 'NotAfter']) }),
        ),
      ),
    ]),
    notes: [
      'Do not enable the client access certificate in its place and do not remove it.',
      "If NotAfter is less than 60 days away, renew it: create a new Auth certificate, then Set-AuthConfig -NewCertificateThumbprint … -NewCertificateEffectiveDate, -PublishCertificate and -ClearPreviousCertificate (or Microsoft's MonitorExchangeAuthCertificate.ps1).",
    ],
    sources: ['EX-Certs', 'OAuth-KB', 'PS-Auth'],
  };
}
