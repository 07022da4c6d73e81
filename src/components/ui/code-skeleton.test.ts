import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote } from '../../lib/render/powershell.ts';
import { fillTokens, skeletonOf } from './code-skeleton.ts';

describe('code skeletons', () => {
  it("replaces each string's content, keeping quotes and the code around it", () => {
    expect(
      skeletonOf("Set-PopSettings -Server 'EX01' -X509CertificateName 'mail.contoso.com'").text,
    ).toBe("Set-PopSettings -Server 'x' -X509CertificateName 'x'");
  });

  it('gives lines that differ only in string contents the same skeleton', () => {
    const a = skeletonOf("Enable-ExchangeCertificate -Server 'EX01' -Services 'IIS','SMTP'");
    const b = skeletonOf(
      "Enable-ExchangeCertificate -Server 'FABRIKAM-MBX-07' -Services 'IIS','SMTP'",
    );
    expect(a.text).toBe(b.text);
  });

  it('treats doubled and typographic quotes inside a string as content', () => {
    const line = `New-Item -Path ${quote("C:\\O'Brien\u2019s")} -Force`;
    const skeleton = skeletonOf(line);
    expect(skeleton.text).toBe("New-Item -Path 'x' -Force");
    expect(skeleton.holes).toEqual([{ at: 16, content: "C:\\O''Brien\u2019\u2019s" }]);
  });

  it('puts the real text back along any token boundaries (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 5 })),
        (values, cuts) => {
          const line = `Cmd ${values.map(quote).join(' -P ')} $x`;
          const skeleton = skeletonOf(line);
          const lengths: number[] = [];
          let left = skeleton.text.length;
          for (const cut of cuts) {
            if (left <= 0) break;
            lengths.push(Math.min(cut, left));
            left -= Math.min(cut, left);
          }
          if (left > 0) lengths.push(left);
          expect(fillTokens(skeleton, lengths).join('')).toBe(line);
        },
      ),
    );
  });
});
