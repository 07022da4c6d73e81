/** The npm `tr46` package (UTS #46, jsdom's), loaded on demand by src/lib/planner/names/idna.ts. */
declare module 'tr46' {
  export function toASCII(domainName: string, options?: Record<string, boolean>): string | null;
  export function toUnicode(
    domainName: string,
    options?: Record<string, boolean>,
  ): { domain: string; error: boolean };
}
