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
  'Remove-ExchangeCertificate',
  'Get-AuthConfig',
  'Set-AuthConfig',
  // Lync / Skype for Business certificates (the checker's enable command)
  'Set-CsCertificate',
  // Exchange client access
  'Set-OwaVirtualDirectory',
  'Set-EcpVirtualDirectory',
  'Set-WebServicesVirtualDirectory',
  'Set-ActiveSyncVirtualDirectory',
  'Set-OabVirtualDirectory',
  'Set-MapiVirtualDirectory',
  'Set-OutlookAnywhere',
  'Enable-OutlookAnywhere',
  'Get-OutlookAnywhere',
  'Set-OutlookProvider',
  'New-ClientAccessArray',
  'Get-OwaVirtualDirectory',
  'Get-EcpVirtualDirectory',
  'Get-WebServicesVirtualDirectory',
  'Get-ActiveSyncVirtualDirectory',
  'Get-OabVirtualDirectory',
  'Get-MapiVirtualDirectory',
  'Test-OutlookWebServices',
  'Set-ClientAccessServer',
  'Set-ClientAccessService',
  'Get-ClientAccessServer',
  'Get-ClientAccessService',
  'Set-OrganizationConfig',
  // Exchange mail protocols and UM
  'Set-PopSettings',
  'Set-ImapSettings',
  'Set-ReceiveConnector',
  'Set-SendConnector',
  'Get-SendConnector',
  'Get-TransportService',
  'Get-TransportServer',
  'Start-EdgeSynchronization',
  'Set-UMService',
  'Set-UMCallRouterSettings',
  'Set-UMServer',
  // Windows DNS Server and DNS client
  'Add-DnsServerPrimaryZone',
  'Add-DnsServerResourceRecordA',
  'Add-DnsServerResourceRecordCName',
  'Add-DnsServerResourceRecordMX',
  'Add-DnsServerResourceRecord',
  'Add-DnsServerResourceRecordPtr',
  'Get-DnsServerResourceRecord',
  'Remove-DnsServerResourceRecord',
  'Export-DnsServerZone',
  'ConvertTo-DnsServerPrimaryZone',
  'Resolve-DnsName',
  // Windows PowerShell 5.1
  'New-Item',
  'Read-Host',
  'Sort-Object',
  'Select-Object',
  'Format-List',
  'Format-Table',
  'Get-Content',
  'Set-Content',
  'Remove-Item',
  'Get-Credential',
  'Get-PfxData',
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
