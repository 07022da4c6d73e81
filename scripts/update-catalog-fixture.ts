/**
 * Copies the cmdlets our generators use from the shared cmdlet catalog
 * (../shared/reference/cmdlets.json, extracted from Microsoft's public cmdlet reference) into
 * tests/fixtures/catalog/cmdlets.json. Run it when a rule starts using a new cmdlet:
 *   node scripts/update-catalog-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LYNC_CMDLETS } from './catalog/lync-cmdlets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}../shared/reference/cmdlets.json`;
const target = `${root}tests/fixtures/catalog/cmdlets.json`;

export const USED_CMDLETS = [
  // Exchange certificates
  'New-ExchangeCertificate',
  'Import-ExchangeCertificate',
  'Export-ExchangeCertificate',
  'Enable-ExchangeCertificate',
  'Get-ExchangeCertificate',
  'Get-AuthConfig',
  'Set-AuthConfig',
  // Exchange client access
  'Set-OwaVirtualDirectory',
  'Set-EcpVirtualDirectory',
  'Set-WebServicesVirtualDirectory',
  'Set-ActiveSyncVirtualDirectory',
  'Set-OabVirtualDirectory',
  'Set-MapiVirtualDirectory',
  'Set-OutlookAnywhere',
  'Set-ClientAccessServer',
  'Set-ClientAccessService',
  'Get-ClientAccessServer',
  'Get-ClientAccessService',
  'Set-OrganizationConfig',
  // Exchange mail protocols and UM
  'Set-PopSettings',
  'Set-ImapSettings',
  'Set-ReceiveConnector',
  'Set-UMService',
  'Set-UMCallRouterSettings',
  // Windows DNS Server and DNS client
  'Add-DnsServerPrimaryZone',
  'Add-DnsServerResourceRecordA',
  'Add-DnsServerResourceRecordCName',
  'Add-DnsServerResourceRecordMX',
  'Add-DnsServerResourceRecord',
  'Add-DnsServerResourceRecordPtr',
  'Resolve-DnsName',
  // Windows PowerShell 5.1
  'New-Item',
  'Read-Host',
  'Sort-Object',
  'Select-Object',
  'Format-List',
  'Get-Service',
  'Set-Service',
  'Restart-Service',
  ...LYNC_CMDLETS,
];

const catalog = JSON.parse(readFileSync(source, 'utf8'));
const missing = USED_CMDLETS.filter((name) => !catalog.cmdlets[name]);
if (missing.length > 0) throw new Error(`not in the shared catalog: ${missing.join(', ')}`);
const subset = {
  note: 'Subset of ../shared/reference/cmdlets.json; regenerate with node scripts/update-catalog-fixture.ts',
  source: catalog.source,
  additionalSources: catalog.additionalSources,
  versions: catalog.versions,
  commonParameters: catalog.commonParameters,
  shouldProcessParameters: catalog.shouldProcessParameters,
  cmdlets: Object.fromEntries(USED_CMDLETS.sort().map((name) => [name, catalog.cmdlets[name]])),
};
writeFileSync(target, `${JSON.stringify(subset, null, 1)}\n`);
console.log(`wrote ${USED_CMDLETS.length} cmdlets to ${target}`);
