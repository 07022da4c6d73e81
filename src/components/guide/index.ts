/** What guides import: one component per output, each placing its product's island. */
export { default as Certificates } from './Certificates.astro';
export { default as DnsRecords } from './DnsRecords.astro';
export { default as Findings } from './Findings.astro';
export { default as Ports } from './Ports.astro';
export { default as Runbook } from './Runbook.astro';
