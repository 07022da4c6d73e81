/**
 * Runbook steps and their commands per version (reference/exchange.md §3, the differences table).
 * Commands are read as rendered text, the way an admin pastes them.
 */
import { describe, expect, it } from 'vitest';
import { planWith, SCENARIOS } from '../../../../tests/support/scenarios.ts';
import { partLines, stepShell } from '../../render/parts.ts';
import type { Step } from '../derived.ts';
import { EXCHANGE_PRODUCTS } from '../../../../tests/support/scenarios.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId } from '../products.ts';
import { deriveExchange } from './derive.ts';

/** The step's PowerShell, as an admin pastes it. */
const commandsOf = (step: Step) =>
  step.parts
    .filter((part) => part.kind === 'powershell')
    .flatMap(partLines)
    .join('\n');

function stepText(plan: Plan, version: ExchangeProductId, id: string): string {
  const step = deriveExchange(plan, version).steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return commandsOf(step);
}
const stepIds = (plan: Plan, version: ExchangeProductId) =>
  deriveExchange(plan, version).steps.map((step) => step.id);

describe('step order', () => {
  it('requests early, prepares DNS while the CA works, then installs, configures and checks', () => {
    expect(stepIds(SCENARIOS.example!, 'exchange-se')).toEqual([
      'request-certificate',
      'submit-request',
      'dns-internal',
      'dns-external',
      'complete-request',
      'copy-certificate',
      'enable-certificate',
      'virtual-directories',
      'outlook-anywhere',
      'autodiscover-scp',
      'receive-connector',
      'auth-certificate',
      'verify',
    ]);
  });

  it('skips the copy step on a single server and the receive connector when Edge servers take internet mail', () => {
    expect(stepIds(SCENARIOS['single server']!, 'exchange-2019')).not.toContain('copy-certificate');
    const largest = stepIds(SCENARIOS.largest!, 'exchange-2019');
    expect(largest).not.toContain('receive-connector');
    expect(largest).toEqual(
      expect.arrayContaining(['pop-imap', 'edge-request', 'edge-enable', 'edge-copy']),
    );
  });
});

describe('file handling differs by version', () => {
  it('2013 writes and reads files on the server (-RequestFile, -FileName)', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2013', 'request-certificate')).toContain(
      "-RequestFile 'C:\\Certs\\mail.contoso.com.req'",
    );
    expect(stepText(SCENARIOS.example!, 'exchange-2013', 'complete-request')).toContain(
      "Import-ExchangeCertificate -Server 'EX01' -FileName 'C:\\Certs\\mail.contoso.com.cer'",
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
        "$request = New-ExchangeCertificate -Server 'EX01' -GenerateRequest",
      );
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

describe('the request', () => {
  it.each(EXCHANGE_PRODUCTS)(
    '%s: subject with country, other names in -DomainName, 2048-bit exportable key',
    (version) => {
      const text = stepText(
        SCENARIOS['additional domains by host']!,
        version,
        'request-certificate',
      );
      expect(text).toContain(
        "-SubjectName 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com' -DomainName 'autodiscover.contoso.com','autodiscover.fabrikam.com' -KeySize 2048 -PrivateKeyExportable $true",
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
  it.each(EXCHANGE_PRODUCTS)(
    '%s enables the certificate on every server, found by name rather than a typed thumbprint',
    (version) => {
      const text = stepText(SCENARIOS.example!, version, 'enable-certificate');
      for (const server of ['EX01', 'EX02']) {
        expect(text).toContain(
          `$cert = Get-ExchangeCertificate -Server '${server}' -DomainName 'mail.contoso.com' | Sort-Object -Property 'NotAfter' -Descending | Select-Object -First 1`,
        );
        expect(text).toContain(
          `Enable-ExchangeCertificate -Server '${server}' -Thumbprint $cert.Thumbprint -Services 'IIS','SMTP'`,
        );
      }
    },
  );

  it.each(EXCHANGE_PRODUCTS)(
    '%s sets Internal and External URLs of all six virtual directories to the namespace',
    (version) => {
      const text = stepText(SCENARIOS.example!, version, 'virtual-directories');
      for (const [cmdlet, directory, path] of [
        ['Set-OwaVirtualDirectory', 'owa', '/owa'],
        ['Set-EcpVirtualDirectory', 'ecp', '/ecp'],
        ['Set-WebServicesVirtualDirectory', 'EWS', '/EWS/Exchange.asmx'],
        [
          'Set-ActiveSyncVirtualDirectory',
          'Microsoft-Server-ActiveSync',
          '/Microsoft-Server-ActiveSync',
        ],
        ['Set-OabVirtualDirectory', 'OAB', '/OAB'],
        ['Set-MapiVirtualDirectory', 'mapi', '/mapi'],
      ]) {
        expect(text).toContain(
          `${cmdlet} -Identity 'EX02\\${directory} (Default Web Site)' -InternalUrl 'https://mail.contoso.com${path}' -ExternalUrl 'https://mail.contoso.com${path}'`,
        );
      }
    },
  );

  it('points each bound-model site at its own namespace', () => {
    const text = stepText(
      SCENARIOS['bound model, two sites']!,
      'exchange-2019',
      'outlook-anywhere',
    );
    expect(text).toContain(
      "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -InternalHostname 'mail.contoso.com' -ExternalHostname 'mail.contoso.com'",
    );
    expect(text).toContain(
      "Set-OutlookAnywhere -Identity 'EX05\\Rpc (Default Web Site)' -InternalHostname 'mail2.contoso.com' -ExternalHostname 'mail2.contoso.com'",
    );
  });

  it('sets the Autodiscover SCP with Set-ClientAccessServer on 2013 and Set-ClientAccessService from 2016', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2013', 'autodiscover-scp')).toContain(
      "Set-ClientAccessServer -Identity 'EX01' -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml'",
    );
    for (const version of ['exchange-2016', 'exchange-2019', 'exchange-se'] as const) {
      expect(stepText(SCENARIOS.example!, version, 'autodiscover-scp')).toContain(
        "Set-ClientAccessService -Identity 'EX01'",
      );
    }
  });

  it('gives POP and IMAP the namespace, connection settings, automatic start and a restart of both services', () => {
    const text = stepText(
      planWith({ exchange: { services: { pop: true, imap: true } } }),
      'exchange-2016',
      'pop-imap',
    );
    expect(text).toContain(
      "Set-PopSettings -Server 'EX01' -X509CertificateName 'mail.contoso.com' -InternalConnectionSettings 'mail.contoso.com:995:SSL','mail.contoso.com:110:TLS' -ExternalConnectionSettings 'mail.contoso.com:995:SSL','mail.contoso.com:110:TLS'",
    );
    expect(text).toContain(
      "Set-ImapSettings -Server 'EX02' -X509CertificateName 'mail.contoso.com' -InternalConnectionSettings 'mail.contoso.com:993:SSL','mail.contoso.com:143:TLS'",
    );
    expect(text).toContain(
      "Set-Service -ComputerName 'EX01' -Name 'MSExchangePOP3BE' -StartupType 'Automatic'",
    );
    expect(text).toContain(
      "Get-Service -ComputerName 'EX02' -Name 'MSExchangeIMAP4','MSExchangeIMAP4BE' | Restart-Service",
    );
  });

  it('selects the certificate on the internet-facing connector by issuer and subject', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2019', 'receive-connector')).toContain(
      "Set-ReceiveConnector -Identity 'EX01\\Default Frontend EX01' -Fqdn 'mail.contoso.com' -TlsCertificateName ('<I>' + $cert.Issuer + '<S>' + $cert.Subject)",
    );
  });

  it('runs the Edge commands locally on each Edge server (no -Server)', () => {
    const text = stepText(SCENARIOS.largest!, 'exchange-2019', 'edge-enable');
    expect(text).toContain(
      "Enable-ExchangeCertificate -Thumbprint $cert.Thumbprint -Services 'SMTP'",
    );
    expect(text).toContain(
      "Set-ReceiveConnector -Identity 'EDGE01\\Default internal receive connector EDGE01'",
    );
    expect(text).not.toContain('-Server');
  });

  it('sets UM to Dual mode before enabling the UM certificate (2013, 2016)', () => {
    const text = stepText(SCENARIOS['Unified Messaging']!, 'exchange-2016', 'um-certificate-ex01');
    expect(text.indexOf("Set-UMService -Identity 'EX01' -UMStartupMode 'Dual'")).toBeLessThan(
      text.indexOf("-Services 'UM','UMCallRouter'"),
    );
    expect(
      stepIds(SCENARIOS['Unified Messaging']!, 'exchange-2019').some((id) => id.startsWith('um-')),
    ).toBe(false);
  });

  it('moves Exchange 2007 to the legacy name in its own shell (2013 with 2007 only)', () => {
    const derived = deriveExchange(SCENARIOS['coexistence with 2007']!, 'exchange-2013');
    const step = derived.steps.find((candidate) => candidate.id === 'legacy-2007');
    expect(step && stepShell(step)).toBe('exchange-2007');
    const text = commandsOf(step!);
    expect(text).toContain(
      "$cert = Import-ExchangeCertificate -Path '\\\\EX01\\C$\\Certs\\mail.contoso.com.pfx' -Password $pfxPassword",
    );
    expect(text).toContain(
      "Set-OwaVirtualDirectory -Identity 'EX2007\\owa (Default Web Site)' -ExternalUrl 'https://legacy.contoso.com/owa'",
    );
    expect(stepIds(SCENARIOS['coexistence with 2007']!, 'exchange-2016')).not.toContain(
      'legacy-2007',
    );
  });
});

describe('internal DNS commands', () => {
  it('creates a forest-replicated zone and one command per record', () => {
    expect(stepText(SCENARIOS.example!, 'exchange-2019', 'dns-internal').split('\n')).toEqual([
      "Add-DnsServerPrimaryZone -Name 'contoso.com' -ReplicationScope 'Forest'",
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name 'mail' -IPv4Address '10.0.0.11' -TimeToLive '01:00:00'",
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name 'mail' -IPv4Address '10.0.0.12' -TimeToLive '01:00:00'",
      "Add-DnsServerResourceRecordCName -ZoneName 'contoso.com' -Name 'autodiscover' -HostNameAlias 'mail.contoso.com' -TimeToLive '01:00:00'",
    ]);
  });

  it('writes the apex of a pin-point zone as "." (Microsoft\'s DnsServer example)', () => {
    expect(stepText(SCENARIOS['pin-point DNS']!, 'exchange-2019', 'dns-internal')).toContain(
      "Add-DnsServerPrimaryZone -Name 'mail.contoso.com' -ReplicationScope 'Forest'\nAdd-DnsServerResourceRecordA -ZoneName 'mail.contoso.com' -Name '.' -IPv4Address '10.0.0.11'",
    );
  });

  it('does not create the zone when it is the Active Directory zone itself', () => {
    expect(
      stepText(SCENARIOS['enterprise CA, AD domain is public']!, 'exchange-2019', 'dns-internal'),
    ).toContain('Add-DnsServerPrimaryZone');
    const sameZone = planWith({ domains: { internal: 'contoso.com' } });
    expect(stepText(sameZone, 'exchange-2019', 'dns-internal')).not.toContain(
      'Add-DnsServerPrimaryZone',
    );
  });
});
