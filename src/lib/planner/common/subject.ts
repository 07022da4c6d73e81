/**
 * The X.500 subject of a request, from the plan's organisation and a common name, in the form
 * New-ExchangeCertificate -SubjectName and certreq's Subject take
 * (C=US,S=WA,L=Redmond,O=Contoso,CN=mail.contoso.com, PS-New). Values with DN special characters
 * are quoted (RFC 4514 allows a quoted value; .NET X500DistinguishedName parses it).
 */
import type { Organization } from '../plan/plan.ts';

export function subjectName(organization: Organization, commonName: string): string {
  const { country, state, locality, name } = organization;
  const parts: string[] = [];
  if (country) parts.push(`C=${country}`);
  if (state) parts.push(`S=${dnValue(state)}`);
  if (locality) parts.push(`L=${dnValue(locality)}`);
  if (name) parts.push(`O=${dnValue(name)}`);
  parts.push(`CN=${commonName}`);
  return parts.join(',');
}

function dnValue(value: string): string {
  return /[,+=;<>#]|^\s|\s$/.test(value) ? `"${value}"` : value;
}
