/**
 * Details a deployment depends on that the broader Exchange tests passed over (found by the sampled
 * mutation run): what 2007's runbook adds because it has no remote certificate cmdlets or POP/IMAP
 * connection settings, what the checks print, Unified Messaging's services, SBS text only for SBS,
 * pin-point zones wherever the plan asks for them, and the paths findings point the editor at.
 */
import { describe, expect, it } from 'vitest';
import { planWith, SCENARIOS } from '../../../../tests/support/scenarios.ts';
import { partLines } from '../../render/parts.ts';
import type { Step } from '../derived.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId } from '../products.ts';
import { deriveExchange } from './derive.ts';
import { internalModel } from './topology.ts';

function stepOf(plan: Plan, product: ExchangeProductId, id: string): Step {
  const step = deriveExchange(plan, product).steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}
const commandsOf = (step: Step) =>
  step.parts
    .filter((part) => part.kind === 'powershell')
    .flatMap(partLines)
    .join('\n');
const finding = (plan: Plan, product: ExchangeProductId, id: string) =>
  deriveExchange(plan, product).findings.find((candidate) => candidate.id === id);

describe('Exchange 2007: what its shell lacks, the runbook says', () => {
  it('each other server imports the copied certificate in its own shell (no remote certificate cmdlets)', () => {
    const note = /imports the file in its own shell/;
    expect(
      stepOf(SCENARIOS.example!, 'exchange-2007', 'copy-certificate').notes.join('\n'),
    ).toMatch(note);
    expect(
      stepOf(SCENARIOS.example!, 'exchange-2010', 'copy-certificate').notes.join('\n'),
    ).not.toMatch(note);
  });

  it('POP and IMAP: X509CertificateName needs SP1 and clients are told the settings by hand', () => {
    const plan = SCENARIOS['wildcard with POP and IMAP']!;
    const on2007 = stepOf(plan, 'exchange-2007', 'pop-imap');
    expect(on2007.notes.join('\n')).toContain('X509CertificateName needs Exchange 2007 SP1');
    expect(on2007.sources).toContain('KB948896');
    expect(on2007.why).not.toContain('connection settings');
    const on2016 = stepOf(plan, 'exchange-2016', 'pop-imap');
    expect(on2016.notes.join('\n')).not.toContain('X509CertificateName needs');
    expect(on2016.sources).not.toContain('KB948896');
    expect(on2016.why).toContain('show clients the connection settings set here');
  });
});

describe('checks print what the admin compares', () => {
  it('the servers check lists names, services, status, expiry and thumbprint of the new certificate', () => {
    const text = commandsOf(stepOf(SCENARIOS.example!, 'exchange-se', 'verify-servers'));
    expect(text).toContain(
      "Format-List -Property 'FriendlyName','Subject','CertificateDomains','Services','Status','NotAfter','Thumbprint'",
    );
  });

  it('the Auth certificate check shows what the current Auth certificate is used for and until when', () => {
    const text = commandsOf(stepOf(SCENARIOS.example!, 'exchange-se', 'auth-certificate'));
    expect(text).toContain(
      "-Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List -Property 'Subject','Services','NotAfter'",
    );
  });
});

describe('Unified Messaging', () => {
  const umStep = (product: ExchangeProductId) =>
    deriveExchange(SCENARIOS['Unified Messaging']!, product).steps.find((step) =>
      step.id.startsWith('um-certificate-'),
    )!;

  it('restarts the call router with UM where the version has one (2013 and later)', () => {
    expect(commandsOf(umStep('exchange-2013'))).toContain("-Services 'UM','UMCallRouter'");
    expect(commandsOf(umStep('exchange-2013'))).toContain(
      "-Name 'MSExchangeUM','MSExchangeUMCR' | Restart-Service",
    );
    expect(commandsOf(umStep('exchange-2010'))).toContain("-Services 'UM'\n");
    expect(commandsOf(umStep('exchange-2010'))).toContain("-Name 'MSExchangeUM' | Restart-Service");
  });
});

describe('Windows SBS 2008 text only for SBS', () => {
  it('no SBS reason or note on a plain Exchange 2007 plan', () => {
    const derived = deriveExchange(SCENARIOS.example!, 'exchange-2007');
    const rules = derived.certificates.flatMap((certificate) => [
      ...certificate.sans.flatMap((san) => san.reasons.map((reason) => reason.rule)),
      ...certificate.notes.map((note) => note.rule),
    ]);
    expect(rules.filter((rule) => rule.includes('sbs'))).toEqual([]);
  });

  it('SBS with more servers than the SBS server itself: a warning at exchange.sites', () => {
    const plan = planWith({ exchange: { sbs: true, namespace: 'remote.contoso.com' } });
    expect(finding(plan, 'exchange-2007', 'sbs-single-server')).toMatchObject({
      severity: 'warning',
      path: 'exchange.sites',
    });
  });
});

describe('findings point at the field to change', () => {
  it('the wildcard principal name note of 2007/2010: exchange.certificate.wildcard', () => {
    const plan = planWith({ exchange: { certificate: { wildcard: true } } });
    expect(finding(plan, 'exchange-2010', 'wildcard-principal-name')).toMatchObject({
      severity: 'info',
      path: 'exchange.certificate.wildcard',
    });
  });
});

describe('internal DNS model', () => {
  it('pin-point plans use pin-point zones even for names inside the Active Directory domain', () => {
    const plan = planWith({
      domains: { internal: 'contoso.com' },
      exchange: { internalDns: 'pin-point' },
    });
    expect(internalModel(plan, 'mail.contoso.com')).toBe('pin-point');
  });
});
