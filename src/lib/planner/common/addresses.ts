/**
 * Findings on a public address the plan gives (or does not give) for something the internet must
 * reach: missing, a documentation example (RFC 5737), or not public at all (RFC 1918 and the like).
 * Shared by the families; the Exchange rules still carry their own copy of the same checks.
 */
import type { Finding } from '../derived.ts';
import { classifyIpv4 } from '../names/ipv4.ts';
import type { SourceId } from '../sources.ts';

export function publicAddressFindings(
  ip: string | null,
  path: string,
  what: string,
  missingSource: SourceId,
): Finding[] {
  if (ip === null) {
    return [
      {
        id: 'ip-missing',
        severity: 'warning',
        path,
        message: `The plan has no address for ${what}; its DNS records say "not given" until you add it.`,
        fix: 'Enter the address, or create those records by hand later.',
        source: missingSource,
      },
    ];
  }
  const kind = classifyIpv4(ip);
  if (kind === 'documentation') {
    return [
      {
        id: 'documentation-address',
        severity: 'info',
        path,
        message: `${ip} is a documentation address (RFC 5737), as used in examples.`,
        fix: `Replace it with the real public address of ${what}.`,
        source: 'RFC5737',
      },
    ];
  }
  if (kind !== 'public') {
    return [
      {
        id: 'public-address-not-public',
        severity: 'warning',
        path,
        message: `${ip} is a ${kind} address; the internet cannot reach it, so it does not belong in a public record for ${what}.`,
        fix: 'Use the public address the firewall publishes.',
        source: 'RFC1918',
      },
    ];
  }
  return [];
}
