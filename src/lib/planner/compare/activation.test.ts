import { describe, expect, it } from 'vitest';
import { planned } from '../../../../tests/support/planned-certificate.ts';
import { LARGEST_PLAN } from '../../../../tests/support/scenarios.ts';
import { renderStatement } from '../../render/powershell.ts';
import { derive } from '../derive.ts';
import type { Derived, PlannedCertificate } from '../derived.ts';
import { EXAMPLE_PLAN } from '../plan/example.ts';
import { availableProducts } from '../products.ts';
import { SMTP_PROMPT_EDGE, SMTP_PROMPT_NOTE } from '../exchange/steps/shared.ts';
import { activationFor } from './activation.ts';

const THUMBPRINT = '0123456789ABCDEF0123456789ABCDEF01234567';
const lines = (derived: Derived, certificate: PlannedCertificate) =>
  activationFor({ derived, certificate }, THUMBPRINT)?.part.statements.map(renderStatement);

const REMOTE = availableProducts('exchange').filter(({ id }) => id !== 'exchange-2007');

describe.each(REMOTE)('Exchange: $id', ({ id }) => {
  const derived = derive(LARGEST_PLAN, id);
  const byRole = (role: string) => derived.certificates.find((c) => c.role === role)!;

  it('enables the client access certificate on every server, then restarts IIS there', () => {
    const certificate = byRole('client-access');
    const activation = activationFor({ derived, certificate }, THUMBPRINT)!;
    expect(activation.part.shell).toBe('exchange');
    expect(activation.runOn).toBe('any Exchange server');
    const text = lines(derived, certificate)!;
    expect(text).toHaveLength(certificate.servers.length * 2);
    expect(text[0]).toBe(
      `Enable-ExchangeCertificate -Server 'EX01' -Thumbprint '${THUMBPRINT}' -Services ${certificate.usages.map((u) => `'${u}'`).join(',')}`,
    );
    expect(text[1]).toBe('iisreset.exe EX01 /noforce');
    // The runbook's answer: keep the self-signed default SMTP certificate (PS-Enable, CSS-HC).
    expect(activation.notes).toContain(SMTP_PROMPT_NOTE);
    expect(SMTP_PROMPT_NOTE).toMatch(/answer No \(N\)/);
  });

  it('enables the Edge certificate for SMTP in the Edge shell, without -Server', () => {
    const activation = activationFor(
      { derived, certificate: byRole('edge-transport') },
      THUMBPRINT,
    )!;
    expect(activation.part.shell).toBe('exchange-edge');
    expect(activation.runOn).toBe('each Edge Transport server (EDGE01, EDGE02)');
    expect(lines(derived, byRole('edge-transport'))).toEqual([
      `Enable-ExchangeCertificate -Thumbprint '${THUMBPRINT}' -Services 'SMTP'`,
    ]);
  });

  it('leaves the Auth certificate alone', () => {
    const auth = derived.certificates.find((c) => c.role === 'auth');
    if (auth) expect(activationFor({ derived, certificate: auth }, THUMBPRINT)).toBeNull();
    else expect(id).toBe('exchange-2010');
  });
});

describe('Exchange 2007: the certificate cmdlets act on the local server (E07-Import)', () => {
  const derived = derive(LARGEST_PLAN, 'exchange-2007');
  const byRole = (role: string) => derived.certificates.find((c) => c.role === role)!;

  it('enables the client access certificate without -Server, on each server, in the 2007 shell', () => {
    const certificate = byRole('client-access');
    const activation = activationFor({ derived, certificate }, THUMBPRINT)!;
    expect(activation.part.shell).toBe('exchange-2007');
    expect(activation.runOn).toBe(
      `each of ${certificate.servers.join(', ')}, on the server itself`,
    );
    expect(lines(derived, certificate)).toEqual([
      `Enable-ExchangeCertificate -Thumbprint '${THUMBPRINT}' -Services ${certificate.usages.map((u) => `'${u}'`).join(',')}`,
      'iisreset.exe /noforce',
    ]);
  });

  it('enables the Edge certificate in the same shell', () => {
    const activation = activationFor(
      { derived, certificate: byRole('edge-transport') },
      THUMBPRINT,
    )!;
    expect(activation.part.shell).toBe('exchange-2007');
    expect(activation.notes).toContain(SMTP_PROMPT_EDGE);
  });
});

describe('rules that hold for any family', () => {
  const derived = derive(EXAMPLE_PLAN, 'exchange-se');

  it('gives no command for a certificate without servers', () => {
    expect(
      activationFor(
        { derived, certificate: planned(['a.contoso.com'], { servers: [] }) },
        THUMBPRINT,
      ),
    ).toBeNull();
  });

  it('does not restart IIS for a certificate that IIS does not use', () => {
    const smtp = planned(['smtp.contoso.com'], { usages: ['SMTP'], servers: ['EX01'] });
    expect(lines(derived, smtp)).toEqual([
      `Enable-ExchangeCertificate -Server 'EX01' -Thumbprint '${THUMBPRINT}' -Services 'SMTP'`,
    ]);
    expect(activationFor({ derived, certificate: smtp }, THUMBPRINT)!.notes).toHaveLength(2);
    const um = planned(['ex01.contoso.com'], { usages: ['UM', 'UMCallRouter'], servers: ['EX01'] });
    expect(activationFor({ derived, certificate: um }, THUMBPRINT)!.notes).toHaveLength(1);
  });

  it('gives no command when the product runbook never uses the shell it needs', () => {
    const withoutEdge = derive(EXAMPLE_PLAN, 'exchange-se');
    const edge = planned(['edge.contoso.com'], { role: 'edge-transport', usages: ['SMTP'] });
    expect(activationFor({ derived: withoutEdge, certificate: edge }, THUMBPRINT)).toBeNull();
  });

  it('assigns Lync and Skype for Business certificates by type with Set-CsCertificate', () => {
    const lync: Derived = {
      ...derived,
      product: { id: 'sfb-2019', family: 'lync', label: 'Skype for Business Server 2019' },
      steps: [
        {
          id: 's',
          title: 't',
          why: 'w',
          runOn: 'r',
          notes: [],
          sources: [],
          parts: [{ kind: 'powershell', shell: 'lync', statements: [] }],
        },
      ],
    };
    const frontEnd = planned(['pool01.contoso.com'], {
      usages: ['Default', 'WebServicesInternal', 'WebServicesExternal'],
      servers: ['FE01', 'FE02'],
    });
    const activation = activationFor({ derived: lync, certificate: frontEnd }, THUMBPRINT)!;
    expect(activation.part.shell).toBe('lync');
    expect(activation.runOn).toBe('each of FE01, FE02');
    expect(activation.part.statements.map(renderStatement)).toEqual([
      `Set-CsCertificate -Type 'Default','WebServicesInternal','WebServicesExternal' -Thumbprint '${THUMBPRINT}'`,
    ]);
    const oauth = planned(['pool01.contoso.com'], {
      usages: ['OAuthTokenIssuer'],
      servers: ['FE01', 'FE02'],
    });
    expect(activationFor({ derived: lync, certificate: oauth }, THUMBPRINT)!.runOn).toBe(
      'one Front End server (FE01): the certificate is global and replicates',
    );
    // A certificate that is not a Lync server's (a reverse proxy's) is not assigned with Set-CsCertificate.
    const proxy = planned(['meet.contoso.com'], { usages: ['ReverseProxy'], servers: ['RP01'] });
    expect(activationFor({ derived: lync, certificate: proxy }, THUMBPRINT)).toBeNull();
    // A product whose runbook has no Lync shell (OCS 2007 R2 uses wizards) gets no command.
    expect(
      activationFor({ derived: { ...lync, steps: [] }, certificate: frontEnd }, THUMBPRINT),
    ).toBeNull();
  });
});
