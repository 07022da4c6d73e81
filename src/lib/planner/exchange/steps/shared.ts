/**
 * Command builders several Exchange steps share: writing the request, importing the issued
 * certificate, finding it again by name. Version differences come from the profile's `files`
 * setting (2013 server-side paths vs. 2016+ bytes written in the session), never from version tests.
 */
import {
  assign,
  cmd,
  evaluate,
  list,
  member,
  num,
  run,
  staticCall,
  str,
  bool,
  variable,
  type Statement,
} from '../../powershell/ast.ts';
import type { PlannedCertificate } from '../../derived.ts';
import type { Plan } from '../../plan/plan.ts';
import type { Server } from '../../plan/sections/exchange.ts';
import { fileBaseName } from '../topology.ts';
import type { ExchangeProfile } from '../profiles/index.ts';

export const CERT_VARIABLE = 'cert';
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

/**
 * The CSR. Names other than the subject go in -DomainName (the CN is added automatically, and a
 * wildcard request names only what the wildcard does not cover), as in EX-CSR's examples.
 * `server` is omitted on an Edge Transport server, where the command runs locally.
 */
export function requestCertificate(
  profile: ExchangeProfile,
  plan: Plan,
  certificate: PlannedCertificate,
  requestFile: string,
  server?: Server,
): Statement[] {
  const otherNames = certificate.sans
    .map((san) => san.name)
    .filter((name) => name !== certificate.commonName);
  const parameters = {
    Server: server ? str(server.name) : undefined,
    GenerateRequest: true,
    SubjectName: str(certificate.subject),
    DomainName: otherNames.length > 0 ? list(otherNames) : undefined,
    KeySize: num(certificate.keySize),
    PrivateKeyExportable: bool(true),
    FriendlyName: str(friendlyName(plan, certificate)),
  } as const;
  if (profile.files === 'server-path') {
    return [run(cmd('New-ExchangeCertificate', { ...parameters, RequestFile: str(requestFile) }))];
  }
  // PS-New example 4: keep the request in a variable, then write it as text from the session.
  return [
    assign('request', cmd('New-ExchangeCertificate', parameters)),
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

/** The plan's friendly name for the client access certificate; other certificates name themselves. */
function friendlyName(plan: Plan, certificate: PlannedCertificate): string {
  if (certificate.commonName === plan.exchange.namespace || certificate.wildcard)
    return plan.exchange.certificate.friendlyName;
  return `${certificate.commonName} ${plan.certificate.issueDate}`.slice(0, 63);
}

/** Reads a file in the shell session for -FileData (PS-Import example 2). */
export const readBytes = (path: string) => staticCall('System.IO.File', 'ReadAllBytes', str(path));

/**
 * Import the CA's answer on the server that made the request, which completes the pending request
 * (EX-Import). 2013 reads a server-side path with -FileName; later versions take -FileData.
 */
export function importIssued(
  profile: ExchangeProfile,
  issuedFile: string,
  server?: Server,
): Statement {
  const target = server ? str(server.name) : undefined;
  if (profile.files === 'server-path') {
    return run(cmd('Import-ExchangeCertificate', { Server: target, FileName: str(issuedFile) }));
  }
  return run(
    cmd('Import-ExchangeCertificate', { Server: target, FileData: readBytes(issuedFile) }),
  );
}

/**
 * `$cert = Get-ExchangeCertificate -Server X -DomainName <cn> | Sort-Object NotAfter -Descending |
 * Select-Object -First 1`: the newest certificate carrying the name, so each step can be pasted on
 * its own and a renewal picks the new certificate, not the expiring one.
 */
export function findCertificate(commonName: string, server?: Server): Statement {
  return assign(
    CERT_VARIABLE,
    cmd('Get-ExchangeCertificate', {
      Server: server ? str(server.name) : undefined,
      DomainName: str(commonName),
    }),
    cmd('Sort-Object', { Property: str('NotAfter'), Descending: true }),
    cmd('Select-Object', { First: num(1) }),
  );
}

export const certificateThumbprint = () => member(variable(CERT_VARIABLE), 'Thumbprint');

/** Asks once for the password that protects the exported PFX file. */
export function askPfxPassword(): Statement {
  return assign(
    PFX_PASSWORD_VARIABLE,
    cmd('Read-Host', { Prompt: str('Password for the PFX file'), AsSecureString: true }),
  );
}
