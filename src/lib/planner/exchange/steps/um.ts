/**
 * Unified Messaging certificates (Exchange 2013 and 2016): one per server, subject = the server
 * FQDN, from a CA that Lync/Skype for Business also trusts. UM must run in TLS or Dual mode before
 * the certificate can be enabled for it. Sources: EX13-UM, PS-UM, PS-Enable, PS-New.
 */
import { cmd, list, native, run, str, type Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { powershell } from './parts.ts';
import { umCertificateId } from '../certificates.ts';
import type { ExchangeContext } from './context.ts';
import {
  certificateFiles,
  certificateThumbprint,
  ensureFolder,
  findCertificate,
  importIssued,
  requestCertificate,
} from './shared.ts';

export function umSteps(context: ExchangeContext): Step[] {
  const { plan, profile, servers } = context;
  if (!plan.exchange.services.um || !profile.unifiedMessaging) return [];
  return servers.flatMap((server): Step[] => {
    const certificate = context.certificates.find(
      (candidate) => candidate.id === umCertificateId(server.name),
    );
    if (!certificate) return [];
    const files = certificateFiles(plan.exchange.certificateFolder, certificate);
    const commands: Statement[] = [
      run(cmd('Set-UMService', { Identity: str(server.name), UMStartupMode: str('Dual') })),
      run(
        cmd('Set-UMCallRouterSettings', { Server: str(server.name), UMStartupMode: str('Dual') }),
      ),
      ensureFolder(plan.exchange.certificateFolder),
      ...requestCertificate(profile, plan, certificate, files.request, server),
      native(
        'certreq.exe',
        str('-submit'),
        str('-attrib'),
        str('CertificateTemplate:WebServer'),
        str(files.request),
        str(files.issued),
      ),
      importIssued(profile, files.issued, server),
      findCertificate(certificate.commonName, server),
      run(
        cmd('Enable-ExchangeCertificate', {
          Server: str(server.name),
          Thumbprint: certificateThumbprint(),
          Services: list(['UM', 'UMCallRouter']),
        }),
      ),
      run(
        cmd('Get-Service', {
          ComputerName: str(server.name),
          Name: list(['MSExchangeUM', 'MSExchangeUMCR']),
        }),
        cmd('Restart-Service', {}),
      ),
    ];
    return [
      {
        id: `um-certificate-${server.name.toLowerCase()}`,
        title: `Give Unified Messaging on ${server.name} its own certificate`,
        why: `UM and the UM Call Router present ${certificate.commonName}; Lync/Skype for Business and IP gateways check that name, not SAN entries or wildcards.`,
        runOn: server.name,
        parts: powershell('exchange', commands),
        notes: [
          'Dual mode accepts both TCP and TLS, so existing unencrypted gateways keep working while TLS is introduced.',
          'The request goes to your enterprise CA (certreq), because both Exchange and Lync/Skype for Business must trust the issuer.',
          'The UM services are restarted so they pick up the certificate.',
        ],
        sources: ['EX13-UM', 'PS-UM', 'PS-Enable'],
      },
    ];
  });
}
