/**
 * Runbook steps and their commands per version (reference/exchange.md §2 and §3), the safe cutover
 * order, both sides of a migration, and the answers the runbook gives at the prompts.
 * Commands are read as rendered text, the way an admin pastes them.
 */
import { describe, expect, it } from 'vitest';
import { EXCHANGE_PRODUCTS, planWith, SCENARIOS } from '../../../../tests/support/scenarios.ts';
import { partLines, stepShell } from '../../render/parts.ts';
import type { Step } from '../derived.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId } from '../products.ts';
import { deriveExchange } from './derive.ts';

/** The step's PowerShell, as an admin pastes it. */
const commandsOf = (step: Step) =>
  step.parts
    .filter((part) => part.kind === 'powershell')
    .flatMap(partLines)
    .join('\n');

function stepOf(plan: Plan, version: ExchangeProductId, id: string): Step {
  const step = deriveExchange(plan, version).steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}
const stepText = (plan: Plan, version: ExchangeProductId, id: string) =>
  commandsOf(stepOf(plan, version, id));
const stepIds = (plan: Plan, version: ExchangeProductId) =>
  deriveExchange(plan, version).steps.map((step) => step.id);
const instructions = (step: Step) =>
  step.parts.flatMap((part) => (part.kind === 'instructions' ? part.items : [])).join('\n');

describe('a safe cutover order', () => {
  it('requests early, installs and configures, tests the servers, then moves DNS and the SCP, then verifies and cleans up', () => {
    expect(stepIds(SCENARIOS.example!, 'exchange-se')).toEqual([
      'request-certificate',
      'submit-request',
      'complete-request',
      'copy-certificate',
      'enable-certificate',
      'virtual-directories',
      'outlook-anywhere',
      'receive-connector',
      'send-connector',
      'verify-servers',
      'dns-internal',
      'dns-external',
      'autodiscover-scp',
      'verify',
      'auth-certificate',
      'cleanup',
    ]);
  });

  it.each(EXCHANGE_PRODUCTS)(
    '%s: DNS moves only after every server holds the certificate, the URLs and the old side are done',
    (version) => {
      for (const plan of [SCENARIOS.example!, SCENARIOS['coexistence with 2007']!]) {
        const ids = stepIds(plan, version);
        const at = (id: string) => ids.indexOf(id);
        const dns = at('dns-internal');
        for (const before of [
          'complete-request',
          'virtual-directories',
          'outlook-anywhere',
          'verify-servers',
          ...ids.filter((id) => id.startsWith('coexistence-') || id === 'enable-certificate'),
        ])
          expect(at(before), `${before} before dns-internal`).toBeLessThan(dns);
        expect(at('dns-external')).toBeGreaterThan(dns);
        expect(at('autodiscover-scp')).toBeGreaterThan(dns);
        expect(at('verify')).toBeGreaterThan(at('dns-external'));
      }
    },
  );

  it('prepares what nothing uses yet (the legacy name, the copy of a public zone) before installing', () => {
    const legacy = stepIds(SCENARIOS['coexistence with 2007']!, 'exchange-2013');
    expect(legacy.indexOf('dns-legacy')).toBeLessThan(legacy.indexOf('complete-request'));
    const split = stepIds(SCENARIOS['split-brain kept outside the AD domain']!, 'exchange-2019');
    expect(split.indexOf('dns-copy-zone')).toBeLessThan(split.indexOf('complete-request'));
    expect(split.indexOf('dns-copy-zone')).toBeLessThan(split.indexOf('dns-internal'));
  });

  it('skips the copy step on a single server and the internet connector steps when Edge servers take internet mail', () => {
    expect(stepIds(SCENARIOS['single server']!, 'exchange-2019')).not.toContain('copy-certificate');
    const largest = stepIds(SCENARIOS.largest!, 'exchange-2019');
    expect(largest).not.toContain('receive-connector');
    expect(largest).not.toContain('send-connector');
    expect(largest).toEqual(
      expect.arrayContaining([
        'pop-imap',
        'client-connector',
        'edge-request',
        'edge-enable',
        'edge-copy',
        'edge-sync',
      ]),
    );
  });
});

describe('DNS steps replace records and show what is there now', () => {
  const sameDomain = planWith({ domains: { internal: 'contoso.com' } });

  it('notes the current records, then removes A and CNAME before adding the planned ones', () => {
    const step = stepOf(sameDomain, 'exchange-2019', 'dns-internal');
    const lines = commandsOf(step).split('\n');
    expect(lines).toEqual([
      "Get-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'mail' -ErrorAction 'SilentlyContinue'",
      "Get-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'autodiscover' -ErrorAction 'SilentlyContinue'",
      "Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'mail' -RRType 'A' -Force -ErrorAction 'SilentlyContinue'",
      "Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'mail' -RRType 'CName' -Force -ErrorAction 'SilentlyContinue'",
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name 'mail' -IPv4Address '10.0.0.11' -TimeToLive '01:00:00'",
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name 'mail' -IPv4Address '10.0.0.12' -TimeToLive '01:00:00'",
      "Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'autodiscover' -RRType 'A' -Force -ErrorAction 'SilentlyContinue'",
      "Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'autodiscover' -RRType 'CName' -Force -ErrorAction 'SilentlyContinue'",
      "Add-DnsServerResourceRecordCName -ZoneName 'contoso.com' -Name 'autodiscover' -HostNameAlias 'mail.contoso.com' -TimeToLive '01:00:00'",
    ]);
    expect(lines.join()).not.toContain('Add-DnsServerPrimaryZone');
    expect(instructions(step)).toContain('First note what these names resolve to today');
    expect(step.sources).toContain('DNS-Get');
    expect(step.sources).not.toContain('DNS-Resolve');
    const pinPoint = stepOf(SCENARIOS.example!, 'exchange-2019', 'dns-internal');
    expect(pinPoint.sources).toEqual(expect.arrayContaining(['Petri-Pinpoint', 'DNS-Resolve']));
    expect(pinPoint.sources).not.toContain('DNS-Get');
  });

  it('creates pin-point zones by default when the namespace is outside the AD domain', () => {
    const text = stepText(SCENARIOS.example!, 'exchange-2019', 'dns-internal');
    expect(text).toContain(
      "Add-DnsServerPrimaryZone -Name 'mail.contoso.com' -ReplicationScope 'Forest'\nRemove-DnsServerResourceRecord -ZoneName 'mail.contoso.com' -Name '.' -RRType 'A'",
    );
    expect(text).toContain(
      "Add-DnsServerResourceRecordA -ZoneName 'autodiscover.contoso.com' -Name '.' -IPv4Address '10.0.0.11'",
    );
    expect(text).not.toContain("Add-DnsServerPrimaryZone -Name 'contoso.com'");
    // The names resolve through public DNS today: that answer is noted first, for the way back.
    expect(
      text.indexOf("Resolve-DnsName -Name 'mail.contoso.com' -ErrorAction 'SilentlyContinue'"),
    ).toBeLessThan(text.indexOf("Add-DnsServerPrimaryZone -Name 'mail.contoso.com'"));
    expect(text).toContain("Resolve-DnsName -Name 'autodiscover.contoso.com'");
    expect(stepOf(SCENARIOS.example!, 'exchange-2019', 'dns-internal').notes.join()).toContain(
      'To go back, delete the pin-point zones (Remove-DnsServerZone)',
    );
  });

  it('exports the public zone and builds the split-brain zone from it, never empty', () => {
    const plan = SCENARIOS['split-brain kept outside the AD domain']!;
    const copy = stepOf(plan, 'exchange-2019', 'dns-copy-zone');
    expect(commandsOf(copy).split('\n')).toEqual([
      "Export-DnsServerZone -Name 'contoso.com' -FileName 'contoso.com.dns'",
      "Add-DnsServerPrimaryZone -Name 'contoso.com' -ZoneFile 'contoso.com.dns' -LoadExisting",
      "ConvertTo-DnsServerPrimaryZone -Name 'contoso.com' -ReplicationScope 'Forest' -Force",
      "Get-DnsServerResourceRecord -ZoneName 'contoso.com'",
    ]);
    // The cutover then replaces records in the copied zone; it never creates it empty.
    const cutover = stepText(plan, 'exchange-2019', 'dns-internal');
    expect(cutover).not.toContain('Add-DnsServerPrimaryZone');
    expect(cutover).toContain("Get-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'mail'");
  });

  it('tells the public DNS provider to replace records, after noting their current values', () => {
    const step = stepOf(SCENARIOS.example!, 'exchange-2016', 'dns-external');
    expect(commandsOf(step)).toContain("Resolve-DnsName -Name 'mail.contoso.com' -Type 'A'");
    const items = instructions(step);
    expect(items).toContain(
      'Set mail.contoso.com A 203.0.113.10, replacing the A or CNAME records mail.contoso.com has now',
    );
    expect(items).toContain('merge the addresses into it: a domain must have exactly one');
    expect(items).toContain('reverse record 10.113.0.203.in-addr.arpa PTR mail.contoso.com');
  });
});

describe('the SMTP default-certificate prompt', () => {
  it.each(EXCHANGE_PRODUCTS)('%s: answer No on every server, citing Microsoft', (version) => {
    const enable = stepOf(SCENARIOS.example!, version, 'enable-certificate');
    const note = enable.notes.find((text) => text.includes('Overwrite the existing default SMTP'));
    expect(note).toContain('answer No (N)');
    expect(enable.sources).toEqual(expect.arrayContaining(['PS-Enable', 'PS-New', 'CSS-HC']));
    const everything = deriveExchange(SCENARIOS.largest!, version).steps.flatMap(
      (step) => step.notes,
    );
    expect(everything.join('\n')).not.toMatch(/answer Yes/i);
  });
});

describe('file handling differs by version', () => {
  it('2007 writes and reads files itself with -Path and acts on the local server', () => {
    const plan = SCENARIOS.example!;
    expect(stepText(plan, 'exchange-2007', 'request-certificate')).toContain(
      "New-ExchangeCertificate -GenerateRequest -SubjectName 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com' -DomainName 'mail.contoso.com','autodiscover.contoso.com' -KeySize 2048 -PrivateKeyExportable $true -FriendlyName 'mail.contoso.com 2026-12-01' -Path 'C:\\Certs\\mail.contoso.com.req'",
    );
    expect(stepText(plan, 'exchange-2007', 'complete-request')).toContain(
      "$cert = Import-ExchangeCertificate -Path 'C:\\Certs\\mail.contoso.com.cer'\n$thumbprint = $cert.Thumbprint",
    );
    const copy = stepOf(plan, 'exchange-2007', 'copy-certificate');
    expect(commandsOf(copy)).toContain(
      "Export-ExchangeCertificate -Thumbprint $thumbprint -BinaryEncoded -Password $pfxPassword -Path 'C:\\Certs\\mail.contoso.com.pfx'",
    );
    expect(commandsOf(copy)).toContain(
      "$cert = Import-ExchangeCertificate -Path '\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx' -Password $pfxPassword",
    );
    expect(instructions(copy)).toContain('In the Exchange Management Shell on EX02:');
    expect(commandsOf(copy)).not.toContain('-Server');
    expect(stepShell(copy)).toBe('exchange-2007');
  });

  it('2010 keeps the request in $request for Set-Content and reads files with Get-Content -Encoding Byte', () => {
    const plan = SCENARIOS.example!;
    expect(stepText(plan, 'exchange-2010', 'request-certificate')).toContain(
      "$request = New-ExchangeCertificate -Server 'EX01' -GenerateRequest -SubjectName 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com' -DomainName 'autodiscover.contoso.com' -KeySize 2048 -PrivateKeyExportable $true -FriendlyName 'mail.contoso.com 2026-12-01'\nSet-Content -Path 'C:\\Certs\\mail.contoso.com.req' -Value $request",
    );
    expect(stepText(plan, 'exchange-2010', 'complete-request')).toContain(
      "$cert = Import-ExchangeCertificate -Server 'EX01' -FileData (Get-Content -Path 'C:\\Certs\\mail.contoso.com.cer' -Encoding 'Byte' -ReadCount 0)",
    );
    const copy = stepText(plan, 'exchange-2010', 'copy-certificate');
    expect(copy).toContain(
      "$pfx = Export-ExchangeCertificate -Server 'EX01' -Thumbprint $thumbprint -BinaryEncoded -Password $pfxPassword\nSet-Content -Path 'C:\\Certs\\mail.contoso.com.pfx' -Value $pfx.FileData -Encoding 'Byte'",
    );
    expect(copy).toContain(
      "$cert = Import-ExchangeCertificate -Server 'EX02' -FileData (Get-Content -Path '\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx' -Encoding 'Byte' -ReadCount 0) -Password $pfxPassword -PrivateKeyExportable $true",
    );
  });

  it('2013 writes and reads files on the server (-RequestFile, -FileName)', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2013', 'request-certificate')).toContain(
      "-RequestFile 'C:\\Certs\\mail.contoso.com.req'",
    );
    expect(stepText(SCENARIOS.example!, 'exchange-2013', 'complete-request')).toContain(
      "$cert = Import-ExchangeCertificate -Server 'EX01' -FileName 'C:\\Certs\\mail.contoso.com.cer'",
    );
    const copy = stepText(SCENARIOS.example!, 'exchange-2013', 'copy-certificate');
    expect(copy).toContain("-FileName 'C:\\Certs\\mail.contoso.com.pfx'");
    expect(copy).toContain(
      "Import-ExchangeCertificate -Server 'EX02' -FileName '\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx'",
    );
  });

  it.each(['exchange-2016', 'exchange-2019', 'exchange-se'] as const)(
    '%s writes and reads bytes in the session (no -RequestFile/-FileName)',
    (version) => {
      const request = stepText(SCENARIOS.example!, version, 'request-certificate');
      expect(request).not.toContain('-RequestFile');
      expect(request).toContain(
        "[System.IO.File]::WriteAllBytes('C:\\Certs\\mail.contoso.com.req', [System.Text.Encoding]::Unicode.GetBytes($request))",
      );
      expect(stepText(SCENARIOS.example!, version, 'complete-request')).toContain(
        "-FileData ([System.IO.File]::ReadAllBytes('C:\\Certs\\mail.contoso.com.cer'))",
      );
      const copy = stepText(SCENARIOS.example!, version, 'copy-certificate');
      expect(copy).not.toContain('-FileName');
      expect(copy).toContain(
        "[System.IO.File]::WriteAllBytes('C:\\Certs\\mail.contoso.com.pfx', $pfx.FileData)",
      );
    },
  );

  it('uses a UNC certificate folder as-is on every server', () => {
    expect(
      stepText(SCENARIOS['UNC certificate folder']!, 'exchange-2013', 'copy-certificate'),
    ).toContain("-Server 'EX02' -FileName '\\\\fs01\\certs\\mail.contoso.com.pfx'");
  });
});

describe('a runbook to trust at 2 a.m.', () => {
  it.each(EXCHANGE_PRODUCTS)(
    '%s picks the certificate by the thumbprint the import returned, never by name and date',
    (version) => {
      const derived = deriveExchange(SCENARIOS.largest!, version);
      const all = derived.steps.map(commandsOf).join('\n');
      expect(all).not.toMatch(/Sort-Object|-DomainName 'mail\.contoso\.com' \|/);
      expect(stepText(SCENARIOS.example!, version, 'enable-certificate')).toMatch(
        /^\$thumbprint = Read-Host -Prompt 'Thumbprint of the new certificate \(the complete step shows it\)'/,
      );
    },
  );

  it('checks the PFX password a second time where Windows can (2013 and later), and deletes the PFX at the end', () => {
    for (const version of [
      'exchange-2013',
      'exchange-2016',
      'exchange-2019',
      'exchange-se',
    ] as const)
      expect(stepText(SCENARIOS.example!, version, 'copy-certificate')).toContain(
        "Get-PfxData -FilePath 'C:\\Certs\\mail.contoso.com.pfx' -Password (Read-Host -Prompt 'The PFX password again, to check the file opens with it' -AsSecureString)",
      );
    for (const version of ['exchange-2007', 'exchange-2010'] as const)
      expect(stepText(SCENARIOS.example!, version, 'copy-certificate')).not.toContain(
        'Get-PfxData',
      );
    for (const version of EXCHANGE_PRODUCTS)
      expect(stepText(SCENARIOS.example!, version, 'cleanup')).toContain(
        "Remove-Item -Path 'C:\\Certs\\mail.contoso.com.pfx'",
      );
    expect(stepText(SCENARIOS['single server']!, 'exchange-se', 'cleanup')).not.toContain(
      'Remove-Item',
    );
  });

  it('removes the replaced certificate on every server, by a thumbprint the admin reads off', () => {
    const text = stepText(SCENARIOS.example!, 'exchange-2019', 'cleanup');
    expect(text).toContain(
      "$oldThumbprint = Read-Host -Prompt 'Thumbprint of the certificate being replaced on EX02 (Enter to keep all)'\nRemove-ExchangeCertificate -Server 'EX02' -Thumbprint $oldThumbprint",
    );
  });

  it('explains how to install the intermediate chain when the status is not Valid', () => {
    expect(stepOf(SCENARIOS.example!, 'exchange-2016', 'complete-request').notes.join()).toContain(
      'certutil -addstore CA',
    );
  });

  it('tests the servers through a hosts file before DNS moves', () => {
    const step = stepOf(SCENARIOS.example!, 'exchange-2016', 'verify-servers');
    expect(instructions(step)).toContain(
      'C:\\Windows\\System32\\drivers\\etc\\hosts: 10.0.0.11 mail.contoso.com; 10.0.0.11 autodiscover.contoso.com',
    );
    expect(instructions(step)).toContain('Test E-mail AutoConfiguration');
    expect(commandsOf(step)).toContain("netsh.exe http show sslcert 'ipport=0.0.0.0:443'");
  });

  it('verifies transport and Auth certificates, every URL, Autodiscover and DNS as it was created', () => {
    const verify = stepText(SCENARIOS.example!, 'exchange-2019', 'verify');
    expect(verify).toContain(
      "Get-ExchangeCertificate -Server 'EX02' -Thumbprint (Get-TransportService -Identity 'EX02').InternalTransportCertificateThumbprint",
    );
    for (const cmdlet of [
      'Get-OwaVirtualDirectory',
      'Get-EcpVirtualDirectory',
      'Get-WebServicesVirtualDirectory',
      'Get-ActiveSyncVirtualDirectory',
      'Get-OabVirtualDirectory',
      'Get-MapiVirtualDirectory',
      'Get-OutlookAnywhere',
      'Get-ClientAccessService',
    ])
      expect(verify).toContain(cmdlet);
    expect(verify).toContain('Test-OutlookWebServices -Identity $mailbox -MailboxCredential');
    // Pin-point: autodiscover is an A record inside, a CNAME outside; each is checked as created.
    expect(verify).toContain("Resolve-DnsName -Name 'autodiscover.contoso.com' -Type 'A'");
    expect(verify).toContain("Resolve-DnsName -Name 'autodiscover.contoso.com' -Type 'CNAME'");
    expect(stepOf(SCENARIOS.example!, 'exchange-2019', 'verify').notes.join()).toMatch(
      /starttls smtp[\s\S]*HealthChecker/,
    );
    expect(stepText(SCENARIOS.example!, 'exchange-2019', 'auth-certificate')).toContain(
      "Get-ExchangeCertificate -Server 'EX02' -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint",
    );
    expect(stepText(SCENARIOS.example!, 'exchange-2010', 'verify')).toContain(
      "(Get-TransportServer -Identity 'EX01').InternalTransportCertificateThumbprint",
    );
    expect(stepIds(SCENARIOS.example!, 'exchange-2010')).not.toContain('auth-certificate');
  });
});

describe('the request', () => {
  it.each(EXCHANGE_PRODUCTS)(
    '%s: subject with country, names in -DomainName, 2048-bit exportable key',
    (version) => {
      const text = stepText(
        SCENARIOS['additional domains by host']!,
        version,
        'request-certificate',
      );
      const subjectFirst = version === 'exchange-2007' ? "'mail.contoso.com'," : '';
      expect(text).toContain(
        `-SubjectName 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com' -DomainName ${subjectFirst}'autodiscover.contoso.com','autodiscover.fabrikam.com' -KeySize 2048 -PrivateKeyExportable $true`,
      );
      expect(text).not.toMatch(/-IncludeAutoDiscover|-IncludeAcceptedDomains|-IncludeServer/);
    },
  );

  it('requests a wildcard through the subject alone (EX-CSR)', () => {
    const text = stepText(
      SCENARIOS['wildcard with POP and IMAP']!,
      'exchange-2019',
      'request-certificate',
    );
    expect(text).toContain(
      "-SubjectName 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=*.contoso.com' -KeySize",
    );
    expect(text).not.toContain('-DomainName');
    expect(text).toContain("'C:\\Certs\\wildcard.contoso.com.req'");
  });

  it('submits to an enterprise CA with certreq and the Web Server template', () => {
    expect(
      stepText(SCENARIOS['enterprise CA, AD domain is public']!, 'exchange-2019', 'submit-request'),
    ).toBe(
      "certreq.exe -submit -attrib 'CertificateTemplate:WebServer' 'C:\\Certs\\mail.contoso.com.req' 'C:\\Certs\\mail.contoso.com.cer'",
    );
  });
});

describe('enabling and configuring', () => {
  it.each(EXCHANGE_PRODUCTS)('%s enables the certificate on every server', (version) => {
    const text = stepText(SCENARIOS.example!, version, 'enable-certificate');
    for (const server of ['EX01', 'EX02']) {
      expect(text).toContain(
        version === 'exchange-2007'
          ? "Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'IIS','SMTP'"
          : `Enable-ExchangeCertificate -Server '${server}' -Thumbprint $thumbprint -Services 'IIS','SMTP'`,
      );
    }
  });

  it.each(EXCHANGE_PRODUCTS)(
    "%s sets Internal and External URLs of the version's virtual directories to the namespace",
    (version) => {
      const text = stepText(SCENARIOS.example!, version, 'virtual-directories');
      const directories: Record<string, string[]> = {
        'exchange-2007': [
          'Set-OwaVirtualDirectory',
          'Set-WebServicesVirtualDirectory',
          'Set-ActiveSyncVirtualDirectory',
          'Set-OABVirtualDirectory',
        ],
        'exchange-2010': [
          'Set-OwaVirtualDirectory',
          'Set-EcpVirtualDirectory',
          'Set-WebServicesVirtualDirectory',
          'Set-ActiveSyncVirtualDirectory',
          'Set-OabVirtualDirectory',
        ],
      };
      const expected = directories[version] ?? [
        'Set-OwaVirtualDirectory',
        'Set-EcpVirtualDirectory',
        'Set-WebServicesVirtualDirectory',
        'Set-ActiveSyncVirtualDirectory',
        'Set-OabVirtualDirectory',
        'Set-MapiVirtualDirectory',
      ];
      const used = [...new Set(text.split('\n').map((line) => line.split(' ')[0]))];
      expect(used).toEqual(expected);
      expect(text).toContain(
        "-Identity 'EX02\\owa (Default Web Site)' -InternalUrl 'https://mail.contoso.com/owa' -ExternalUrl 'https://mail.contoso.com/owa'",
      );
    },
  );

  it('sets the 2007 Unified Messaging web service directory only where UM is used', () => {
    expect(
      stepText(SCENARIOS['Unified Messaging']!, 'exchange-2007', 'virtual-directories'),
    ).toContain(
      "Set-UMVirtualDirectory -Identity 'EX01\\UnifiedMessaging (Default Web Site)' -InternalUrl 'https://mail.contoso.com/UnifiedMessaging/Service.asmx'",
    );
    expect(
      stepText(SCENARIOS['Unified Messaging']!, 'exchange-2010', 'virtual-directories'),
    ).not.toContain('UMVirtualDirectory');
  });

  it.each(['exchange-2007', 'exchange-2010'] as const)(
    '%s enables Outlook Anywhere with NTLM for clients and Basic and NTLM on /rpc',
    (version) => {
      const step = stepOf(SCENARIOS.example!, version, 'outlook-anywhere');
      expect(commandsOf(step)).toContain(
        "Enable-OutlookAnywhere -Server 'EX01' -ExternalHostname 'mail.contoso.com' -ClientAuthenticationMethod 'Ntlm' -IISAuthenticationMethods 'Basic','NTLM' -SSLOffloading $false\nSet-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -ExternalHostname 'mail.contoso.com' -ClientAuthenticationMethod 'Ntlm' -IISAuthenticationMethods 'Basic','NTLM' -SSLOffloading $false",
      );
      expect(step.notes.join()).toMatch(
        version === 'exchange-2007' ? /every 15 minutes/ : /as long as an hour/,
      );
    },
  );

  it('points each bound-model site at its own namespace (2013 and later)', () => {
    const text = stepText(
      SCENARIOS['bound model, two sites']!,
      'exchange-2019',
      'outlook-anywhere',
    );
    expect(text).toContain(
      "Set-OutlookAnywhere -Identity 'EX05\\Rpc (Default Web Site)' -InternalHostname 'mail2.contoso.com' -ExternalHostname 'mail2.contoso.com'",
    );
  });

  it('sets the Outlook principal name for a wildcard, or a site host that is not the subject, on 2007 and 2010 only', () => {
    expect(
      stepText(SCENARIOS['wildcard with POP and IMAP']!, 'exchange-2010', 'outlook-provider'),
    ).toBe("Set-OutlookProvider -Identity 'EXPR' -CertPrincipalName 'msstd:*.contoso.com'");
    expect(
      stepText(SCENARIOS['bound model, two sites']!, 'exchange-2007', 'outlook-provider'),
    ).toBe("Set-OutlookProvider -Identity 'EXPR' -CertPrincipalName 'msstd:mail.contoso.com'");
    expect(stepIds(SCENARIOS.example!, 'exchange-2010')).not.toContain('outlook-provider');
    expect(stepIds(SCENARIOS['wildcard with POP and IMAP']!, 'exchange-2016')).not.toContain(
      'outlook-provider',
    );
  });

  it('sets the SCP with the version cmdlet, and a site scope per server with several sites', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2013', 'autodiscover-scp')).toContain(
      "Set-ClientAccessServer -Identity 'EX01' -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml'",
    );
    expect(stepText(SCENARIOS.example!, 'exchange-se', 'autodiscover-scp')).toContain(
      "Set-ClientAccessService -Identity 'EX01'",
    );
    expect(
      stepText(SCENARIOS['bound model, two sites']!, 'exchange-2016', 'autodiscover-scp'),
    ).toContain(
      "Set-ClientAccessService -Identity 'EX05' -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml' -AutoDiscoverSiteScope 'Dublin'",
    );
  });

  it('gives POP and IMAP the namespace, connection settings where the version has them, and a restart', () => {
    const plan = planWith({ exchange: { services: { pop: true, imap: true } } });
    const text = stepText(plan, 'exchange-2016', 'pop-imap');
    expect(text).toContain(
      "Set-PopSettings -Server 'EX01' -X509CertificateName 'mail.contoso.com' -InternalConnectionSettings 'mail.contoso.com:995:SSL','mail.contoso.com:110:TLS' -ExternalConnectionSettings 'mail.contoso.com:995:SSL','mail.contoso.com:110:TLS'",
    );
    expect(text).toContain(
      "Get-Service -ComputerName 'EX02' -Name 'MSExchangeIMAP4','MSExchangeIMAP4BE' | Restart-Service",
    );
    expect(stepText(plan, 'exchange-2010', 'pop-imap')).toContain(
      "Get-Service -ComputerName 'EX02' -Name 'MSExchangeIMAP4' | Restart-Service",
    );
    const in2007 = stepText(plan, 'exchange-2007', 'pop-imap');
    expect(in2007).toContain("Set-PopSettings -X509CertificateName 'mail.contoso.com'");
    expect(in2007).not.toMatch(/ConnectionSettings|-ComputerName/);
  });

  it('lets POP and IMAP clients submit on the client connector with the certificate', () => {
    const plan = planWith({ exchange: { services: { pop: true } } });
    expect(stepText(plan, 'exchange-2019', 'client-connector')).toContain(
      "Set-ReceiveConnector -Identity 'EX01\\Client Frontend EX01' -Fqdn 'mail.contoso.com' -TlsCertificateName ('<I>' + $cert.Issuer + '<S>' + $cert.Subject) -AdvertiseClientSettings $true",
    );
    expect(stepText(plan, 'exchange-2010', 'client-connector')).toContain(
      "Set-ReceiveConnector -Identity 'EX01\\Client EX01' -Fqdn 'mail.contoso.com' -AdvertiseClientSettings $true",
    );
    expect(stepText(plan, 'exchange-2007', 'client-connector')).toContain(
      "Set-ReceiveConnector -Identity 'EX01\\Client EX01' -Fqdn 'mail.contoso.com'",
    );
  });

  it('selects the certificate on the internet connector by issuer and subject from 2013, by FQDN before', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2019', 'receive-connector')).toContain(
      "Set-ReceiveConnector -Identity 'EX01\\Default Frontend EX01' -Fqdn 'mail.contoso.com' -TlsCertificateName ('<I>' + $cert.Issuer + '<S>' + $cert.Subject)",
    );
    expect(stepText(SCENARIOS.example!, 'exchange-2010', 'receive-connector')).toContain(
      "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -Fqdn 'mail.contoso.com'",
    );
  });

  it('announces the PTR name on the internet Send connector, asking which connector that is', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2016', 'send-connector').split('\n')).toEqual([
      "Get-SendConnector | Format-Table -Property 'Identity','AddressSpaces','Fqdn'",
      "$connector = Read-Host -Prompt 'Name (Identity) of the Send connector to the internet'",
      "Set-SendConnector -Identity $connector -Fqdn 'mail.contoso.com'",
    ]);
  });

  it('creates the 2010 RPC Client Access arrays, and no such step from 2013', () => {
    const plan = SCENARIOS['site resilience, two datacenters (2010 names)']!;
    expect(stepText(plan, 'exchange-2010', 'client-access-array').split('\n')).toEqual([
      "New-ClientAccessArray -Name 'outlook.contoso.local' -Fqdn 'outlook.contoso.local' -Site 'Redmond'",
      "New-ClientAccessArray -Name 'outlook2.contoso.local' -Fqdn 'outlook2.contoso.local' -Site 'Dublin'",
    ]);
    expect(stepText(plan, 'exchange-2010', 'virtual-directories')).toContain(
      "-Identity 'EX03\\owa (Default Web Site)' -InternalUrl 'https://mail2.contoso.com/owa' -ExternalUrl 'https://mail2.contoso.com/owa' -FailbackUrl 'https://mailsec.contoso.com/owa'",
    );
    expect(stepIds(plan, 'exchange-2013')).not.toContain('client-access-array');
  });
});

describe('Edge and Unified Messaging', () => {
  it.each(EXCHANGE_PRODUCTS)(
    '%s: the Edge request names its FQDN, the connector announces it, EdgeSync sends with it',
    (version) => {
      const plan = SCENARIOS['Edge with Unified Messaging and POP']!;
      expect(stepText(plan, version, 'edge-request')).toContain("-DomainName 'smtp.contoso.com'");
      const enable = stepText(plan, version, 'edge-enable');
      expect(enable).toContain(
        "Set-ReceiveConnector -Identity 'EDGE01\\Default internal receive connector EDGE01' -Fqdn 'smtp.contoso.com'",
      );
      expect(enable).not.toContain('-Server');
      expect(stepText(plan, version, 'edge-sync').split('\n')).toEqual([
        "Set-SendConnector -Identity 'EdgeSync - Default-First-Site-Name to Internet' -Fqdn 'smtp.contoso.com'",
        'Start-EdgeSynchronization',
      ]);
    },
  );

  it('puts UM in Dual mode the version way before enabling the UM certificate, which names its FQDN', () => {
    const plan = SCENARIOS['Unified Messaging']!;
    const in2016 = stepText(plan, 'exchange-2016', 'um-certificate-ex01');
    expect(in2016.indexOf("Set-UMService -Identity 'EX01' -UMStartupMode 'Dual'")).toBeLessThan(
      in2016.indexOf("-Services 'UM','UMCallRouter'"),
    );
    expect(in2016).toContain("-DomainName 'ex01.contoso.local'");
    const in2010 = stepText(plan, 'exchange-2010', 'um-certificate-ex01');
    expect(in2010).toContain("Set-UMServer -Identity 'EX01' -UMStartupMode 'Dual'");
    expect(in2010).toContain("-Services 'UM'\n");
    const in2007 = stepText(plan, 'exchange-2007', 'um-certificate-ex01');
    expect(in2007).not.toContain('UMStartupMode');
    expect(in2007).toContain("Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'UM'");
    expect(stepIds(plan, 'exchange-2019').some((id) => id.startsWith('um-'))).toBe(false);
  });
});

describe('both sides of a migration', () => {
  it.each(['exchange-2010', 'exchange-2013'] as const)(
    '%s with 2007: the 2007 servers get the certificate, the legacy name inside and out, ActiveSync proxied',
    (version) => {
      const plan = SCENARIOS['coexistence with 2007']!;
      const certificate = stepOf(plan, version, 'coexistence-certificate');
      expect(stepShell(certificate)).toBe('exchange-2007');
      expect(commandsOf(certificate)).toBe(
        [
          "$pfxPassword = Read-Host -Prompt 'Password for the PFX file' -AsSecureString",
          "$cert = Import-ExchangeCertificate -Path '\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx' -Password $pfxPassword",
          "Enable-ExchangeCertificate -Thumbprint $cert.Thumbprint -Services 'IIS'",
          'iisreset.exe /noforce',
        ].join('\n'),
      );
      const urls = commandsOf(stepOf(plan, version, 'coexistence-urls'));
      expect(urls).toContain(
        "Set-OwaVirtualDirectory -Identity 'EX2007\\owa (Default Web Site)' -InternalUrl 'https://legacy.contoso.com/owa' -ExternalUrl 'https://legacy.contoso.com/owa'",
      );
      expect(urls).toContain(
        "Set-ActiveSyncVirtualDirectory -Identity 'EX2007\\Microsoft-Server-ActiveSync (Default Web Site)' -InternalUrl 'https://legacy.contoso.com/Microsoft-Server-ActiveSync' -ExternalUrl $null",
      );
      expect(urls).toContain(
        "Set-WebServicesVirtualDirectory -Identity 'EX2007\\EWS (Default Web Site)' -InternalUrl 'https://legacy.contoso.com/EWS/Exchange.asmx'",
      );
      const scp = stepOf(plan, version, 'autodiscover-scp');
      const olderPart = scp.parts.find(
        (part) => part.kind === 'powershell' && part.shell === 'exchange-2007',
      );
      expect(olderPart && partLines(olderPart)).toEqual([
        "Set-ClientAccessServer -Identity 'EX2007' -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml'",
      ]);
    },
  );

  it('2013 proxies Outlook Anywhere to 2007, so it is enabled there with NTLM on the new namespace; 2010 does not need it', () => {
    const plan = SCENARIOS['coexistence with 2007']!;
    expect(stepText(plan, 'exchange-2013', 'coexistence-outlook-anywhere')).toContain(
      "Enable-OutlookAnywhere -Server 'EX2007' -ExternalHostname 'mail.contoso.com' -ClientAuthenticationMethod 'Ntlm' -IISAuthenticationMethods 'Basic','NTLM' -SSLOffloading $false",
    );
    expect(stepIds(plan, 'exchange-2010')).not.toContain('coexistence-outlook-anywhere');
  });

  it.each(['exchange-2013', 'exchange-2016'] as const)(
    '%s with 2010: certificate import, SCP and Outlook Anywhere with NTLM on every 2010 server, in the 2010 shell',
    (version) => {
      const plan = SCENARIOS['coexistence with 2010']!;
      const derived = deriveExchange(plan, version);
      const certificate = stepOf(plan, version, 'coexistence-certificate');
      const [part] = certificate.parts;
      expect(part).toMatchObject({
        kind: 'powershell',
        shell: 'exchange',
        product: 'exchange-2010',
      });
      const text = commandsOf(certificate);
      for (const server of ['EX2010A', 'EX2010B']) {
        expect(text).toContain(
          `$cert = Import-ExchangeCertificate -Server '${server}' -FileData (Get-Content -Path '\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx' -Encoding 'Byte' -ReadCount 0) -Password $pfxPassword -PrivateKeyExportable $true\nEnable-ExchangeCertificate -Server '${server}' -Thumbprint $cert.Thumbprint -Services 'IIS'`,
        );
        expect(stepText(plan, version, 'coexistence-outlook-anywhere')).toContain(
          `Enable-OutlookAnywhere -Server '${server}' -ExternalHostname 'mail.contoso.com' -ClientAuthenticationMethod 'Ntlm' -IISAuthenticationMethods 'Basic','NTLM' -SSLOffloading $false`,
        );
        expect(stepText(plan, version, 'autodiscover-scp')).toContain(
          `Set-ClientAccessServer -Identity '${server}' -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml'`,
        );
      }
      expect(stepText(plan, version, 'coexistence-urls')).toContain(
        "Set-EcpVirtualDirectory -Identity 'EX2010B\\ecp (Default Web Site)' -InternalUrl 'https://mail.contoso.com/ecp' -ExternalUrl 'https://mail.contoso.com/ecp'",
      );
      const ids = derived.steps.map((step) => step.id);
      expect(ids.indexOf('coexistence-outlook-anywhere')).toBeLessThan(ids.indexOf('dns-internal'));
    },
  );

  it('2016 with 2013 and SE with 2016: the older servers get the certificate and the shared namespace', () => {
    const from2013 = stepText(
      SCENARIOS['coexistence with 2013']!,
      'exchange-2016',
      'coexistence-urls',
    );
    expect(from2013).toContain(
      "Set-OutlookAnywhere -Identity 'EX2013\\Rpc (Default Web Site)' -InternalHostname 'mail.contoso.com' -ExternalHostname 'mail.contoso.com'",
    );
    expect(
      stepText(SCENARIOS['coexistence with 2013']!, 'exchange-2016', 'coexistence-certificate'),
    ).toContain(
      "$cert = Import-ExchangeCertificate -Server 'EX2013' -FileName '\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx'",
    );
    expect(
      stepText(SCENARIOS['coexistence with 2016']!, 'exchange-se', 'coexistence-certificate'),
    ).toContain(
      "$cert = Import-ExchangeCertificate -Server 'EX2016' -FileData ([System.IO.File]::ReadAllBytes('\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx'))",
    );
    expect(
      stepText(SCENARIOS['coexistence with 2016']!, 'exchange-se', 'autodiscover-scp'),
    ).toContain("Set-ClientAccessService -Identity 'EX2016'");
  });

  it('writes no older-side step for an unsupported pair', () => {
    const ids = stepIds(SCENARIOS['coexistence with 2007']!, 'exchange-2016');
    expect(ids.filter((id) => id.startsWith('coexistence-') || id === 'dns-legacy')).toEqual([]);
  });
});

describe('Windows SBS 2008', () => {
  it('assigns the certificate with the SBS console wizard instead of Enable-ExchangeCertificate', () => {
    const plan = SCENARIOS['SBS 2008']!;
    const ids = stepIds(plan, 'exchange-2007');
    expect(ids).toContain('sbs-certificate');
    expect(ids).not.toContain('enable-certificate');
    const wizard = stepOf(plan, 'exchange-2007', 'sbs-certificate').parts[0];
    expect(wizard).toMatchObject({ kind: 'wizard', tool: 'the Windows SBS Console' });
  });

  it('moves the URLs and the SCP onto remote.<domain>, finding the directories by server', () => {
    const plan = SCENARIOS['SBS 2008']!;
    expect(stepText(plan, 'exchange-2007', 'virtual-directories')).toContain(
      "Get-OwaVirtualDirectory -Server 'SBS01' | Set-OwaVirtualDirectory -InternalUrl 'https://remote.contoso.com/owa' -ExternalUrl 'https://remote.contoso.com/owa'",
    );
    expect(stepText(plan, 'exchange-2007', 'autodiscover-scp')).toBe(
      "Set-ClientAccessServer -Identity 'SBS01' -AutoDiscoverServiceInternalUri 'https://remote.contoso.com/Autodiscover/Autodiscover.xml'",
    );
  });

  it("asks which connector SBS's wizard made for internet mail, and sets Outlook Anywhere without enabling it", () => {
    const plan = SCENARIOS['SBS 2008']!;
    expect(stepText(plan, 'exchange-2007', 'receive-connector').split('\n')).toEqual([
      "Get-ReceiveConnector -Server 'SBS01' | Format-Table -Property 'Identity','Bindings','Fqdn'",
      "$connector = Read-Host -Prompt 'Name (Identity) of the Receive connector that takes mail from the internet'",
      "Set-ReceiveConnector -Identity $connector -Fqdn 'remote.contoso.com'",
    ]);
    expect(stepText(plan, 'exchange-2007', 'outlook-anywhere')).toBe(
      "Get-OutlookAnywhere -Server 'SBS01' | Set-OutlookAnywhere -ExternalHostname 'remote.contoso.com' -ClientAuthenticationMethod 'Ntlm' -IISAuthenticationMethods 'Basic','NTLM' -SSLOffloading $false",
    );
  });
});

describe('renewal (certificate.purpose renewal, EX-Renew)', () => {
  const renewal = planWith({ certificate: { purpose: 'renewal' } });
  const edgeRenewal = SCENARIOS['renewal with Edge and POP, UNC folder']!;

  it('keeps names, URLs and DNS: no DNS, URL or SCP step, and the old certificate goes last', () => {
    expect(stepIds(renewal, 'exchange-se')).toEqual([
      'request-certificate',
      'submit-request',
      'complete-request',
      'copy-certificate',
      'enable-certificate',
      'receive-connector',
      'hybrid-connectors',
      'verify',
      'auth-certificate',
      'cleanup',
    ]);
    expect(stepIds(renewal, 'exchange-2010')).toEqual([
      'request-certificate',
      'submit-request',
      'complete-request',
      'copy-certificate',
      'enable-certificate',
      'verify',
      'cleanup',
    ]);
  });

  it.each(EXCHANGE_PRODUCTS)('%s: the request is made from the certificate in place', (version) => {
    const text = stepText(renewal, version, 'request-certificate');
    const request = text.split('\n').find((line) => line.includes('New-ExchangeCertificate'));
    expect(request).toMatch(
      /^(\$request = )?Get-ExchangeCertificate (-Server 'EX01' )?-Thumbprint \$currentThumbprint \| New-ExchangeCertificate /,
    );
    expect(request).toContain('-GenerateRequest');
    expect(request).toContain('-PrivateKeyExportable $true');
    expect(request).not.toContain('-SubjectName');
    expect(request).not.toContain('-DomainName');
    expect(text).toContain('$currentThumbprint = Read-Host');
    expect(stepOf(renewal, version, 'request-certificate').sources).toContain('EX-Renew');
    // A new plan still asks for its own names.
    expect(stepText(SCENARIOS.example!, version, 'request-certificate')).toContain('-SubjectName');
  });

  it.each(EXCHANGE_PRODUCTS)(
    '%s: enables on every server with the SMTP prompt answered No, and removes the old one last',
    (version) => {
      const ids = stepIds(renewal, version);
      expect(ids.at(-1)).toBe('cleanup');
      const enable = stepOf(renewal, version, 'enable-certificate');
      expect(enable.notes.join('\n')).toContain('answer No (N)');
      // One Enable-ExchangeCertificate per server (by -Server, or in each server's own shell).
      const enables = commandsOf(enable)
        .split('\n')
        .filter((line) => line.includes('Enable-ExchangeCertificate'));
      expect(enables).toHaveLength(2);
      expect(stepOf(renewal, version, 'cleanup').notes.join('\n')).toContain(
        'Remove the old one only when its Services column is empty on every server',
      );
    },
  );

  it.each(EXCHANGE_PRODUCTS)('%s: hybrid connectors follow the renewed certificate', (version) => {
    const ids = stepIds(renewal, version);
    const names = deriveExchange(renewal, version).steps.some((step) =>
      commandsOf(step).includes('-TlsCertificateName'),
    );
    // Only versions whose connectors name a certificate (2013 and later) need the step.
    expect(ids.includes('hybrid-connectors')).toBe(names);
    if (names) {
      expect(stepText(renewal, version, 'hybrid-connectors')).toContain(
        "Set-SendConnector -Identity $connector -TlsCertificateName ('<I>' + $cert.Issuer + '<S>' + $cert.Subject)",
      );
      expect(ids).toContain('auth-certificate');
    }
  });

  it('renews the Edge certificate on every Edge server too', () => {
    const ids = stepIds(edgeRenewal, 'exchange-2019');
    expect(ids).toEqual(expect.arrayContaining(['edge-request', 'edge-enable', 'edge-copy']));
    expect(ids).not.toContain('receive-connector');
    expect(stepOf(edgeRenewal, 'exchange-2019', 'hybrid-connectors').notes.join('\n')).toContain(
      'every Edge needs a certificate with the same issuer and subject',
    );
  });
});
