/**
 * Windows SBS 2008 (Exchange 2007): after the request is completed, the SBS console's own wizard
 * assigns the certificate, because it also binds it to the SBS web sites the Exchange services live
 * in; the Internet Address Management Wizard has already published remote.<domain> (A, MX, SPF,
 * the Autodiscover SRV record and an internal zone of that name).
 * Sources: SBS-IAMW, SBS-Certs.
 */
import type { Step } from '../../derived.ts';
import type { ExchangeContext } from './context.ts';

export function sbsSteps({ plan, sbs }: ExchangeContext): Step[] {
  if (!sbs) return [];
  const name = plan.exchange.namespace;
  return [
    {
      id: 'sbs-certificate',
      title: 'Assign the certificate with the SBS console',
      why: "On Windows SBS 2008 the console's certificate wizard binds the certificate to the SBS web sites and Exchange together; assigning it by hand misses the sites Exchange's web services run in.",
      runOn: 'the SBS server',
      parts: [
        {
          kind: 'wizard',
          tool: 'the Windows SBS Console',
          actions: [
            { action: 'open', target: 'Network, Connectivity' },
            { action: 'click', target: 'Add a trusted certificate' },
            {
              action: 'choose',
              target: 'the option to use a certificate that is already installed on the server',
            },
            { action: 'choose', target: 'the certificate issued to', value: name },
            { action: 'click', target: 'Next, then Finish' },
          ],
        },
      ],
      notes: [
        'The request and the import before this step are the Exchange Management Shell ones, so the certificate carries exactly the planned names.',
        `If the wizard lists no certificate for ${name}, the import did not complete: check Get-ExchangeCertificate for a Status other than Valid.`,
        'Rerun the Internet Address Management Wizard only if the name changes; it rewrites the DNS records and the URLs.',
      ],
      sources: ['SBS-Certs', 'SBS-IAMW'],
    },
  ];
}
