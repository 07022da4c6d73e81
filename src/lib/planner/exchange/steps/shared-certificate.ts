/**
 * When the plan shares one public certificate with Lync/Skype for Business: after Exchange has
 * made, completed and exported it, the PFX goes to the Edge servers and the reverse proxy, where
 * the Lync runbook imports it. Sources: L13-RPREQ (one public certificate for the Edge and the
 * reverse proxy, exported with its key), EX-Export.
 */
import type { Step } from '../../derived.ts';
import type { ExchangeContext } from './context.ts';
import { certificateFiles } from './shared.ts';

export function sharedCertificateSteps(context: ExchangeContext): Step[] {
  const { shared, plan, origin } = context;
  if (!shared) return [];
  const pfx = certificateFiles(plan.exchange.certificateFolder, context.client).pfx;
  const targets = [...shared.edges, 'the reverse proxy'];
  return [
    {
      id: 'shared-certificate-handover',
      title: `Hand the shared certificate to ${targets.join(', ')}`,
      why: 'The same certificate, key included, serves the Edge external interface and the reverse proxy listener; it was requested once, here, and is imported there.',
      runOn: origin.name,
      parts: [
        {
          kind: 'instructions',
          items: [
            `Copy ${pfx} to ${targets.join(' and ')} over a channel you trust (it holds the private key), and give its password to whoever imports it, separately.`,
            `The Lync/Skype for Business runbook imports it there and assigns it: ${shared.usages.lync.join(', ')}.`,
            `Keep the names as they are: ${shared.certificate.sans.map((san) => san.name).join(', ')}. Any change means a new request for both products.`,
          ],
        },
      ],
      notes: [
        'The clean-up step deletes the PFX only after every Edge server and the reverse proxy have imported it.',
      ],
      sources: ['L13-RPREQ', 'EX-Export'],
    },
  ];
}
