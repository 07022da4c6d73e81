/** Shapes and helpers for source entries (sources.ts and each family's sources). */

export interface Source {
  title: string;
  url: string;
  kind: 'microsoft' | 'cabf' | 'community' | 'standard';
}

export const learnCmdlet = (name: string): Source => ({
  title: `${name} (Exchange cmdlet reference)`,
  url: `https://learn.microsoft.com/powershell/module/exchangepowershell/${name.toLowerCase()}`,
  kind: 'microsoft',
});
export const learnExchange = (title: string, path: string): Source => ({
  title,
  url: `https://learn.microsoft.com/exchange/${path}`,
  kind: 'microsoft',
});
export const lifecycle = (product: string): Source => ({
  title: `${product} (Microsoft Lifecycle)`,
  url: `https://learn.microsoft.com/lifecycle/products/${product.toLowerCase().replaceAll(' ', '-')}`,
  kind: 'microsoft',
});
export const learnDns = (name: string): Source => ({
  title: `${name} (DnsServer module reference)`,
  url: `https://learn.microsoft.com/powershell/module/dnsserver/${name.toLowerCase()}`,
  kind: 'microsoft',
});
