/** Pieces several sections share: servers, limits, and defaults built from the primary domain. */
import { join } from '../read.ts';
import { list, object, type Scope } from '../describe.ts';
import { computerName, ipv4 } from '../kinds.ts';
import type { Reader } from '../read.ts';

/**
 * Limits, set from the largest real topologies the guides are written for. They keep a small link
 * from expanding into a plan no guide can show: the probe's 7.5 KB link held 20 sites × 50 servers
 * and took 10 s to render (issue 8). Each limit is a little above what Microsoft supports or
 * documents, so no real organisation meets it:
 *
 * - `servers`, per list (a site's Exchange servers, Edge, legacy; a Lync pool's Front Ends,
 *   Directors, Edge): 16. A database availability group holds at most 16 Mailbox servers (Microsoft
 *   Learn, "Database availability groups"); a Skype for Business / Lync 2013 Front End pool at most
 *   12 Front End servers, Lync 2010 10 ("Topology basics"); Edge and Director pools are smaller.
 * - `exchangeServers`, new-version servers in all sites together: 64, four full DAGs (Microsoft's
 *   preferred architecture puts one DAG across two datacenters; large organisations run a few).
 * - `sites`: 20 Active Directory sites with Exchange servers (regional hubs of a global company).
 * - `domains`: 50 accepted (SMTP), SIP or extra certificate names per list. Each becomes a SAN and
 *   public CAs cap a certificate at about 100–250 names.
 *
 * The largest plan these allow is measured by `npm run bench` (README).
 */
/**
 * `lyncFrontEnds`: Front End servers in all pools together. Lync 2010 and later plan one
 * certificate per Front End, each naming every SIP domain's simple URLs and discovery names, so the
 * output grows as servers × domains; 32 (two large pools) keeps the largest plan a guide can show.
 */
export const LIMITS = {
  domains: 50,
  sites: 20,
  servers: 16,
  exchangeServers: 64,
  lyncFrontEnds: 32,
} as const;

export const SERVER = object({
  key: '',
  description: 'A server: its computer name and internal address.',
  fields: {
    name: computerName({
      key: 'n',
      description: 'Computer (NetBIOS) name, e.g. EX01.',
      example: 'EX01',
    }),
    ip: ipv4({ key: 'P', description: 'Internal IPv4 address; null when not known.' }),
  },
});

export type Server = { name: string; ip: string | null };

export function servers(key: string, description: string, min = 0, minMessage?: string) {
  return list({ key, description, item: SERVER, max: LIMITS.servers, min, minMessage });
}

/** `prefix.<primary domain>`, or '' while the primary domain is invalid (reported there). */
export function underPrimary(prefix: string): (scope: Scope) => string {
  return (scope) => {
    const primary = (scope.root.domains as { primary?: string } | undefined)?.primary ?? '';
    return primary && `${prefix}${primary}`;
  };
}

/** A server name may appear once: the same computer cannot sit in two roles of one plan. */
export function checkUniqueServers(
  reader: Reader,
  groups: readonly { path: string; servers: readonly Server[] }[],
): void {
  const seen = new Map<string, string>();
  for (const { path, servers: list } of groups) {
    list.forEach((server, index) => {
      const key = server.name.toLowerCase();
      if (key === '') return;
      const where = join(join(path, index), 'name');
      const first = seen.get(key);
      if (first) reader.report(where, `${server.name} is already listed at ${first}`);
      else seen.set(key, where);
    });
  }
}

/** Servers of several lists together, at most `max` (LIMITS): reported on the first list that passes it. */
export function checkTotalServers(
  reader: Reader,
  groups: readonly { path: string; servers: readonly Server[] }[],
  max: number,
  what: string,
): void {
  let total = 0;
  for (const { path, servers: list } of groups) {
    total += list.length;
    if (total > max) {
      reader.report(
        path,
        `brings the plan to ${groups.reduce((sum, group) => sum + group.servers.length, 0)} ${what}; a plan holds at most ${max}`,
      );
      return;
    }
  }
}
