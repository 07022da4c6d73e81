/**
 * Plan v2: the only input of the planner, described once (sections/*.ts). Shared parts
 * (organisation, domains, certificate policy) come first, then one part per product family. Every
 * field is present after reading (defaults filled in), so rules never test for `undefined`; facts
 * nobody entered that matter (an IP address) are `null`, and outputs say so instead of inventing one.
 */
import { object, type Infer } from './describe.ts';
import { CERTIFICATE } from './sections/certificate.ts';
import { DOMAINS } from './sections/domains.ts';
import { EXCHANGE } from './sections/exchange.ts';
import { LYNC } from './sections/lync.ts';
import { ORGANIZATION } from './sections/organization.ts';

export const PLAN_VERSION = 2;

/** Sections in reading order: a default may only depend on what was read before it. */
export const PLAN = object({
  key: '',
  description: 'Everything UC Runbook needs to derive certificates, DNS records and commands.',
  fields: {
    organization: ORGANIZATION,
    domains: DOMAINS,
    certificate: CERTIFICATE,
    exchange: EXCHANGE,
    lync: LYNC,
  },
});

export type Plan = { version: typeof PLAN_VERSION } & Infer<typeof PLAN>;
export type Organization = Plan['organization'];
export type Domains = Plan['domains'];
export type CertificatePolicy = Plan['certificate'];

/** One validation problem, pinned to the field it is about (`exchange.sites[0].name`). */
export interface Issue {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; plan: Plan } | { ok: false; issues: Issue[] };
