/**
 * Mail protocols that pick their certificate by name: POP3/IMAP4 (X509CertificateName) and the
 * internet-facing Receive connector (TlsCertificateName, 2013+). Sources: EX-POP, EX-IMAP, PS-POP,
 * PS-IMAP, PS-RC, EX-RC.
 */
import {
  cmd,
  concat,
  list,
  member,
  run,
  str,
  variable,
  type Statement,
} from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { powershell } from './parts.ts';
import type { ExchangeContext } from './context.ts';
import { CERT_VARIABLE, findCertificate } from './shared.ts';
import { siteNamespace } from '../topology.ts';

interface MailProtocol {
  settingsCmdlet: 'Set-PopSettings' | 'Set-ImapSettings';
  label: string;
  services: readonly [string, string];
  /** Connection settings clients are shown: TLS on the dedicated port, STARTTLS on the plain one. */
  ports: readonly [string, string];
}

const POP: MailProtocol = {
  settingsCmdlet: 'Set-PopSettings',
  label: 'POP3',
  services: ['MSExchangePOP3', 'MSExchangePOP3BE'],
  ports: ['995:SSL', '110:TLS'],
};
const IMAP: MailProtocol = {
  settingsCmdlet: 'Set-ImapSettings',
  label: 'IMAP4',
  services: ['MSExchangeIMAP4', 'MSExchangeIMAP4BE'],
  ports: ['993:SSL', '143:TLS'],
};

export function mailSteps(context: ExchangeContext): Step[] {
  const { services } = context.plan.exchange;
  const steps: Step[] = [];
  const protocols = [services.pop ? POP : undefined, services.imap ? IMAP : undefined].filter(
    (protocol): protocol is MailProtocol => protocol !== undefined,
  );
  if (protocols.length > 0) steps.push(popImapStep(context, protocols));
  // With Edge Transport servers, internet SMTP lands on the Edge, which has its own certificate step.
  if (!services.edge) steps.push(receiveConnectorStep(context));
  return steps;
}

function popImapStep({ plan, servers }: ExchangeContext, protocols: MailProtocol[]): Step {
  const commands: Statement[] = [];
  for (const server of servers) {
    const host = siteNamespace(plan, server.site);
    for (const protocol of protocols) {
      const settings = list(protocol.ports.map((port) => `${host}:${port}`));
      commands.push(
        run(
          cmd(protocol.settingsCmdlet, {
            Server: str(server.name),
            X509CertificateName: str(host),
            InternalConnectionSettings: settings,
            ExternalConnectionSettings: settings,
          }),
        ),
      );
      for (const service of protocol.services) {
        commands.push(
          run(
            cmd('Set-Service', {
              ComputerName: str(server.name),
              Name: str(service),
              StartupType: str('Automatic'),
            }),
          ),
        );
      }
      commands.push(
        run(
          cmd('Get-Service', { ComputerName: str(server.name), Name: list(protocol.services) }),
          cmd('Restart-Service', {}),
        ),
      );
    }
  }
  const labels = protocols.map((protocol) => protocol.label).join(' and ');
  return {
    id: 'pop-imap',
    title: `Give ${labels} the certificate name and start the services`,
    why: `${labels} choose their certificate by the name in X509CertificateName and show clients the connection settings set here.`,
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell('exchange', commands),
    notes: [
      `The services are set to start automatically (they are off after setup) and restarted so the settings take effect.`,
      plan.exchange.certificate.wildcard
        ? 'With a wildcard certificate this name is how POP and IMAP find it; the certificate itself is not enabled for them.'
        : 'The certificate was enabled for POP and IMAP in the enable step.',
    ],
    sources: protocols.flatMap((protocol) =>
      protocol === POP ? (['EX-POP', 'PS-POP'] as const) : (['EX-IMAP', 'PS-IMAP'] as const),
    ),
  };
}

function receiveConnectorStep({ plan, client, servers }: ExchangeContext): Step {
  const commands: Statement[] = [];
  for (const server of servers) {
    commands.push(
      findCertificate(client.commonName, server),
      run(
        cmd('Set-ReceiveConnector', {
          Identity: str(`${server.name}\\Default Frontend ${server.name}`),
          Fqdn: str(siteNamespace(plan, server.site)),
          TlsCertificateName: tlsCertificateName(),
        }),
      ),
    );
  }
  return {
    id: 'receive-connector',
    title: 'Use the certificate for internet SMTP (STARTTLS)',
    why: 'Servers sending mail to you see the name the Receive connector announces in EHLO; TLS needs a certificate carrying that name.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: powershell('exchange', commands),
    notes: [
      'Only the "Default Frontend" connector faces the internet. Leave the FQDN of the "Default <server>" connector alone: changing it breaks mail between Mailbox servers.',
    ],
    sources: ['PS-RC', 'EX-RC'],
  };
}

/** `<I>issuer<S>subject` of the found certificate (PS-RC), built from $cert so no thumbprint is typed. */
export function tlsCertificateName() {
  const cert = variable(CERT_VARIABLE);
  return concat(str('<I>'), member(cert, 'Issuer'), str('<S>'), member(cert, 'Subject'));
}
