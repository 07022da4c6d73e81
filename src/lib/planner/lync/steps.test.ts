/**
 * The runbook per version: step order, what runs where, the Management Shell commands (reference
 * §8), the OCS wizard walk-throughs and INF files (§2.4, §9), renewal staging (SFB-ROLL).
 */
import { describe, expect, it } from 'vitest';
import {
  LYNC_PRODUCTS,
  LYNC_SCENARIOS,
  lyncPlan,
} from '../../../../tests/support/lync-scenarios.ts';
import type { Derived, Step, StepPart } from '../derived.ts';
import type { Plan } from '../plan/plan.ts';
import type { LyncProductId } from '../products.ts';
import { partLines } from '../../render/parts.ts';
import { deriveLync } from './derive.ts';
import { LYNC_PROFILES } from './profiles/index.ts';

const SHELL = LYNC_PRODUCTS.filter((id) => LYNC_PROFILES[id]!.tooling === 'management-shell');

const steps = (plan: Plan, product: LyncProductId) => deriveLync(plan, product).steps;
const step = (derived: Derived | Step[], id: string): Step => {
  const list = Array.isArray(derived) ? derived : derived.steps;
  const found = list.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id}: ${list.map((s) => s.id).join(', ')}`);
  return found;
};
/** Every line a step shows, parts in order. */
const text = (found: Step) => found.parts.flatMap(partLines).join('\n');
const kinds = (found: Step) => found.parts.map((part: StepPart) => part.kind);

describe.each(SHELL)('%s runbook', (product) => {
  const profile = LYNC_PROFILES[product]!;

  it('orders the steps: public requests first, then servers, DNS, installs, simple URLs, checks', () => {
    const ids = steps(LYNC_SCENARIOS.largest!, product).map((found) => found.id);
    expect(ids).toEqual([
      'edge-trust-ca',
      'edge-request',
      'edge-submit',
      'reverse-proxy-request',
      'certificate-fe01',
      'certificate-fe02',
      'certificate-fe03',
      'certificate-fe04',
      'certificate-dir01',
      'certificate-dir02',
      ...(profile.oauth ? ['oauth-certificate'] : []),
      'dns-internal',
      'dns-external',
      'edge-assign',
      'edge-copy-lsedge02',
      'reverse-proxy-install',
      'simple-urls',
      'verify-inside',
      'verify-outside',
      ...(profile.roll ? ['renewal-staging'] : []),
    ]);
  });

  it('requests each Front End certificate offline and completes it through the enterprise CA', () => {
    const found = step(steps(LYNC_SCENARIOS.example!, product), 'certificate-fe01');
    expect(found.runOn).toBe('FE01');
    expect(text(found).split('\n')).toEqual([
      "New-Item -ItemType 'Directory' -Path 'C:\\Certs' -Force",
      "Request-CsCertificate -New -Type 'Default','WebServicesInternal','WebServicesExternal' -ComputerFqdn 'fe01.contoso.local' -Output 'C:\\Certs\\fe01-pool01.contoso.com.req' -FriendlyName 'FE01 Default and web services 2026-12-01' -KeySize 2048 -DomainName 'fe01.contoso.local,webext.contoso.com,sip.contoso.com,meet.contoso.com,dialin.contoso.com,lyncdiscoverinternal.contoso.com,lyncdiscover.contoso.com' -Organization 'Contoso Ltd' -Country 'US' -State 'Washington' -City 'Redmond'",
      "certreq.exe -submit -attrib 'CertificateTemplate:WebServer' 'C:\\Certs\\fe01-pool01.contoso.com.req' 'C:\\Certs\\fe01-pool01.contoso.com.cer'",
      "Import-CsCertificate -Path 'C:\\Certs\\fe01-pool01.contoso.com.cer'",
      "$thumbprint = Read-Host -Prompt 'Thumbprint of the FE01 certificate'",
      "Set-CsCertificate -Type 'Default','WebServicesInternal','WebServicesExternal' -Thumbprint $thumbprint",
    ]);
    expect(found.parts[0]).toMatchObject({ kind: 'powershell', shell: 'lync' });
    expect(found.notes[2]).toMatch(/certreq \(Web Server template\)/);
    expect(found.notes[1]).toBe(
      profile.allSipDomain
        ? '-AllSipDomain would add the sip.<domain> names as well, but Microsoft describes it in two ways, so the runbook names them itself.'
        : 'Lync Server 2010 has no -AllSipDomain: every sip.<domain> name goes into -DomainName.',
    );
  });

  it('requests online from the enterprise CA the plan names, with -CA', () => {
    const found = step(steps(LYNC_SCENARIOS['online enterprise CA']!, product), 'certificate-fe01');
    const lines = text(found).split('\n');
    expect(lines[0]).toMatch(
      /^Request-CsCertificate -New .* -CA 'ca01\.contoso\.local\\Contoso Issuing CA' /,
    );
    expect(lines[0]).not.toContain('-Output');
    expect(lines.slice(1)).toEqual([
      "$thumbprint = Read-Host -Prompt 'Thumbprint of the FE01 certificate'",
      "Set-CsCertificate -Type 'Default','WebServicesInternal','WebServicesExternal' -Thumbprint $thumbprint",
    ]);
    expect(found.notes[2]).toContain('ca01.contoso.local\\Contoso Issuing CA');
  });

  it('submits the Edge internal request to the named CA with -config, the external one to a public CA', () => {
    const found = step(steps(LYNC_SCENARIOS['online enterprise CA']!, product), 'edge-submit');
    expect(text(found)).toContain(
      "certreq.exe -submit -config 'ca01.contoso.local\\Contoso Issuing CA' -attrib 'CertificateTemplate:WebServer' 'C:\\Certs\\lsedge.contoso.local.req' 'C:\\Certs\\lsedge.contoso.local.cer'",
    );
    expect(text(found)).toContain('for exactly these names: sip.contoso.com, webcon.contoso.com.');
    expect(text(found)).toMatch(/Lifetime: 730 days/);
  });

  it('requests the Edge certificates offline on the first Edge, exportable for a pool', () => {
    const found = step(steps(LYNC_SCENARIOS.largest!, product), 'edge-request');
    expect(found.runOn).toBe('LSEDGE01');
    expect(found.notes.slice(0, 2).join(' ')).toMatch(/not a domain member.*calls it \.req\.$/);
    const lines = text(found).split('\n');
    expect(lines[1]).toBe(
      "Request-CsCertificate -New -Type 'Internal' -Output 'C:\\Certs\\lsedge.contoso.local.req' -FriendlyName 'Edge internal 2026-12-01' -KeySize 2048 -PrivateKeyExportable $true -Organization 'Contoso Ltd' -Country 'US' -State 'Washington' -City 'Redmond'",
    );
    expect(lines[2]).toBe(
      "Request-CsCertificate -New -Type 'AccessEdgeExternal','DataEdgeExternal','AudioVideoAuthentication' -Output 'C:\\Certs\\sip.contoso.com.req' -FriendlyName 'Edge external 2026-12-01' -KeySize 2048 -PrivateKeyExportable $true -DomainName 'webcon.contoso.com,sip.fabrikam.com' -Organization 'Contoso Ltd' -Country 'US' -State 'Washington' -City 'Redmond'",
    );
    const single = text(step(steps(LYNC_SCENARIOS.example!, product), 'edge-request'));
    expect(single.split('\n')[1]).not.toContain('-PrivateKeyExportable');
  });

  it('imports and assigns both Edge certificates, then copies them to the other Edge servers', () => {
    const all = steps(LYNC_SCENARIOS.largest!, product);
    expect(text(step(all, 'edge-assign')).split('\n')).toEqual([
      "Import-CsCertificate -Path 'C:\\Certs\\lsedge.contoso.local.cer' -PrivateKeyExportable $true",
      "$thumbprint = Read-Host -Prompt 'Thumbprint of the Edge internal certificate'",
      "Set-CsCertificate -Type 'Internal' -Thumbprint $thumbprint",
      "Import-CsCertificate -Path 'C:\\Certs\\sip.contoso.com.cer' -PrivateKeyExportable $true",
      "$thumbprint = Read-Host -Prompt 'Thumbprint of the Edge external certificate'",
      "Set-CsCertificate -Type 'AccessEdgeExternal','DataEdgeExternal','AudioVideoAuthentication' -Thumbprint $thumbprint",
      "Get-CsCertificate | Format-List -Property '*'",
    ]);
    const copy = step(all, 'edge-copy-lsedge02');
    expect(copy.runOn).toBe('LSEDGE01, then LSEDGE02');
    expect(kinds(copy)).toEqual(['wizard', 'instructions', 'powershell']);
    expect(text(copy)).toContain(
      "Import-CsCertificate -Path 'C:\\Certs\\sip.contoso.com.pfx' -Password $pfxPassword -PrivateKeyExportable $true",
    );
    expect(text(copy)).toContain("$pfxPassword = Read-Host -Prompt 'Password of the PFX file'");
    expect(steps(LYNC_SCENARIOS.example!, product).map((found) => found.id)).not.toContain(
      'edge-copy-lsedge01',
    );
  });

  it('assigns OAuth globally once, from 2013 on', () => {
    const all = steps(LYNC_SCENARIOS.example!, product);
    if (!profile.oauth) {
      expect(all.map((found) => found.id)).not.toContain('oauth-certificate');
      return;
    }
    const found = step(all, 'oauth-certificate');
    expect(kinds(found)).toEqual(['wizard', 'powershell']);
    expect(text(found)).toContain(
      "Set-CsCertificate -Identity 'Global' -Type 'OAuthTokenIssuer' -Thumbprint $thumbprint",
    );
    expect(text(found)).toContain('Enter Subject name: contoso.com');
    expect(text(found)).toContain('Tick Mark the certificate private key as exportable');
    expect(text(found)).toContain(`Click Install or Update ${profile.tools.product} System`);
  });

  it('sets simple URLs in Topology Builder and runs Enable-CsComputer on every Front End and Director', () => {
    const found = step(steps(LYNC_SCENARIOS.largest!, product), 'simple-urls');
    expect(found.runOn).toBe('FE01 (Topology Builder), then FE01, FE02, FE03, FE04, DIR01, DIR02');
    expect(text(found)).toContain(
      'Enter Meeting URLs (Meet), SIP domain fabrikam.com: https://meet.fabrikam.com',
    );
    expect(text(found)).toContain('Enter Administrative access URL: https://admin.contoso.com');
    expect(text(found)).toContain(
      "Get-CsSimpleUrlConfiguration -Identity 'Global' | Select-Object -ExpandProperty 'SimpleUrl'",
    );
    expect(text(found).split('\n').at(-1)).toBe('Enable-CsComputer');
    expect(text(step(steps(LYNC_SCENARIOS.example!, product), 'simple-urls'))).not.toContain(
      'Administrative access URL',
    );
  });

  it('stages OAuth and A/V renewals 24 and 8 hours ahead of expiry, from 2013 on', () => {
    const ids = steps(LYNC_SCENARIOS.example!, product).map((found) => found.id);
    if (!profile.roll) {
      expect(ids).not.toContain('renewal-staging');
      return;
    }
    const found = step(steps(LYNC_SCENARIOS.example!, product), 'renewal-staging');
    expect(text(found)).toContain(
      "Set-CsCertificate -Identity 'Global' -Type 'OAuthTokenIssuer' -Thumbprint $thumbprint -EffectiveDate ($current.NotAfter + [System.TimeSpan]::FromHours(-24)) -Roll",
    );
    expect(text(found)).toContain(
      "Set-CsCertificate -Type 'AudioVideoAuthentication' -Thumbprint $thumbprint -EffectiveDate ($current.NotAfter + [System.TimeSpan]::FromHours(-8)) -Roll",
    );
    expect(text(found)).toContain(
      "$current = Get-CsCertificate -Identity 'Global' -Type 'OAuthTokenIssuer' | Sort-Object -Property 'NotAfter' -Descending | Select-Object -First 1",
    );
    expect(text(found)).toContain(
      "Remove-CsCertificate -Identity 'Global' -Type 'OAuthTokenIssuer' -Previous",
    );
    expect(text(found)).toContain(
      "Remove-CsCertificate -Type 'AudioVideoAuthentication' -Previous",
    );
    const noEdge = text(step(steps(LYNC_SCENARIOS['no Edge']!, product), 'renewal-staging'));
    expect(noEdge).not.toContain('AudioVideoAuthentication');
  });

  it('verifies from inside on every server and from outside with lookups and the analyzer', () => {
    const all = steps(LYNC_SCENARIOS.largest!, product);
    const inside = step(all, 'verify-inside');
    expect(inside.runOn).toMatch(
      /^each of FE01, FE02, FE03, FE04, DIR01, DIR02, LSEDGE01, LSEDGE02/,
    );
    expect(text(inside)).toContain("Get-CsCertificate | Format-List -Property '*'");
    expect(text(inside)).toContain(
      "Resolve-DnsName -Name '_sipinternaltls._tcp.fabrikam.com' -Type 'SRV'",
    );
    const outside = step(all, 'verify-outside');
    expect(text(outside)).toContain("Resolve-DnsName -Name 'lyncdiscover.fabrikam.com' -Type 'A'");
    expect(text(outside).match(/Resolve-DnsName -Name 'sip\.contoso\.com'/g)).toHaveLength(1);
    expect(text(outside)).toContain(
      "Remote Connectivity Analyzer's Lync / Skype for Business tests",
    );
    expect(steps(LYNC_SCENARIOS['no Edge']!, product).map((found) => found.id)).not.toContain(
      'verify-outside',
    );
  });
});

describe.each(LYNC_PRODUCTS)('%s steps shared by every version', (product) => {
  it('creates internal records by command, except those servers register themselves', () => {
    const found = step(steps(LYNC_SCENARIOS.largest!, product), 'dns-internal');
    const lines = text(found);
    expect(lines).toContain(
      "Add-DnsServerPrimaryZone -Name 'fabrikam.com' -ReplicationScope 'Forest'",
    );
    expect(lines).not.toContain("Add-DnsServerPrimaryZone -Name 'contoso.local'");
    expect(lines).not.toContain("-Name 'fe01'");
    expect(lines).toContain(
      "-ZoneName 'contoso.local' -Name 'lsedge02' -IPv4Address '172.16.0.12'",
    );
    expect(found.notes).toContain(
      'Check (registered by the server itself): fe01.contoso.local A 10.0.0.21.',
    );
    expect(found.notes).toContain(
      'The internal fabrikam.com zone answers every lookup inside from now on: copy the other public records of fabrikam.com (www and the like) into it too.',
    );
  });

  it('lists the public records for the DNS provider, with SRV priority, weight and port', () => {
    const found = step(steps(LYNC_SCENARIOS.largest!, product), 'dns-external');
    expect(found.parts).toEqual([]);
    expect(found.notes).toContain(
      'Create _sipfederationtls._tcp.fabrikam.com SRV 0 0 5061 sip.fabrikam.com',
    );
  });

  it('notes internal records still missing an address', () => {
    const found = step(steps(LYNC_SCENARIOS['addresses not known']!, product), 'dns-internal');
    expect(found.notes).toContain(
      'Not created yet, address missing: pool01.contoso.com (the internal IP address of FE01 (Front End of pool01.contoso.com)).',
    );
  });

  it('writes the reverse proxy request as an INF file, then certreq -new and -accept', () => {
    const all = steps(LYNC_SCENARIOS.example!, product);
    const request = step(all, 'reverse-proxy-request');
    expect(request.parts[0]).toEqual({
      kind: 'inf',
      fileName: 'webext.contoso.com.inf',
      request: expect.objectContaining({
        subject: 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=webext.contoso.com',
        keyLength: 2048,
        exportable: true,
        friendlyName: 'Reverse proxy 2026-12-01',
      }),
    });
    expect((request.parts[0] as { request: object }).request).not.toHaveProperty('template');
    expect(request.why).toContain(`is not part of ${LYNC_PROFILES[product]!.tools.product}, so`);
    expect(text(request)).toContain(
      "certreq.exe -new 'C:\\Certs\\webext.contoso.com.inf' 'C:\\Certs\\webext.contoso.com.req'",
    );
    const install = step(all, 'reverse-proxy-install');
    expect(text(install)).toContain(
      "certreq.exe -accept -machine 'C:\\Certs\\webext.contoso.com.cer'",
    );
    expect(text(install)).toContain('webext.contoso.com to pool01.contoso.com');
    const enterprise = step(
      steps(LYNC_SCENARIOS['online enterprise CA']!, product),
      'reverse-proxy-request',
    );
    expect(enterprise.parts[0]).toMatchObject({ request: { template: 'WebServer' } });
  });

  it('notes the ISA 2006 certreq limit only for ISA', () => {
    const isa = step(
      steps(LYNC_SCENARIOS['ISA Server 2006 without SP1']!, product),
      'reverse-proxy-request',
    );
    expect(isa.notes.join(' ')).toMatch(/Windows Server 2003's certreq ignores/);
    expect(isa.runOn).toBe('the reverse proxy, or a Windows Server 2008 or later computer');
    const arr = step(steps(LYNC_SCENARIOS.example!, product), 'reverse-proxy-request');
    expect(arr.notes.join(' ')).not.toMatch(/Windows Server 2003/);
  });

  it('writes every step with a title, where it runs, why and sources', () => {
    for (const found of steps(LYNC_SCENARIOS.largest!, product)) {
      expect(found.title.length, found.id).toBeGreaterThan(10);
      expect(found.runOn.length, found.id).toBeGreaterThan(2);
      expect(found.why.length, found.id).toBeGreaterThan(20);
      expect(found.sources.length, found.id).toBeGreaterThan(0);
      expect(found.parts.length + found.notes.length, found.id).toBeGreaterThan(0);
    }
  });
});

describe('OCS 2007 R2 runbook', () => {
  const ocs = (scenario: string) => steps(LYNC_SCENARIOS[scenario]!, 'ocs-2007r2');

  it('walks through wizards and INF files in this order, with no Management Shell', () => {
    const all = ocs('largest');
    expect(all.map((found) => found.id)).toEqual([
      'ocs-edge-internal',
      'ocs-edge-external-request',
      'ocs-edge-external-assign',
      'ocs-edge-interfaces',
      'reverse-proxy-request',
      'ocs-lync-pool-1',
      'ocs-lync-director-pool',
      'dns-internal',
      'dns-external',
      'reverse-proxy-install',
      'verify-inside',
      'verify-outside',
    ]);
    for (const found of all)
      for (const part of found.parts)
        if (part.kind === 'powershell') expect(part.shell).toBe('windows');
  });

  it('requests the Edge internal and A/V authentication certificates in the wizard, to separate files', () => {
    const found = step(ocs('largest'), 'ocs-edge-internal');
    expect(kinds(found)).toEqual(['instructions', 'wizard', 'wizard']);
    expect(text(found)).toContain('Enter Request file: C:\\Certs\\lsedge.contoso.local.req');
    expect(text(found)).toContain(
      'Enter Request file: C:\\Certs\\av-authentication-lsedge.contoso.local.req',
    );
    expect(text(found)).toContain('Choose Assign as the A/V Authentication Certificate');
    expect(text(found)).toContain('Tick Mark the certificate as exportable');
  });

  it('writes one INF file per public Edge certificate; one for both services in the 444 layout', () => {
    const separate = step(ocs('largest'), 'ocs-edge-external-request');
    expect(
      separate.parts
        .filter((part) => part.kind === 'inf')
        .map((part) => part.kind === 'inf' && part.fileName),
    ).toEqual(['sip.contoso.com.inf', 'webcon.contoso.com.inf']);
    const shared = step(ocs('single address Edge'), 'ocs-edge-external-request');
    expect(shared.parts.filter((part) => part.kind === 'inf')).toHaveLength(1);
    expect(text(step(ocs('single address Edge'), 'ocs-edge-interfaces'))).toContain(
      'Enter Web Conferencing Edge: sip.contoso.com, port 444',
    );
    expect(text(step(ocs('largest'), 'ocs-edge-interfaces'))).toContain(
      'Enter A/V Authentication service port: 5062',
    );
  });

  it('answers the wizard from the plan: online CA, subject, alternate names, organisation', () => {
    const online = step(
      steps(LYNC_SCENARIOS['online enterprise CA']!, 'ocs-2007r2'),
      'ocs-lync-pool-1',
    );
    expect(text(online)).toContain(
      'Choose Send the request immediately to an online certification authority',
    );
    expect(text(online)).toContain(
      'Choose Certification authority: ca01.contoso.local\\Contoso Issuing CA',
    );
    const offline = step(ocs('largest'), 'ocs-lync-pool-1');
    expect(text(offline)).toContain(
      'Enter Subject alternate name: webint.contoso.com, sip.contoso.com, sip.fabrikam.com',
    );
    expect(text(offline)).toContain('Choose Country/Region: US');
    expect(text(offline)).toContain('import it on FE02, FE03, FE04');
    expect(offline.notes[0]).toMatch(/Process the pending request/);
    const bare = steps(
      lyncPlan({}, { organization: { name: '', country: '', state: '', locality: '' } }),
      'ocs-2007r2',
    );
    expect(text(step(bare, 'ocs-lync-pool-1'))).not.toMatch(/Organization|Country|State|City/);
  });
});

describe('renewal (certificate.purpose renewal)', () => {
  const renewal = LYNC_SCENARIOS.renewal!;
  const ids = (product: LyncProductId) => steps(renewal, product).map((found) => found.id);

  it.each(LYNC_PRODUCTS)(
    '%s: no DNS or simple URL step, and the old certificates go last',
    (id) => {
      expect(ids(id)).not.toEqual(expect.arrayContaining(['dns-internal']));
      expect(
        ids(id).filter((found) => found.startsWith('dns-') || found === 'simple-urls'),
      ).toEqual([]);
      expect(ids(id).at(-1)).toBe('renewal-cleanup');
      // The same plan as a new deployment keeps them.
      expect(steps(LYNC_SCENARIOS.example!, id).map((found) => found.id)).toContain('dns-internal');
    },
  );

  it.each(SHELL)('%s: a new request per type, Edge pool members and the reverse proxy', (id) => {
    const list = ids(id);
    expect(list).toEqual(
      expect.arrayContaining([
        'edge-request',
        'certificate-fe01',
        'edge-assign',
        'edge-copy-lsedge02',
        'reverse-proxy-request',
        'reverse-proxy-install',
      ]),
    );
    expect(text(step(steps(renewal, id), 'certificate-fe01'))).toContain(
      'Request-CsCertificate -New',
    );
  });

  it.each(SHELL)(
    '%s: OAuth and A/V roll in with -Roll where the version can, never at once',
    (id) => {
      const derived = steps(renewal, id);
      const roll = LYNC_PROFILES[id]!.roll;
      const assign = text(step(derived, 'edge-assign'));
      expect(assign.includes('AudioVideoAuthentication')).toBe(!roll);
      expect(list(derived).includes('renewal-staging')).toBe(roll);
      if (roll) {
        const staging = step(derived, 'renewal-staging');
        expect(staging.title).toBe('Stage the new OAuth and A/V authentication certificates');
        expect(text(staging)).toContain(
          "Set-CsCertificate -Type 'AudioVideoAuthentication' -Thumbprint $thumbprint -EffectiveDate ($current.NotAfter + [System.TimeSpan]::FromHours(-8)) -Roll",
        );
        expect(text(step(derived, 'oauth-certificate'))).not.toContain('Set-CsCertificate');
        expect(text(step(derived, 'edge-copy-lsedge02'))).not.toContain("'AccessEdgeExternal'");
      }
      const cleanup = step(derived, 'renewal-cleanup');
      expect(text(cleanup)).toContain("Get-CsCertificate | Format-List -Property '*'");
      expect(cleanup.runOn).toBe('each server (FE01, LSEDGE01, LSEDGE02) and the reverse proxy');
    },
  );
});

const list = (found: Step[]) => found.map((item) => item.id);
