/**
 * Internal names: names a public CA may not put on a certificate since 2015-11-01 (BR §7.1.2.7.12).
 * An internal name is a single label (EX01) or a name whose top-level domain is not in the IANA
 * root zone (contoso.local, corp.lan). The list of delegated TLDs comes from the maintained `tlds`
 * package, which follows IANA's root zone database; IDN TLDs there are in Unicode, so they are
 * converted to punycode once to compare with our normalised names.
 */
import punycode from 'punycode/punycode.js';
import tldList from 'tlds/index.json' with { type: 'json' };

const ROOT_ZONE_TLDS: ReadonlySet<string> = new Set(
  (tldList as string[]).map((tld) => punycode.toASCII(tld.toLowerCase())),
);

/** The top-level label of a normalised name. */
export function topLevelDomain(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** True for names a public CA must refuse: single labels and TLDs not delegated in the root zone. */
export function isInternalName(name: string): boolean {
  if (!name.includes('.')) return true;
  return !ROOT_ZONE_TLDS.has(topLevelDomain(name));
}
