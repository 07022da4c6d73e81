/**
 * The end of the runbook: the certificate this one replaces comes off every server once nothing
 * uses it, and the PFX copies, which hold the private key, are deleted.
 * Sources: PS-Remove, PS-Get, E07-Get, EX-Export.
 */
import { assign, cmd, list, run, str, variable, type Statement } from '../../powershell/ast.ts';
import type { Step, StepPart } from '../../derived.ts';
import { EDGE_CERTIFICATE_ID } from '../certificates.ts';
import { needsPfx } from './certificate.ts';
import type { ExchangeContext } from './context.ts';
import { powershell, serverBlocks } from './parts.ts';
import { certificateFiles } from './shared.ts';

export function cleanupSteps(context: ExchangeContext): Step[] {
  const { plan, profile, client, servers } = context;
  const remote = profile.remoteCertificates;
  const removal = (server: { name: string }): Statement[] => [
    run(
      cmd('Get-ExchangeCertificate', { Server: remote ? str(server.name) : undefined }),
      cmd('Format-List', {
        Property: list(['Thumbprint', 'Subject', 'Services', 'IsSelfSigned', 'NotAfter']),
      }),
    ),
    assign(
      'oldThumbprint',
      cmd('Read-Host', {
        Prompt: str(
          `Thumbprint of the certificate being replaced on ${server.name} (Enter to keep all)`,
        ),
      }),
    ),
    run(
      cmd('Remove-ExchangeCertificate', {
        Server: remote ? str(server.name) : undefined,
        Thumbprint: variable('oldThumbprint'),
      }),
    ),
  ];
  const pfxFiles: string[] = needsPfx(context)
    ? [certificateFiles(plan.exchange.certificateFolder, client).pfx]
    : [];
  const parts: StepPart[] = [
    ...serverBlocks(profile, servers, removal),
    ...powershell(
      'windows',
      pfxFiles.map((file) => run(cmd('Remove-Item', { Path: str(file) }))),
    ),
  ];
  const edge = context.certificates.find((candidate) => candidate.id === EDGE_CERTIFICATE_ID);
  const notes = [
    'Remove only the certificate this one replaces, and only once its Services column is empty or it has expired. Keep the self-signed Microsoft Exchange certificate (internal mail between servers)' +
      (profile.authCertificate ? ' and the Microsoft Exchange Server Auth Certificate.' : '.'),
    'Remove-ExchangeCertificate asks for confirmation; answering with Enter at the thumbprint prompt leaves the server as it is.',
  ];
  if (plan.certificate.purpose === 'renewal')
    notes.push(
      'The renewed and the old certificate carry the same names: tell them apart by Thumbprint and NotAfter. Remove the old one only when its Services column is empty on every server, IIS shows the new thumbprint (netsh http show sslcert) and no connector or POP/IMAP setting still depends on it.',
    );
  if (pfxFiles.length > 0)
    notes.push(
      `The PFX file holds the private key: delete it once every server${context.older ? ', old and new,' : ''} has imported the certificate, and empty the recycle bin of that share.`,
    );
  if (edge && plan.exchange.edge.servers.length > 1)
    notes.push(
      `On each Edge server, delete ${certificateFiles('C:\\Certs', edge).pfx} too (Remove-Item in its own shell).`,
    );
  return [
    {
      id: 'cleanup',
      title: 'Remove the old certificate and the PFX copies',
      why: 'An old certificate left enabled can still be chosen by a service, and a forgotten PFX file is a copy of the private key anyone with the share can use.',
      runOn: remote
        ? 'any Exchange server (the commands name each server)'
        : 'each Exchange server',
      parts,
      notes,
      sources: [profile.files === 'path' ? 'E07-Get' : 'PS-Remove', 'PS-Get', 'EX-Export'],
    },
  ];
}
