/**
 * certreq.exe requests written as INF files (WS-CERTREQ, KB931351, OCS-INF): for certificates made
 * outside the Lync tools (the reverse proxy, OCS's public Edge certificates). The INF part carries
 * the data; src/lib/render/inf.ts writes the file.
 */
import type { PlannedCertificate, StepPart } from '../../derived.ts';
import type { Plan } from '../../plan/plan.ts';
import { native, str, type Statement } from '../../powershell/ast.ts';
import { certificateFiles, friendlyName } from './files.ts';

/** The INF file for `certificate`, named after its common name. */
export function infPart(plan: Plan, certificate: PlannedCertificate, label: string): StepPart {
  const files = certificateFiles(plan, certificate);
  return {
    kind: 'inf',
    fileName: files.inf.slice(files.inf.lastIndexOf('\\') + 1),
    request: {
      subject: certificate.subject,
      sans: certificate.sans.map((san) => san.name),
      keyLength: certificate.keySize,
      exportable: certificate.exportable,
      friendlyName: friendlyName(plan, label),
      ...(certificate.authority === 'enterprise' ? { template: 'WebServer' } : {}),
    },
  };
}

/** certreq -new: makes the key pair in the computer's store and writes the request file. */
export function createRequest(plan: Plan, certificate: PlannedCertificate): Statement {
  const files = certificateFiles(plan, certificate);
  return native('certreq.exe', str('-new'), str(files.inf), str(files.request));
}

/**
 * certreq -accept -machine: joins the CA's answer to the private key waiting in the computer's
 * store (the INF asks for a machine key, MachineKeySet = TRUE).
 */
export function acceptCertificate(plan: Plan, certificate: PlannedCertificate): Statement {
  return native(
    'certreq.exe',
    str('-accept'),
    str('-machine'),
    str(certificateFiles(plan, certificate).issued),
  );
}
