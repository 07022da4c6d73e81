/**
 * Checks at the end of the runbook: the Auth certificate (left alone, but watched) and a
 * verification pass over certificates, the SCP and DNS. Sources: EX-Certs, OAuth-KB, PS-Auth, PS-Get.
 */
import { cmd, list, member, run, str, sub, type Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { powershell } from './parts.ts';
import type { ExchangeContext } from './context.ts';

export function checkSteps(context: ExchangeContext): Step[] {
  return [authStep(), verifyStep(context)];
}

function authStep(): Step {
  return {
    id: 'auth-certificate',
    title: 'Check the Auth certificate (and leave it in place)',
    why: 'OAuth between Exchange, SharePoint, Lync/Skype for Business and Microsoft 365 uses its own self-signed certificate; when it expires, Outlook on the web and the EAC stop signing in.',
    runOn: 'any Exchange server',
    parts: powershell('exchange', [
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
      run(
        cmd('Get-ExchangeCertificate', {
          Thumbprint: member(sub(cmd('Get-AuthConfig')), 'CurrentCertificateThumbprint'),
        }),
        cmd('Format-List', { Property: list(['Subject', 'Services', 'NotAfter']) }),
      ),
    ]),
    notes: [
      'Do not enable the client access certificate in its place and do not remove it.',
      "If NotAfter is less than 60 days away, renew it: create a new Auth certificate, then Set-AuthConfig -NewCertificateThumbprint … -NewCertificateEffectiveDate, -PublishCertificate and -ClearPreviousCertificate (or Microsoft's MonitorExchangeAuthCertificate.ps1).",
    ],
    sources: ['EX-Certs', 'OAuth-KB', 'PS-Auth'],
  };
}

function verifyStep({ plan, profile, client, servers, dns }: ExchangeContext): Step {
  const commands: Statement[] = servers.map((server) =>
    run(
      cmd('Get-ExchangeCertificate', {
        Server: str(server.name),
        DomainName: str(client.commonName),
      }),
      cmd('Format-List', {
        Property: list(['Subject', 'CertificateDomains', 'Services', 'Status', 'NotAfter']),
      }),
    ),
  );
  const scpReader =
    profile.scpCmdlet === 'Set-ClientAccessServer'
      ? 'Get-ClientAccessServer'
      : 'Get-ClientAccessService';
  commands.push(
    run(
      cmd(scpReader),
      cmd('Format-List', { Property: list(['Name', 'AutoDiscoverServiceInternalUri']) }),
    ),
  );
  const lookups = new Map<string, string>();
  for (const record of dns) {
    if (record.view === 'external' && record.type !== 'PTR')
      lookups.set(`${record.name}|${record.type}`, record.type);
  }
  for (const [key, type] of lookups) {
    commands.push(
      run(cmd('Resolve-DnsName', { Name: str(key.slice(0, key.indexOf('|'))), Type: str(type) })),
    );
  }
  return {
    id: 'verify',
    title: 'Verify',
    why: 'Confirms every server presents the new certificate for the planned services and every name resolves.',
    runOn: 'any Exchange server; DNS lookups also from a computer outside your network',
    parts: powershell('exchange', commands),
    notes: [
      `Services should list ${client.usages.join(', ')} on every server, and Status should be Valid.`,
      `From the internet, run Microsoft's Remote Connectivity Analyzer against ${plan.exchange.namespace} and autodiscover.${plan.domains.primary}.`,
    ],
    sources: ['PS-Get', 'EX-Post', 'RCA'],
  };
}
