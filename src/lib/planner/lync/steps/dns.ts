/**
 * DNS steps: internal records as Windows DNS Server commands (except the ones domain members
 * register themselves), public records as a list for whoever runs the public zones.
 * Sources: L13-DNSREQ, SFB-DNS, SFB-ADVDNS, DNS-Zone, DNS-A.
 */
import { describeRecord } from '../../common/dns.ts';
import { windowsDnsStatements } from '../../common/dns-server-commands.ts';
import type { Step } from '../../derived.ts';
import { powershell, type LyncContext } from './context.ts';

/** Records a domain member registers itself: listed for checking, never created by hand. */
const SELF_REGISTERED = 'lync.dns.internal.server';

export function dnsSteps({ plan, dns, profile }: LyncContext): Step[] {
  const internal = dns.filter((record) => record.view === 'internal');
  const created = internal.filter((record) => record.reason.rule !== SELF_REGISTERED);
  const registered = internal.filter((record) => record.reason.rule === SELF_REGISTERED);
  const external = dns.filter((record) => record.view === 'external');
  const zones = [...new Set(created.map((record) => record.zone))];
  const steps: Step[] = [
    {
      id: 'dns-internal',
      title: `Create the internal DNS records (${zones.join(', ')})`,
      why: 'Clients inside find the pools, the sign-in servers, the simple URLs and the Edge through these records; zones for your SIP domains answer them inside (split-brain DNS).',
      runOn: `a DNS server of ${plan.domains.internal} (usually a domain controller)`,
      parts: powershell('windows', windowsDnsStatements(created, [plan.domains.internal])),
      notes: [
        ...zones
          .filter((zone) => zone !== plan.domains.internal)
          .map(
            (zone) =>
              `The internal ${zone} zone answers every lookup inside from now on: copy the other public records of ${zone} (www and the like) into it too.`,
          ),
        ...registered.map(
          (record) => `Check (registered by the server itself): ${describeRecord(record)}.`,
        ),
        ...created
          .filter((record) => record.value === null)
          .map((record) => `Not created yet, address missing: ${record.name} (${record.missing}).`),
        'The DnsServer commands need Windows Server 2012 or later; on older DNS servers create the same records in the DNS console.',
      ],
      sources: [profile.sources.dns, 'SFB-ADVDNS', 'DNS-Zone', 'DNS-A'],
    },
  ];
  if (external.length > 0) {
    steps.push({
      id: 'dns-external',
      title: 'Create the public DNS records',
      why: 'Clients on the internet, federated partners and mobile devices find the Edge and the reverse proxy through these records.',
      runOn: 'your public DNS provider',
      parts: [],
      notes: external.map((record) => `Create ${describeRecord(record)}`),
      sources: [profile.sources.edgeDns, 'L13-DNSFED', 'L13-DNSAD'],
    });
  }
  return steps;
}
