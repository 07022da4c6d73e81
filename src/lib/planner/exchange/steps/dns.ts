/**
 * DNS steps: internal records as Windows DNS Server commands, public records as a list to hand to
 * whoever runs the public zone. Sources: EX-Post (record tables), DNS-Zone, DNS-MX, P365-Pinpoint.
 */
import { describeRecord } from '../../common/dns.ts';
import { windowsDnsStatements } from '../../common/dns-server-commands.ts';
import type { Step } from '../../derived.ts';
import type { ExchangeContext } from './context.ts';
import { powershell } from './parts.ts';

export function dnsSteps({ plan, dns }: ExchangeContext): Step[] {
  const internal = dns.filter((record) => record.view === 'internal');
  const external = dns.filter((record) => record.view === 'external' && record.type !== 'PTR');
  const reverse = dns.filter((record) => record.type === 'PTR');
  const missing = dns.filter((record) => record.value === null);
  const pinPoint = plan.exchange.internalDns === 'pin-point';
  const internalZones = [...new Set(internal.map((record) => record.zone))];
  return [
    {
      id: 'dns-internal',
      title: `Create the internal DNS ${pinPoint ? 'pin-point zones' : 'zone'} (${internalZones.join(', ')})`,
      why: pinPoint
        ? 'Each pin-point zone answers for one host name only, so clients inside reach Exchange directly while every other public name still resolves as before.'
        : 'Clients inside must resolve the same names to internal addresses; the internal copy of the public zone does that.',
      runOn: `a DNS server of ${plan.domains.internal} (usually a domain controller)`,
      parts: powershell('windows', windowsDnsStatements(internal, [plan.domains.internal])),
      notes: [
        'The zones are stored in Active Directory and replicated to every DNS server in the forest.',
        ...(pinPoint
          ? []
          : [
              `From now on this internal ${internalZones.join(', ')} zone answers every lookup inside: copy every other public record (www and the like) into it too.`,
            ]),
        ...missing
          .filter((record) => record.view === 'internal')
          .map((record) => `Not created yet, address missing: ${record.name} (${record.missing}).`),
      ],
      sources: pinPoint
        ? ['Petri-Pinpoint', 'DNS-Zone', 'DNS-MX']
        : ['EX-Post', 'DNS-Zone', 'DNS-MX'],
    },
    {
      id: 'dns-external',
      title: 'Create the public DNS records',
      why: 'Internet clients and mail servers find Exchange through these records.',
      runOn: 'your public DNS provider',
      parts: [],
      notes: [
        ...external.map((record) => `Create ${describeRecord(record)}`),
        ...reverse.map(
          (record) =>
            `Ask the owner of the address (usually your ISP) for the reverse record ${describeRecord(record)}`,
        ),
      ],
      sources: ['EX-Post', 'EX-AD', 'EX-SenderRep'],
    },
  ];
}
