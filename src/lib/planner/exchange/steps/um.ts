/**
 * Unified Messaging certificates (Exchange 2007, 2010, 2013 and 2016): one per server, subject = the
 * server FQDN, from a CA that Lync/Skype for Business also trusts. From 2010 UM must run in TLS or
 * Dual mode before the certificate can be enabled for it (Set-UMServer in 2010, Set-UMService and
 * Set-UMCallRouterSettings from 2013). Sources: EX13-UM, PS-UM, PS-UM10, PS-Enable, PS-New,
 * E07-Enable.
 */
import { cmd, list, native, run, str, type Statement } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import type { ExchangeProfile } from '../profiles/index.ts';
import { umCertificateId } from '../certificates.ts';
import type { ExchangeContext } from './context.ts';
import { serverBlocks } from './parts.ts';
import {
  certificateFiles,
  enableCertificate,
  ensureFolder,
  importIssued,
  requestCertificate,
  thumbprintVariable,
} from './shared.ts';

/** Dual mode accepts TCP and TLS, so unencrypted gateways keep working while TLS comes in. */
function startupCommands(profile: ExchangeProfile, server: string): Statement[] {
  switch (profile.unifiedMessaging?.startup) {
    case 'Set-UMService':
      return [
        run(cmd('Set-UMService', { Identity: str(server), UMStartupMode: str('Dual') })),
        ...(profile.unifiedMessaging.callRouter
          ? [
              run(
                cmd('Set-UMCallRouterSettings', {
                  Server: str(server),
                  UMStartupMode: str('Dual'),
                }),
              ),
            ]
          : []),
      ];
    case 'Set-UMServer':
      return [run(cmd('Set-UMServer', { Identity: str(server), UMStartupMode: str('Dual') }))];
    default:
      return [];
  }
}

export function umSteps(context: ExchangeContext): Step[] {
  const { plan, profile, servers } = context;
  const um = profile.unifiedMessaging;
  if (!plan.exchange.services.um || !um) return [];
  return servers.flatMap((server): Step[] => {
    const certificate = context.certificates.find(
      (candidate) => candidate.id === umCertificateId(server.name),
    );
    if (!certificate) return [];
    const files = certificateFiles(plan.exchange.certificateFolder, certificate);
    const services = um.callRouter ? ['UM', 'UMCallRouter'] : ['UM'];
    const umServices = um.callRouter ? ['MSExchangeUM', 'MSExchangeUMCR'] : ['MSExchangeUM'];
    const remote = profile.remoteCertificates;
    const commands: Statement[] = [
      ...startupCommands(profile, server.name),
      ensureFolder(plan.exchange.certificateFolder),
      ...requestCertificate(profile, plan, certificate, files.request, server.name),
      native(
        'certreq.exe',
        str('-submit'),
        str('-attrib'),
        str('CertificateTemplate:WebServer'),
        str(files.request),
        str(files.issued),
      ),
      ...importIssued(profile, files.issued, server.name),
      enableCertificate(profile, services, thumbprintVariable(), server.name),
      run(
        cmd('Get-Service', {
          ComputerName: remote ? str(server.name) : undefined,
          Name: list(umServices),
        }),
        cmd('Restart-Service', {}),
      ),
    ];
    const notes = [
      `-DomainName names ${certificate.commonName} explicitly: without it the request would also carry the server's short name.`,
      'The request goes to your enterprise CA (certreq), because both Exchange and Lync/Skype for Business must trust the issuer.',
      'The UM services are restarted so they pick up the certificate.',
    ];
    if (um.startup !== null)
      notes.unshift(
        'Dual mode accepts both TCP and TLS, so existing unencrypted gateways keep working while TLS is introduced.',
      );
    else
      notes.unshift(
        'No UM startup mode is set: Set-UMServer -UMStartupMode is documented from Exchange 2010, and no Exchange 2007 page this guide relies on shows it. Check how your 2007 UM servers are set to use TLS before relying on the certificate.',
      );
    if (um.webServiceDirectory)
      notes.push(
        'The Unified Messaging web services directory moved to the namespace in the virtual directory step.',
      );
    return [
      {
        id: `um-certificate-${server.name.toLowerCase()}`,
        title: `Give Unified Messaging on ${server.name} its own certificate`,
        why: `UM presents ${certificate.commonName}; Lync/Skype for Business and IP gateways check that name, not SAN entries or wildcards.`,
        runOn: server.name,
        parts: serverBlocks(profile, [server], () => commands),
        notes,
        sources: [
          'EX13-UM',
          um.startup === 'Set-UMServer' ? 'PS-UM10' : 'PS-UM',
          profile.files === 'path' ? 'E07-Enable' : 'PS-Enable',
        ],
      },
    ];
  });
}
