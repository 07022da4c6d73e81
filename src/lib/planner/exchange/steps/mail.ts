/**
 * Mail flow and the mail protocols that pick their certificate by name: POP3/IMAP4
 * (X509CertificateName), the internet-facing Receive connector, the client submission connector
 * for POP/IMAP users, and the internet Send connector's FQDN, which must match the reverse DNS of
 * the address it leaves from. From 2013 a connector names its certificate (-TlsCertificateName);
 * before, the certificate whose name matches the connector's FQDN is used (STARTTLS).
 * Sources: EX-POP, EX-IMAP, PS-POP, PS-IMAP, PS-RC, EX-RC, PS-SC, EX-SenderRep, STARTTLS, KB948896.
 */
import {
  assign,
  bool,
  cmd,
  concat,
  list,
  member,
  run,
  str,
  variable,
  type Expr,
  type Statement,
} from '../../powershell/ast.ts';
import type { Step, StepPart } from '../../derived.ts';
import { sendingAddresses } from '../dns.ts';
import type { ExchangeProfile } from '../profiles/index.ts';
import { inboundSmtpHost, siteNamespace, type PlacedServer } from '../topology.ts';
import type { ExchangeContext } from './context.ts';
import { powershell, serverBlocks } from './parts.ts';
import { askThumbprint, CERT_VARIABLE, THUMBPRINT_VARIABLE } from './shared.ts';

interface MailProtocol {
  settingsCmdlet: 'Set-PopSettings' | 'Set-ImapSettings';
  label: string;
  service: string;
  backEndService: string;
  /** Connection settings clients are shown: TLS on the dedicated port, STARTTLS on the plain one. */
  ports: readonly [string, string];
}

const POP: MailProtocol = {
  settingsCmdlet: 'Set-PopSettings',
  label: 'POP3',
  service: 'MSExchangePOP3',
  backEndService: 'MSExchangePOP3BE',
  ports: ['995:SSL', '110:TLS'],
};
const IMAP: MailProtocol = {
  settingsCmdlet: 'Set-ImapSettings',
  label: 'IMAP4',
  service: 'MSExchangeIMAP4',
  backEndService: 'MSExchangeIMAP4BE',
  ports: ['993:SSL', '143:TLS'],
};

/** Connector commands, after the thumbprint prompt where they select the certificate by it. */
function connectorParts(profile: ExchangeProfile, commands: Statement[]): StepPart[] {
  return powershell(profile.shell, [
    ...(profile.transport.tlsCertificateName ? [askThumbprint()] : []),
    ...commands,
  ]);
}

export function mailSteps(context: ExchangeContext): Step[] {
  const { services } = context.plan.exchange;
  const steps: Step[] = [];
  const protocols = [services.pop ? POP : undefined, services.imap ? IMAP : undefined].filter(
    (protocol): protocol is MailProtocol => protocol !== undefined,
  );
  if (protocols.length > 0) {
    steps.push(popImapStep(context, protocols), clientSubmissionStep(context));
  }
  // With Edge Transport servers, internet SMTP lands on the Edge, which has its own steps.
  const renewal = context.plan.certificate.purpose === 'renewal';
  const { tlsCertificateName } = context.profile.transport;
  // A renewal keeps every FQDN: only connectors that name their certificate need a change.
  if (!services.edge && (!renewal || tlsCertificateName)) steps.push(receiveConnectorStep(context));
  if (!services.edge && !renewal) steps.push(sendConnectorStep(context));
  if (renewal && tlsCertificateName) steps.push(hybridConnectorStep(context));
  return steps;
}

/**
 * Renewal in a hybrid deployment: the connectors the Hybrid Configuration Wizard made name their
 * certificate by issuer and subject (TlsCertificateName, PS-SC and PS-RC). A renewed certificate
 * keeps the subject, but its issuer changes whenever the CA issues from a new intermediate, and
 * mail flow with Microsoft 365 then stops; the step sets both names from the new certificate.
 */
function hybridConnectorStep({ plan, profile }: ExchangeContext): Step {
  return {
    id: 'hybrid-connectors',
    title: 'Hybrid only: point the Microsoft 365 connectors at the renewed certificate',
    why: 'Mail between your servers and Exchange Online is secured with the certificate the hybrid connectors name by issuer and subject; the renewed one may come from another intermediate CA.',
    runOn: 'any Exchange server',
    parts: powershell(profile.shell, [
      askThumbprint(),
      findByThumbprint(profile),
      run(
        cmd('Get-SendConnector'),
        cmd('Format-List', { Property: list(['Identity', 'AddressSpaces', 'TlsCertificateName']) }),
      ),
      assign(
        'connector',
        cmd('Read-Host', {
          Prompt: str(
            'Name (Identity) of the Send connector to Microsoft 365 (Outbound to Office 365)',
          ),
        }),
      ),
      run(
        cmd('Set-SendConnector', {
          Identity: variable('connector'),
          TlsCertificateName: tlsCertificateName(),
        }),
      ),
    ]),
    notes: [
      'Skip this step without hybrid: then no connector names a certificate with TlsCertificateName.',
      plan.exchange.services.edge
        ? 'With Edge Transport servers, hybrid mail flows through them: every Edge needs a certificate with the same issuer and subject, and the Hybrid Configuration Wizard, run again, sets their connectors.'
        : 'The Receive connector step above already set the "Default Frontend" connectors, which take mail from Exchange Online, to the new certificate.',
      'Running the Hybrid Configuration Wizard again, choosing the renewed certificate, updates the same connectors and the Exchange Online side too.',
    ],
    sources: ['EXH-Cert', 'PS-SC', 'PS-RC'],
  };
}

function popImapStep(context: ExchangeContext, protocols: MailProtocol[]): Step {
  const { plan, profile, servers } = context;
  const serviceNames = (protocol: MailProtocol) =>
    profile.popImap.backEndServices
      ? [protocol.service, protocol.backEndService]
      : [protocol.service];
  const remote = profile.popImap.remote;
  const computer = (server: PlacedServer) => (remote ? str(server.name) : undefined);
  const commands = (server: PlacedServer): Statement[] => {
    const host = siteNamespace(plan, server.site);
    return protocols.flatMap((protocol) => {
      const settings = list(protocol.ports.map((port) => `${host}:${port}`));
      return [
        run(
          cmd(protocol.settingsCmdlet, {
            Server: computer(server),
            X509CertificateName: str(host),
            InternalConnectionSettings: profile.popImap.connectionSettings ? settings : undefined,
            ExternalConnectionSettings: profile.popImap.connectionSettings ? settings : undefined,
          }),
        ),
        ...serviceNames(protocol).map((service) =>
          run(
            cmd('Set-Service', {
              ComputerName: computer(server),
              Name: str(service),
              StartupType: str('Automatic'),
            }),
          ),
        ),
        run(
          cmd('Get-Service', {
            ComputerName: computer(server),
            Name: list(serviceNames(protocol)),
          }),
          cmd('Restart-Service', {}),
        ),
      ];
    });
  };
  const labels = protocols.map((protocol) => protocol.label).join(' and ');
  const parts = serverBlocks({ ...profile, remoteCertificates: remote }, servers, commands);
  const notes = [
    'The services are set to start automatically (they are off after setup) and restarted so the settings take effect.',
    plan.exchange.certificate.wildcard
      ? 'With a wildcard certificate this name is how POP and IMAP find it; the certificate itself is not enabled for them.'
      : 'The certificate was enabled for POP and IMAP in the enable step.',
  ];
  if (!profile.popImap.connectionSettings)
    notes.push(
      'X509CertificateName needs Exchange 2007 SP1; with a wildcard certificate, SP1 Update Rollup 4 or later. Clients are told the server name and ports by hand (there are no connection settings to publish).',
    );
  return {
    id: 'pop-imap',
    title: `Give ${labels} the certificate name and start the services`,
    why: `${labels} choose their certificate by the name in X509CertificateName${profile.popImap.connectionSettings ? ' and show clients the connection settings set here' : ''}.`,
    runOn: remote ? 'any Exchange server (the commands name each server)' : 'each Exchange server',
    parts,
    notes,
    sources: [
      ...protocols.flatMap((protocol) =>
        protocol === POP ? (['EX-POP', 'PS-POP'] as const) : (['EX-IMAP', 'PS-IMAP'] as const),
      ),
      ...(profile.popImap.connectionSettings ? [] : (['KB948896'] as const)),
    ],
  };
}

/** `<I>issuer<S>subject` of $cert (PS-RC), so no thumbprint or name is typed by hand. */
export function tlsCertificateName() {
  const cert = variable(CERT_VARIABLE);
  return concat(str('<I>'), member(cert, 'Issuer'), str('<S>'), member(cert, 'Subject'));
}

/** `$cert = Get-ExchangeCertificate -Server X -Thumbprint $thumbprint` where a connector names it. */
function findByThumbprint(profile: ExchangeProfile, server?: string): Statement {
  return assign(
    CERT_VARIABLE,
    cmd('Get-ExchangeCertificate', {
      Server: server !== undefined && profile.remoteCertificates ? str(server) : undefined,
      Thumbprint: variable(THUMBPRINT_VARIABLE),
    }),
  );
}

/** Sets a Receive connector's FQDN and, where the version can, the certificate it presents. */
function connectorCommands(
  profile: ExchangeProfile,
  identity: string,
  fqdn: string,
  server: string,
  extra: Record<string, Expr | undefined> = {},
): Statement[] {
  if (!profile.transport.tlsCertificateName)
    return [
      run(cmd('Set-ReceiveConnector', { Identity: str(identity), Fqdn: str(fqdn), ...extra })),
    ];
  return [
    findByThumbprint(profile, server),
    run(
      cmd('Set-ReceiveConnector', {
        Identity: str(identity),
        Fqdn: str(fqdn),
        TlsCertificateName: tlsCertificateName(),
        ...extra,
      }),
    ),
  ];
}

function receiveConnectorStep(context: ExchangeContext): Step {
  const { plan, profile, servers, sbs } = context;
  if (sbs) return sbsReceiveConnectorStep(context);
  const commands = servers.flatMap((server) =>
    connectorCommands(
      profile,
      profile.transport.internetConnector(server.name),
      siteNamespace(plan, server.site),
      server.name,
    ),
  );
  const notes = profile.transport.tlsCertificateName
    ? [
        'Only the "Default Frontend" connector faces the internet. Leave the FQDN of the "Default <server>" connector alone: changing it breaks mail between Mailbox servers.',
      ]
    : [
        'This version has no -TlsCertificateName: for STARTTLS, Exchange picks the certificate whose name matches the connector FQDN, which is why the FQDN is the namespace on the certificate.',
        'Where several Hub Transport servers send to each other, a dedicated internet Receive connector with this FQDN is the cleaner choice; the default connector then keeps the server name.',
      ];
  return {
    id: 'receive-connector',
    title: 'Use the certificate for internet SMTP (STARTTLS)',
    why: 'Servers sending mail to you see the name the Receive connector announces in EHLO; TLS needs a certificate carrying that name.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: connectorParts(profile, commands),
    notes,
    sources: profile.transport.tlsCertificateName ? ['PS-RC', 'EX-RC'] : ['STARTTLS', 'EX-RC'],
  };
}

/**
 * Windows SBS 2008's Internet mail wizard creates its own internet Receive connector, whose name
 * the plan does not hold: the step lists the server's connectors and asks which one faces the
 * internet.
 */
function sbsReceiveConnectorStep({ plan, profile, origin }: ExchangeContext): Step {
  return {
    id: 'receive-connector',
    title: 'Use the certificate for internet SMTP (STARTTLS)',
    why: 'Servers sending mail to you see the name the Receive connector announces in EHLO; TLS needs a certificate carrying that name.',
    runOn: origin.name,
    parts: powershell(profile.shell, [
      run(
        cmd('Get-ReceiveConnector', { Server: str(origin.name) }),
        cmd('Format-Table', { Property: list(['Identity', 'Bindings', 'Fqdn']) }),
      ),
      assign(
        'connector',
        cmd('Read-Host', {
          Prompt: str('Name (Identity) of the Receive connector that takes mail from the internet'),
        }),
      ),
      run(
        cmd('Set-ReceiveConnector', {
          Identity: variable('connector'),
          Fqdn: str(plan.exchange.namespace),
        }),
      ),
    ]),
    notes: [
      "Windows SBS 2008's wizards create the internet Receive connector themselves; pick the one bound to port 25 that accepts anonymous mail.",
      'Exchange 2007 picks the STARTTLS certificate whose name matches the connector FQDN.',
    ],
    sources: ['STARTTLS', 'EX-RC', 'SBS-IAMW'],
  };
}

/**
 * POP and IMAP users send through the client connector (port 587, authenticated): it must show the
 * namespace, present the certificate and, from 2010, advertise its settings to clients.
 */
function clientSubmissionStep({ plan, profile, servers }: ExchangeContext): Step {
  const advertise = {
    AdvertiseClientSettings: profile.transport.advertiseClientSettings ? bool(true) : undefined,
  };
  const commands = servers.flatMap((server) =>
    connectorCommands(
      profile,
      profile.transport.clientConnector(server.name),
      siteNamespace(plan, server.site),
      server.name,
      advertise,
    ),
  );
  return {
    id: 'client-connector',
    title: 'Let POP and IMAP clients send with the certificate (SMTP on port 587)',
    why: 'POP and IMAP clients send through the authenticated client connector; it must present a certificate with the name they connect to.',
    runOn: 'any Exchange server (the commands name each server)',
    parts: connectorParts(profile, commands),
    notes: [
      `Clients use ${plan.exchange.namespace}, port 587, STARTTLS, with their mailbox credentials.`,
      ...(profile.transport.advertiseClientSettings
        ? [
            'AdvertiseClientSettings shows these settings to POP and IMAP users in Outlook on the web (Options, POP and IMAP).',
          ]
        : []),
    ],
    sources: ['PS-RC', 'EX-POP', 'EX-IMAP'],
  };
}

/**
 * The internet Send connector announces its FQDN in EHLO; receivers compare it with the reverse
 * DNS of the sending address, so it is the PTR name (EX-SenderRep). Its name is not in the plan,
 * so the step lists the connectors and asks for it.
 */
function sendConnectorStep({ plan, profile }: ExchangeContext): Step {
  const host = inboundSmtpHost(plan);
  const addresses = sendingAddresses(plan);
  const notes = [
    'Pick the connector whose address space is * (or your smart host). A Send connector to a smart host announces this FQDN to the smart host instead, which is harmless.',
  ];
  if (addresses.length > 1)
    notes.push(
      `Mail leaves from ${addresses.length} addresses (${addresses.map((pair) => `${pair.ip} → ${pair.host}`).join(', ')}): a connector announces one FQDN, so give each site its own connector with its own FQDN, or send from one address only.`,
    );
  return {
    id: 'send-connector',
    title: `Announce ${host} on the internet Send connector`,
    why: 'Receiving servers compare the name your server announces in EHLO with the reverse DNS of its address; the FQDN set here matches the PTR record in the DNS plan.',
    runOn: 'any Exchange server',
    parts: powershell(profile.shell, [
      run(
        cmd('Get-SendConnector'),
        cmd('Format-Table', { Property: list(['Identity', 'AddressSpaces', 'Fqdn']) }),
      ),
      assign(
        'connector',
        cmd('Read-Host', { Prompt: str('Name (Identity) of the Send connector to the internet') }),
      ),
      run(cmd('Set-SendConnector', { Identity: variable('connector'), Fqdn: str(host) })),
    ]),
    notes,
    sources: ['PS-SC', 'EX-SenderRep'],
  };
}
