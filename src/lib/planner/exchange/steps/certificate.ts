/**
 * Runbook steps for the client access certificate: request → CA → complete → copy → enable.
 * Sources: EX-CSR, EX-Import, EX-Export, EX-Assign, PS-New/Import/Export/Enable, EX-Post, and for
 * 2007 and 2010 their own pages (E07-New, E07-Import, E07-Export, PS-2018, E10-CSR).
 */
import { assign, cmd, list, native, run, str, variable } from '../../powershell/ast.ts';
import type { Step } from '../../derived.ts';
import { validityLimit } from '../../cabf.ts';
import { folderOn } from '../topology.ts';
import type { ExchangeContext } from './context.ts';
import { powershell, serverBlocks } from './parts.ts';
import {
  askPfxPassword,
  askThumbprint,
  certificateFiles,
  enableCertificate,
  ensureFolder,
  exportPfx,
  importIssued,
  importPfx,
  requestCertificate,
  restartIis,
  showCertificate,
  SMTP_PROMPT_NOTE,
  thumbprintVariable,
} from './shared.ts';

export function certificateRequestSteps(context: ExchangeContext): Step[] {
  return [requestStep(context), submitStep(context)];
}

export function certificateInstallSteps(context: ExchangeContext): Step[] {
  const steps = [completeStep(context)];
  if (needsPfx(context)) steps.push(copyStep(context));
  if (!context.sbs) steps.push(enableStep(context));
  return steps;
}

/** The PFX is needed when another server (of this version, or an older one) gets the certificate. */
export function needsPfx(context: ExchangeContext): boolean {
  return context.client.servers.length > 1;
}

/** Where `server` reads the PFX the request server exported: the same folder, or its share. */
export function pfxPathFor(context: ExchangeContext, server: { name: string }): string {
  return certificateFiles(folderOn(context.plan, server), context.client).pfx;
}

function requestStep(context: ExchangeContext): Step {
  const { plan, profile, product, client, origin } = context;
  const folder = plan.exchange.certificateFolder;
  const files = certificateFiles(folder, client);
  const notes = [
    `Run this in the Exchange Management Shell on ${origin.name}: the private key is created there and stays there until you export it.`,
    `The request asks for ${client.sans.map((san) => san.name).join(', ')}${client.wildcard ? ' (a wildcard certificate)' : ''}, with subject ${client.subject}.`,
    'The names are listed explicitly. Do not add -IncludeAutoDiscover or -IncludeAcceptedDomains: they add a name for every accepted domain, including an internal Active Directory domain a public CA refuses.',
  ];
  switch (profile.files) {
    case 'path':
      notes.push(
        `${product.label} writes the request file itself (-Path) on ${origin.name}; its certificate cmdlets act on the local server only. The subject name is also the first name of the list, as ISA Server expects.`,
      );
      break;
    case 'content':
      notes.push(
        `${product.label} hands the request back as text: it is kept in $request and written to ${files.request} with Set-Content.`,
      );
      break;
    case 'server-path':
      notes.push(
        `${product.label} writes the request file itself (-RequestFile), on ${origin.name} or on a UNC share.`,
      );
      break;
    case 'session-bytes':
      notes.push(
        `${product.label} has no -RequestFile parameter: the request is kept in $request and written to ${files.request} from this session.`,
      );
      break;
  }
  if (plan.certificate.purpose === 'renewal') return renewalRequestStep(context, notes.slice(-1));
  return {
    id: 'request-certificate',
    title: `Create the certificate request on ${origin.name}`,
    why: "A certificate request (CSR) made by Exchange keeps the private key in the server's store, exportable for the other servers.",
    runOn: origin.name,
    parts: powershell(profile.shell, [
      ensureFolder(folder),
      ...requestCertificate(profile, plan, client, files.request, origin.name),
    ]),
    notes,
    sources: [profile.files === 'path' ? 'E07-New' : 'EX-CSR', 'PS-New'],
  };
}

/** The variable the renewal request reads the current certificate's thumbprint into. */
const CURRENT_THUMBPRINT = 'currentThumbprint';

/**
 * Renewal: the request is made from the certificate in place (Get-ExchangeCertificate piped to
 * New-ExchangeCertificate -GenerateRequest, PS-New and EX-Renew), so it carries the same subject
 * and names; the key is new, and exportable for the other servers.
 */
function renewalRequestStep(context: ExchangeContext, fileNotes: string[]): Step {
  const { plan, profile, client, origin } = context;
  const folder = plan.exchange.certificateFolder;
  const files = certificateFiles(folder, client);
  const server = profile.remoteCertificates ? str(origin.name) : undefined;
  return {
    id: 'request-certificate',
    title: `Create the renewal request from the current certificate on ${origin.name}`,
    why: 'A renewal request made from the certificate in place asks for the same subject and names, with a new private key that Exchange keeps on this server until you export it.',
    runOn: origin.name,
    parts: powershell(profile.shell, [
      ensureFolder(folder),
      run(
        cmd('Get-ExchangeCertificate', { Server: server }),
        cmd('Format-List', {
          Property: list([
            'FriendlyName',
            'Subject',
            'CertificateDomains',
            'Thumbprint',
            'NotAfter',
          ]),
        }),
      ),
      assign(
        CURRENT_THUMBPRINT,
        cmd('Read-Host', {
          Prompt: str(
            `Thumbprint of the certificate to renew (${client.commonName}, not self-signed)`,
          ),
        }),
      ),
      ...requestCertificate(
        profile,
        plan,
        client,
        files.request,
        origin.name,
        variable(CURRENT_THUMBPRINT),
      ),
    ]),
    notes: [
      `Pick the certificate issued by your CA for ${client.commonName} (IsSelfSigned False), not the self-signed Microsoft Exchange certificate or the Auth certificate.`,
      `The request copies the subject and names of the certificate in place. The plan's names are ${client.sans.map((san) => san.name).join(', ')}: if the current certificate lacks one (check CertificateDomains above), set the plan's certificate purpose to "new" and make a new request instead.`,
      ...fileNotes,
      'The certificate in place keeps working until the new one is enabled; nothing changes for clients yet.',
    ],
    sources: ['EX-Renew', 'PS-New', 'PS-Get'],
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
      `Save the CA's answer (the certificate, .cer or .p7b) as ${files.issued}, and save its intermediate certificate next to it.`,
    ],
    sources: ['EX-CSR', 'BR'],
  };
}

function completeStep({ plan, profile, product, client, origin }: ExchangeContext): Step {
  const files = certificateFiles(plan.exchange.certificateFolder, client);
  const readNote: Record<typeof profile.files, string> = {
    path: `${product.label} reads the file on ${origin.name} itself (-Path).`,
    content: 'The file is read in this session with Get-Content and sent to the server as bytes.',
    'server-path': `-FileName is read by ${origin.name}, so the path is the one on that server.`,
    'session-bytes': `The file is read in this session and sent to ${origin.name} as bytes (-FileData).`,
  };
  return {
    id: 'complete-request',
    title: `Complete the pending request on ${origin.name}`,
    why: "Importing the CA's answer on the server that made the request joins it with the private key waiting there; the import returns the new certificate's thumbprint, which every later step uses.",
    runOn: origin.name,
    parts: powershell(profile.shell, [
      ...importIssued(profile, files.issued, origin.name),
      showCertificate(profile, origin.name),
    ]),
    notes: [
      readNote[profile.files],
      'Write down the Thumbprint shown: the later steps ask for it, so none of them can pick an older certificate or a wildcard that carries the same name.',
      `Status should be Valid. If it says the chain is incomplete or untrusted, install the CA's intermediate certificate on ${origin.name} (certutil -addstore CA <intermediate.cer>, or the Certificates console, Intermediate Certification Authorities) and run Get-ExchangeCertificate again.`,
      'A certificate whose "valid from" time is a few hours ahead (a CA in another time zone) only works once that time has passed.',
    ],
    sources: [profile.files === 'path' ? 'E07-Import' : 'EX-Import', 'PS-Import'],
  };
}

function copyStep(context: ExchangeContext): Step {
  const { plan, profile, client, origin } = context;
  const files = certificateFiles(plan.exchange.certificateFolder, client);
  const targets = context.servers.filter((server) => server.name !== origin.name);
  const exportPart = powershell(profile.shell, [
    askThumbprint(),
    askPfxPassword(),
    ...exportPfx(profile, files.pfx, origin.name),
    ...(profile.remoteCertificates
      ? targets.map((server) => importPfx(profile, pfxPathFor(context, server), server.name))
      : []),
  ]);
  const localImports = profile.remoteCertificates
    ? []
    : serverBlocks(
        profile,
        targets,
        (server) => [importPfx(profile, pfxPathFor(context, server))],
        {
          prologue: [askPfxPassword()],
        },
      );
  const notes = [
    `The PFX file ${files.pfx} holds the private key: keep it and its password safe. The clean-up step deletes it once every server has the certificate.`,
  ];
  if (profile.pfxCheck)
    notes.push(
      'Get-PfxData opens the file with the password typed a second time: if it fails, export again before copying anything.',
    );
  if (profile.files === 'server-path')
    notes.push(
      `${context.product.label} reads -FileName on the target server, so other servers open the file through a UNC path.`,
    );
  if (!profile.remoteCertificates)
    notes.push(
      `Each other server imports the file in its own shell, reading it from ${origin.name}'s share; typing the password there again proves it.`,
    );
  if (context.older)
    notes.push(
      `The ${context.older.product.label} servers import the same file in the migration step.`,
    );
  return {
    id: 'copy-certificate',
    title:
      targets.length > 0
        ? `Copy the certificate to ${targets.map((server) => server.name).join(', ')}`
        : 'Export the certificate with its private key',
    why: 'Every server that clients reach must present the same certificate, so it is exported once with its private key and imported everywhere.',
    runOn: origin.name,
    parts: [...exportPart, ...localImports],
    notes,
    sources: [profile.files === 'path' ? 'E07-Export' : 'EX-Export', 'PS-Export', 'PS-Import'],
  };
}

function enableStep(context: ExchangeContext): Step {
  const { plan, profile, client, servers } = context;
  const parts = serverBlocks(
    profile,
    servers,
    (server) => [
      enableCertificate(profile, client.usages, thumbprintVariable(), server.name),
      restartIis(profile, server.name),
    ],
    { prologue: [askThumbprint()] },
  );
  const notes = [
    SMTP_PROMPT_NOTE,
    'IIS is restarted so Outlook on the web stops using cookies encrypted with the old certificate. Do one server at a time, taken out of the load balancer, to keep clients connected.',
  ];
  if (profile.selfSignedYears === 1)
    notes.push(
      'The self-signed default of Exchange 2007 lasts one year: when it nears its end, renew it with Get-ExchangeCertificate -Thumbprint <its thumbprint> | New-ExchangeCertificate, never by enabling the public certificate in its place.',
    );
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
    parts,
    notes,
    sources: ['EX-Assign', 'PS-Enable', 'PS-New', 'CSS-HC'],
  };
}
