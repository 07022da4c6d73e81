/**
 * Management Shell commands the certificate steps share (Lync 2010 and later): the request, the
 * import of the CA's answer, the assignment per certificate type, the check. Sources: PS-REQ,
 * PS-IMP, PS-SET, PS-GET (reference §8). Version differences come from the profile
 * (-Identity Global for OAuth), never from version tests.
 */
import type { PlannedCertificate } from '../../derived.ts';
import {
  assign,
  bool,
  cmd,
  list,
  native,
  num,
  run,
  str,
  variable,
  type Statement,
} from '../../powershell/ast.ts';
import type { LyncBasis } from '../basis.ts';

export const THUMBPRINT = 'thumbprint';
export const PFX_PASSWORD = 'pfxPassword';

export interface RequestOptions {
  types: readonly string[];
  friendlyName: string;
  /** The computer the certificate is for (a pool member); omitted on an Edge, which runs it locally. */
  computerFqdn?: string;
  /** Online: the enterprise CA (host\name). Offline otherwise: the request file to write. */
  ca?: string;
  output?: string;
  exportable: boolean;
}

/**
 * The names Request-CsCertificate is given with -DomainName: every name on the planned certificate
 * but the subject, which the cmdlet writes itself. The runbook never relies on -AllSipDomain: Lync
 * 2010 lacks it, and Microsoft describes it once as adding the sip.<domain> names and once as
 * unusable with many SIP domains (reference §3.3, §11.9; L13-MOBMOD). Naming every host makes the
 * request say exactly what the guide lists; names the topology adds anyway do no harm.
 */
export function extraNames(certificate: PlannedCertificate): string[] {
  return certificate.sans.map((san) => san.name).filter((name) => name !== certificate.commonName);
}

export function requestCertificate(
  basis: LyncBasis,
  certificate: PlannedCertificate,
  options: RequestOptions,
): Statement {
  const { organization } = basis.plan;
  const names = extraNames(certificate);
  return run(
    cmd('Request-CsCertificate', {
      New: true,
      Type: list(options.types),
      ComputerFqdn: options.computerFqdn === undefined ? undefined : str(options.computerFqdn),
      CA: options.ca === undefined ? undefined : str(options.ca),
      Output: options.output === undefined ? undefined : str(options.output),
      FriendlyName: str(options.friendlyName),
      KeySize: num(certificate.keySize),
      PrivateKeyExportable: options.exportable ? bool(true) : undefined,
      DomainName: names.length > 0 ? str(names.join(',')) : undefined,
      Organization: organization.name ? str(organization.name) : undefined,
      Country: organization.country ? str(organization.country) : undefined,
      State: organization.state ? str(organization.state) : undefined,
      City: organization.locality ? str(organization.locality) : undefined,
    }),
  );
}

/** Imports the CA's answer (or a PFX) into the local computer's store (PS-IMP, local set). */
export function importCertificate(path: string, options: { exportable: boolean; pfx?: boolean }) {
  return run(
    cmd('Import-CsCertificate', {
      Path: str(path),
      Password: options.pfx ? variable(PFX_PASSWORD) : undefined,
      PrivateKeyExportable: options.exportable ? bool(true) : undefined,
    }),
  );
}

/** Asks for the thumbprint the request or the import printed; the commands after it use $thumbprint. */
export function askThumbprint(what: string): Statement {
  return assign(
    THUMBPRINT,
    cmd('Read-Host', { Prompt: str(`Thumbprint of the ${what} certificate`) }),
  );
}

export function askPfxPassword(): Statement {
  return assign(PFX_PASSWORD, cmd('Read-Host', { Prompt: str('Password of the PFX file') }));
}

/** Set-CsCertificate -Type … -Thumbprint $thumbprint (PS-SET); OAuth is global (-Identity Global). */
export function assignCertificate(types: readonly string[], global = false): Statement {
  return run(
    cmd('Set-CsCertificate', {
      Identity: global ? str('Global') : undefined,
      Type: list(types),
      Thumbprint: variable(THUMBPRINT),
    }),
  );
}

/** Every assigned certificate with all its properties, names included (PS-GET; seed 002's tip). */
export function showCertificates(type?: string): Statement {
  return run(
    cmd('Get-CsCertificate', { Type: type === undefined ? undefined : str(type) }),
    cmd('Format-List', { Property: str('*') }),
  );
}

/** Submits an offline request to the enterprise CA from a domain member (CertReq). */
export function submitToEnterpriseCa(basis: LyncBasis, request: string, issued: string): Statement {
  const ca = basis.plan.lync.issuingCa;
  return native(
    'certreq.exe',
    str('-submit'),
    ...(ca ? [str('-config'), str(ca)] : []),
    str('-attrib'),
    str('CertificateTemplate:WebServer'),
    str(request),
    str(issued),
  );
}
