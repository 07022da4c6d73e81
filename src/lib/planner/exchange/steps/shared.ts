/**
 * Command builders several Exchange steps share, for any version: writing the request, importing
 * the issued certificate and the PFX, exporting it, enabling it. Each version's way of doing it
 * comes from its profile (`files`, `remoteCertificates`), never from a version test, so the same
 * builder writes the new servers' commands and the older servers' in a migration.
 *
 * The certificate is always picked by the thumbprint the import returned, never by name and date,
 * which could catch an older certificate or a wildcard carrying the same name.
 */
import {
  assign,
  bool,
  cmd,
  evaluate,
  list,
  member,
  native,
  num,
  run,
  staticCall,
  str,
  sub,
  variable,
  type Expr,
  type Statement,
} from '../../powershell/ast.ts';
import type { PlannedCertificate } from '../../derived.ts';
import type { Plan } from '../../plan/plan.ts';
import { fileBaseName } from '../topology.ts';
import type { ExchangeProfile } from '../profiles/index.ts';

export const CERT_VARIABLE = 'cert';
export const THUMBPRINT_VARIABLE = 'thumbprint';
export const PFX_PASSWORD_VARIABLE = 'pfxPassword';

export interface CertificateFiles {
  request: string;
  issued: string;
  pfx: string;
}

/** File paths for one certificate inside `folder`. */
export function certificateFiles(
  folder: string,
  certificate: PlannedCertificate,
): CertificateFiles {
  const base = `${folder}\\${fileBaseName(certificate.commonName)}`;
  return { request: `${base}.req`, issued: `${base}.cer`, pfx: `${base}.pfx` };
}

/** `New-Item -ItemType Directory -Force`: creates the folder, or does nothing when it exists. */
export function ensureFolder(folder: string): Statement {
  return run(cmd('New-Item', { ItemType: str('Directory'), Path: str(folder), Force: true }));
}

/** -Server where the version's certificate cmdlets take it (2010+); 2007 acts on the local computer. */
const serverParameter = (profile: ExchangeProfile, server?: string): Expr | undefined =>
  server !== undefined && profile.remoteCertificates ? str(server) : undefined;

/**
 * The names for -DomainName. Exchange 2010 and later add the subject's CN to the SAN list
 * themselves, so only the other names are given (EX-CSR); Exchange 2007 must list the subject
 * first when ISA Server publishes it (E07-Multi). Edge and UM requests always pass their name:
 * without -DomainName the request would carry the server's own names. A wildcard goes in the
 * subject only (-DomainName takes letters, digits and hyphens: PS-New).
 */
export function domainNames(profile: ExchangeProfile, certificate: PlannedCertificate): string[] {
  const names = certificate.sans.map((san) => san.name).filter((name) => !name.startsWith('*.'));
  const listsSubject = profile.files === 'path' || certificate.role !== 'client-access';
  return listsSubject ? names : names.filter((name) => name !== certificate.commonName);
}

/**
 * The CSR, written to `requestFile` the version's way: -Path (2007), Set-Content (2010),
 * -RequestFile (2013), or .NET in the session (2016 CU23+, 2019, SE: PS-New example 4).
 * `server` is omitted on an Edge Transport server, where the command runs locally.
 */
export function requestCertificate(
  profile: ExchangeProfile,
  plan: Plan,
  certificate: PlannedCertificate,
  requestFile: string,
  server?: string,
  renewing?: Expr,
): Statement[] {
  const names = domainNames(profile, certificate);
  // A renewal request takes the subject and names from the certificate piped in (-Instance);
  // key size, exportability and the friendly name are still this plan's (PS-New, EX-Renew).
  const parameters = {
    Server: serverParameter(profile, server),
    GenerateRequest: true,
    SubjectName: renewing ? undefined : str(certificate.subject),
    DomainName: !renewing && names.length > 0 ? list(names) : undefined,
    KeySize: num(certificate.keySize),
    PrivateKeyExportable: bool(true),
    FriendlyName: str(friendlyName(plan, certificate)),
  } as const;
  const current = renewing
    ? [
        cmd('Get-ExchangeCertificate', {
          Server: serverParameter(profile, server),
          Thumbprint: renewing,
        }),
      ]
    : [];
  const request = (extra: Record<string, Expr>) =>
    [...current, cmd('New-ExchangeCertificate', { ...parameters, ...extra })] as const;
  switch (profile.files) {
    case 'path':
      return [run(...request({ Path: str(requestFile) }))];
    case 'server-path':
      return [run(...request({ RequestFile: str(requestFile) }))];
    case 'content':
      return [
        assign('request', ...request({})),
        run(cmd('Set-Content', { Path: str(requestFile), Value: variable('request') })),
      ];
    case 'session-bytes':
      return [
        assign('request', ...request({})),
        evaluate(
          staticCall(
            'System.IO.File',
            'WriteAllBytes',
            str(requestFile),
            staticCall('System.Text.Encoding', 'Unicode.GetBytes', variable('request')),
          ),
        ),
      ];
  }
}

/** The plan's friendly name for the client access certificate; other certificates name themselves. */
function friendlyName(plan: Plan, certificate: PlannedCertificate): string {
  if (certificate.role === 'client-access') return plan.exchange.certificate.friendlyName;
  return `${certificate.commonName} ${plan.certificate.issueDate}`.slice(0, 63);
}

/** Reads a file in the shell session for -FileData (PS-Import example 2). */
export const readBytes = (path: string) => staticCall('System.IO.File', 'ReadAllBytes', str(path));

/** Reads a file as bytes with Get-Content, the Exchange 2010 way (PS-2018). */
const contentBytes = (path: string) =>
  sub(cmd('Get-Content', { Path: str(path), Encoding: str('Byte'), ReadCount: num(0) }));

/** How the version's Import-ExchangeCertificate takes a file. */
function fileSource(profile: ExchangeProfile, path: string) {
  switch (profile.files) {
    case 'path':
      return { Path: str(path) };
    case 'server-path':
      return { FileName: str(path) };
    case 'content':
      return { FileData: contentBytes(path) };
    case 'session-bytes':
      return { FileData: readBytes(path) };
  }
}

/**
 * Imports the CA's answer on the server that made the request, which completes the pending
 * request (EX-Import), and keeps the thumbprint the import returns in $thumbprint.
 */
export function importIssued(
  profile: ExchangeProfile,
  issuedFile: string,
  server?: string,
): Statement[] {
  return [
    assign(
      CERT_VARIABLE,
      cmd('Import-ExchangeCertificate', {
        Server: serverParameter(profile, server),
        ...fileSource(profile, issuedFile),
      }),
    ),
    evaluate(member(variable(CERT_VARIABLE), 'Thumbprint'), THUMBPRINT_VARIABLE),
  ];
}

/** Shows the certificate by thumbprint: its names, services, status and expiry. */
export function showCertificate(profile: ExchangeProfile, server?: string): Statement {
  return run(
    cmd('Get-ExchangeCertificate', {
      Server: serverParameter(profile, server),
      Thumbprint: variable(THUMBPRINT_VARIABLE),
    }),
    cmd('Format-List', {
      Property: list([
        'FriendlyName',
        'Subject',
        'CertificateDomains',
        'Services',
        'Status',
        'NotAfter',
        'Thumbprint',
      ]),
    }),
  );
}

/** Asks for the thumbprint the complete step showed, so each step can be pasted on its own. */
export function askThumbprint(): Statement {
  return assign(
    THUMBPRINT_VARIABLE,
    cmd('Read-Host', {
      Prompt: str('Thumbprint of the new certificate (the complete step shows it)'),
    }),
  );
}

/** Asks for the password that protects the exported PFX file. */
export function askPfxPassword(): Statement {
  return assign(
    PFX_PASSWORD_VARIABLE,
    cmd('Read-Host', { Prompt: str('Password for the PFX file'), AsSecureString: true }),
  );
}

/**
 * Exports the certificate with its private key to `pfxFile`, the version's way, and (where the
 * pki module exists) opens the file again with the password typed a second time, so a typing
 * mistake shows up now and not on the next server.
 */
export function exportPfx(profile: ExchangeProfile, pfxFile: string, server?: string): Statement[] {
  const parameters = {
    Server: serverParameter(profile, server),
    Thumbprint: variable(THUMBPRINT_VARIABLE),
    BinaryEncoded: true,
    Password: variable(PFX_PASSWORD_VARIABLE),
  };
  const commands: Statement[] = [];
  switch (profile.files) {
    case 'path':
      commands.push(run(cmd('Export-ExchangeCertificate', { ...parameters, Path: str(pfxFile) })));
      break;
    case 'server-path':
      commands.push(
        run(cmd('Export-ExchangeCertificate', { ...parameters, FileName: str(pfxFile) })),
      );
      break;
    case 'content':
      commands.push(
        assign('pfx', cmd('Export-ExchangeCertificate', parameters)),
        run(
          cmd('Set-Content', {
            Path: str(pfxFile),
            Value: member(variable('pfx'), 'FileData'),
            Encoding: str('Byte'),
          }),
        ),
      );
      break;
    case 'session-bytes':
      commands.push(
        assign('pfx', cmd('Export-ExchangeCertificate', parameters)),
        evaluate(
          staticCall(
            'System.IO.File',
            'WriteAllBytes',
            str(pfxFile),
            member(variable('pfx'), 'FileData'),
          ),
        ),
      );
      break;
  }
  if (profile.pfxCheck) {
    commands.push(
      run(
        cmd('Get-PfxData', {
          FilePath: str(pfxFile),
          Password: sub(
            cmd('Read-Host', {
              Prompt: str('The PFX password again, to check the file opens with it'),
              AsSecureString: true,
            }),
          ),
        }),
      ),
    );
  }
  return commands;
}

/** Imports the PFX on another server (keeping the key exportable where the version allows it). */
export function importPfx(profile: ExchangeProfile, pfxFile: string, server?: string): Statement {
  return assign(
    CERT_VARIABLE,
    cmd('Import-ExchangeCertificate', {
      Server: serverParameter(profile, server),
      ...fileSource(profile, pfxFile),
      Password: variable(PFX_PASSWORD_VARIABLE),
      PrivateKeyExportable: profile.files === 'path' ? undefined : bool(true),
    }),
  );
}

export function enableCertificate(
  profile: ExchangeProfile,
  services: readonly string[],
  thumbprint: Expr,
  server?: string,
): Statement {
  return run(
    cmd('Enable-ExchangeCertificate', {
      Server: serverParameter(profile, server),
      Thumbprint: thumbprint,
      Services: list(services),
    }),
  );
}

/** Restarts IIS on the server (remotely by name where the commands run remotely). */
export function restartIis(profile: ExchangeProfile, server: string): Statement {
  return profile.remoteCertificates
    ? native('iisreset.exe', str(server), str('/noforce'))
    : native('iisreset.exe', str('/noforce'));
}

export const thumbprintVariable = () => variable(THUMBPRINT_VARIABLE);
export const certificateThumbprint = () => member(variable(CERT_VARIABLE), 'Thumbprint');

/** The answer to Enable-ExchangeCertificate's SMTP prompt, and why (PS-Enable, PS-New, CSS-HC). */
export const SMTP_PROMPT_NOTE =
  'When asked "Overwrite the existing default SMTP certificate?", answer No (N). The self-signed default keeps securing mail between Exchange servers; Microsoft\'s Enable-ExchangeCertificate and New-ExchangeCertificate references say it normally need not be replaced, and HealthChecker checks that it is still there and valid. A public certificate in its place would break internal mail each time it expires, every few months.';

/** On an Edge the answer is No as well: EdgeSync relies on the Edge's self-signed certificate. */
export const SMTP_PROMPT_EDGE =
  'When asked "Overwrite the existing default SMTP certificate?", answer No (N): EdgeSync keeps using the Edge server\'s self-signed certificate, and replacing it breaks the subscription.';
