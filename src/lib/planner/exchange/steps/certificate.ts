/**
 * Runbook steps for the client access certificate: request → CA → complete → copy → enable.
 * Sources: EX-CSR, EX-Import, EX-Export, EX-Assign, PS-New/Import/Export/Enable, EX-Post.
 */
import {
  cmd,
  list,
  member,
  native,
  run,
  staticCall,
  str,
  bool,
  assign,
  evaluate,
  variable,
  type Statement,
} from '../../powershell/ast.ts';
import type { PlannedCertificate, Step } from '../../derived.ts';
import { powershell } from './parts.ts';
import { validityLimit } from '../../cabf.ts';
import { folderOn } from '../topology.ts';
import type { ExchangeContext } from './context.ts';
import {
  askPfxPassword,
  certificateFiles,
  certificateThumbprint,
  ensureFolder,
  findCertificate,
  importIssued,
  PFX_PASSWORD_VARIABLE,
  readBytes,
  requestCertificate,
} from './shared.ts';

export function certificateRequestSteps(context: ExchangeContext): Step[] {
  return [requestStep(context), submitStep(context)];
}

export function certificateInstallSteps(context: ExchangeContext): Step[] {
  const steps = [completeStep(context)];
  if (needsPfx(context)) steps.push(copyStep(context));
  steps.push(enableStep(context));
  return steps;
}

/** The PFX is needed when another server (of this version, or a 2007 CAS) gets the certificate. */
export function needsPfx(context: ExchangeContext): boolean {
  return context.client.servers.length > 1;
}

function requestStep({ plan, profile, product, client, origin }: ExchangeContext): Step {
  const folder = plan.exchange.certificateFolder;
  const files = certificateFiles(folder, client);
  const notes = [
    `Run this in the Exchange Management Shell on ${origin.name}: the private key is created there and stays there until you export it.`,
    `The request asks for ${client.sans.map((san) => san.name).join(', ')}${client.wildcard ? ' (a wildcard certificate)' : ''}, with subject ${client.subject}.`,
    'The names are listed explicitly. Do not add -IncludeAutoDiscover or -IncludeAcceptedDomains: they add a name for every accepted domain, including an internal Active Directory domain a public CA refuses.',
  ];
  if (profile.files === 'server-path') {
    notes.push(
      `Exchange 2013 writes the request file itself (-RequestFile), on ${origin.name} or on a UNC share.`,
    );
  } else {
    notes.push(
      `${product.label} has no -RequestFile parameter: the request is kept in $request and written to ${files.request} from this session.`,
    );
  }
  return {
    id: 'request-certificate',
    title: `Create the certificate request on ${origin.name}`,
    why: "A certificate request (CSR) made by Exchange keeps the private key in the server's store, exportable for the other servers.",
    runOn: origin.name,
    parts: powershell('exchange', [
      ensureFolder(folder),
      ...requestCertificate(profile, plan, client, files.request, origin),
    ]),
    notes,
    sources: ['EX-CSR', 'PS-New'],
  };
}

function submitStep({ plan, client }: ExchangeContext): Step {
  const files = certificateFiles(plan.exchange.certificateFolder, client);
  const limit = validityLimit(plan.certificate.issueDate);
  if (plan.certificate.authority === 'enterprise') {
    return {
      id: 'submit-request',
      title: 'Submit the request to your enterprise CA',
      why: 'An Active Directory enterprise CA issues the certificate from the Web Server template; domain members already trust it.',
      runOn: 'a domain member that can reach the enterprise CA',
      parts: powershell('windows', [
        native(
          'certreq.exe',
          str('-submit'),
          str('-attrib'),
          str('CertificateTemplate:WebServer'),
          str(files.request),
          str(files.issued),
        ),
      ]),
      notes: [
        'certreq asks which CA to use when there is more than one. If the template needs approval, issue the request on the CA and retrieve it with certreq -retrieve.',
        'Devices that are not domain members (phones, home computers) do not trust an enterprise CA unless its root certificate is installed on them.',
      ],
      sources: ['CertReq', 'EX-CSR'],
    };
  }
  return {
    id: 'submit-request',
    title: 'Order the certificate from your public CA',
    why: 'Clients trust a public CA without any setup, which matters for phones and computers outside the domain.',
    runOn: "your CA's web site",
    parts: [],
    notes: [
      `Open ${files.request} in Notepad and paste the whole text, BEGIN and END lines included, into the CA's order form.`,
      `Order a ${client.wildcard ? 'wildcard' : 'multi-name (SAN/UC)'} certificate for exactly: ${client.sans.map((san) => san.name).join(', ')}.`,
      `Lifetime: ${plan.certificate.validityDays} days. Certificates issued from ${limit.from} may be valid for at most ${limit.maxDays} days (CA/Browser Forum).`,
      `Save the CA's answer (the certificate, .cer or .p7b) as ${files.issued}.`,
    ],
    sources: ['EX-CSR', 'BR'],
  };
}

function completeStep({ plan, profile, client, origin }: ExchangeContext): Step {
  const files = certificateFiles(plan.exchange.certificateFolder, client);
  return {
    id: 'complete-request',
    title: `Complete the pending request on ${origin.name}`,
    why: "Importing the CA's answer on the server that made the request joins it with the private key waiting there.",
    runOn: origin.name,
    parts: powershell('exchange', [
      importIssued(profile, files.issued, origin),
      run(
        cmd('Get-ExchangeCertificate', {
          Server: str(origin.name),
          DomainName: str(client.commonName),
        }),
        cmd('Format-List', {
          Property: list([
            'FriendlyName',
            'Subject',
            'CertificateDomains',
            'Status',
            'NotAfter',
            'Thumbprint',
          ]),
        }),
      ),
    ]),
    notes: [
      profile.files === 'server-path'
        ? `-FileName is read by ${origin.name}, so the path is the one on that server.`
        : `The file is read in this session and sent to ${origin.name} as bytes (-FileData).`,
      'Status should be Valid. A certificate whose "valid from" time is a few hours ahead (CA in another time zone) only works once that time has passed.',
    ],
    sources: ['EX-Import', 'PS-Import'],
  };
}

function copyStep(context: ExchangeContext): Step {
  const { plan, profile, client, origin } = context;
  const files = certificateFiles(plan.exchange.certificateFolder, client);
  const targets = context.servers.filter((server) => server.name !== origin.name);
  const commands: Statement[] = [findCertificate(client.commonName, origin), askPfxPassword()];
  const exportParameters = {
    Server: str(origin.name),
    Thumbprint: certificateThumbprint(),
    BinaryEncoded: true,
    Password: variable(PFX_PASSWORD_VARIABLE),
  };
  if (profile.files === 'server-path') {
    commands.push(
      run(cmd('Export-ExchangeCertificate', { ...exportParameters, FileName: str(files.pfx) })),
    );
  } else {
    commands.push(
      assign('pfx', cmd('Export-ExchangeCertificate', exportParameters)),
      evaluate(
        staticCall(
          'System.IO.File',
          'WriteAllBytes',
          str(files.pfx),
          member(variable('pfx'), 'FileData'),
        ),
      ),
    );
  }
  for (const server of targets) {
    const source =
      profile.files === 'server-path'
        ? { FileName: str(certificateFiles(folderOn(plan, server), client).pfx) }
        : { FileData: readBytes(files.pfx) };
    commands.push(
      run(
        cmd('Import-ExchangeCertificate', {
          Server: str(server.name),
          ...source,
          Password: variable(PFX_PASSWORD_VARIABLE),
          PrivateKeyExportable: bool(true),
        }),
      ),
    );
  }
  return {
    id: 'copy-certificate',
    title:
      targets.length > 0
        ? `Copy the certificate to ${targets.map((server) => server.name).join(', ')}`
        : 'Export the certificate with its private key',
    why: 'Every server that clients reach must present the same certificate, so it is exported once with its private key and imported everywhere.',
    runOn: origin.name,
    parts: powershell('exchange', commands),
    notes: [
      `The PFX file ${files.pfx} holds the private key: keep it and its password safe, and delete the file once every server has the certificate.`,
      ...(profile.files === 'server-path'
        ? [
            'Exchange 2013 reads -FileName on the target server, so other servers open the file through a UNC path.',
          ]
        : []),
    ],
    sources: ['EX-Export', 'PS-Export', 'PS-Import'],
  };
}

function enableStep({ plan, client, servers }: ExchangeContext): Step {
  const commands: Statement[] = [];
  for (const server of servers) {
    commands.push(
      findCertificate(client.commonName, server),
      run(
        cmd('Enable-ExchangeCertificate', {
          Server: str(server.name),
          Thumbprint: certificateThumbprint(),
          Services: list(client.usages),
        }),
      ),
      native('iisreset.exe', str(server.name), str('/noforce')),
    );
  }
  const notes = [
    'When asked "Overwrite the existing default SMTP certificate?", answer Yes (Y).',
    'IIS is restarted so Outlook on the web stops using cookies encrypted with the old certificate. Do one server at a time, taken out of the load balancer, to keep clients connected.',
  ];
  if (
    plan.exchange.certificate.wildcard &&
    (plan.exchange.services.pop || plan.exchange.services.imap)
  ) {
    notes.push(
      'POP and IMAP are left out on purpose: a wildcard certificate is never enabled for them. The POP/IMAP step selects it by name instead.',
    );
  }
  return {
    id: 'enable-certificate',
    title: `Enable the certificate for ${client.usages.join(', ')}`,
    why: 'Importing a certificate does not use it: each service has to be pointed at it on every server.',
    runOn: servers.map((server) => server.name).join(', '),
    parts: powershell('exchange', commands),
    notes,
    sources: ['EX-Assign', 'PS-Enable', 'EX-Post'],
  };
}

/** Used by the legacy step: where 2007 servers read the PFX from. */
export function pfxPathFor(
  context: ExchangeContext,
  certificate: PlannedCertificate,
  reader: { name: string; ip: string | null },
): string {
  return certificateFiles(folderOn(context.plan, reader), certificate).pfx;
}
