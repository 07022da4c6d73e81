/**
 * Checks at the end of the runbook, from inside and from outside: the certificates each server
 * presents, the DNS records, sign-in and federation through the Remote Connectivity Analyzer.
 * Sources: PS-GET, RCA, L13-DNSREQ.
 */
import type { DnsRecord, Step } from '../../derived.ts';
import { cmd, run, str, type Statement } from '../../powershell/ast.ts';
import { instructions, powershell, type LyncContext } from './context.ts';
import { showCertificates } from './shell.ts';

/** Resolve-DnsName for each record name and type, once. */
function lookups(records: readonly DnsRecord[]): Statement[] {
  const seen = new Set<string>();
  return records.flatMap((record) => {
    const key = `${record.name} ${record.type}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [run(cmd('Resolve-DnsName', { Name: str(record.name), Type: str(record.type) }))];
  });
}

export function verifySteps(context: LyncContext): Step[] {
  const { plan, profile, dns } = context;
  const servers = [
    ...context.pools.flatMap((view) => view.servers),
    ...context.directors,
    ...context.edges,
  ].map((server) => server.name);
  const internal = dns.filter((record) => record.view === 'internal' && record.type === 'SRV');
  const external = dns.filter((record) => record.view === 'external');
  const shell = profile.tooling === 'management-shell';
  const steps: Step[] = [
    {
      id: 'verify-inside',
      title: 'Verify from inside',
      why: 'Confirms every server presents the planned certificate for each use and that clients inside find the sign-in servers.',
      runOn: shell
        ? `each of ${servers.join(', ')}; lookups on a domain computer`
        : 'a domain computer',
      parts: [
        ...(shell ? powershell('lync', [showCertificates()]) : []),
        ...powershell('windows', lookups(internal)),
        instructions(
          shell
            ? 'Each server lists its certificates with Use (the type), Subject, AlternativeNames, Thumbprint and NotAfter: compare them with the certificate cards on this page.'
            : 'On each server, open the certificate assigned in the wizard and compare subject and names with the certificate cards on this page.',
          'Sign in with a client inside, without entering a server name, to test automatic sign-in.',
        ),
      ],
      notes: [],
      sources: shell ? ['PS-GET', 'L13-AUTOSIGNIN'] : ['OCS-CLIENTDNS'],
    },
  ];
  if (external.length > 0) {
    steps.push({
      id: 'verify-outside',
      title: 'Verify from outside',
      why: 'Confirms that clients on the internet and federated partners find the Edge and the reverse proxy and accept their certificates.',
      runOn: 'a computer outside your network',
      parts: [
        ...powershell('windows', lookups(external)),
        instructions(
          `Run the Remote Connectivity Analyzer's Lync / Skype for Business tests (remote sign-in and federation) for a user of ${plan.lync.sipDomains[0] ?? plan.domains.primary}.`,
          'Sign in with a client outside, join a meeting and make a call with audio to test the Edge end to end.',
        ),
      ],
      notes: [],
      sources: ['RCA', profile.sources.edgeDns],
    });
  }
  return steps;
}
