/**
 * Where on a guide a finding's subject is shown: the certificate names, the DNS records or the
 * runbook. Findings carry no section of their own, so it is read from their stable id, by the
 * words ids use (`wildcard-…`, `…-on-certificate`, `split-brain-…`); the runbook is the default,
 * since every finding is something to act on there.
 */
import type { Finding } from '../../lib/planner/derived.ts';

export type GuideSection = 'certificates' | 'dns' | 'runbook';

export const SECTION_ANCHORS: Record<GuideSection, { id: string; label: string }> = {
  certificates: { id: 'uc-certificates', label: 'Certificate names' },
  dns: { id: 'uc-dns', label: 'DNS records' },
  runbook: { id: 'uc-runbook', label: 'Runbook' },
};

const SECTION_WORDS: readonly [GuideSection, RegExp][] = [
  ['dns', /(^|-)(dns|srv|split-brain|pin-point|address|ip|sip-domain-needs-internal-zone)(-|$)/],
  [
    'certificates',
    /(^|-)(certificate|wildcard|name|names|key|validity|valid|cng|www|san|subject|authority|ca)(-|$)/,
  ],
];

export function sectionOf(finding: Pick<Finding, 'id'>): GuideSection {
  return SECTION_WORDS.find(([, words]) => words.test(finding.id))?.[0] ?? 'runbook';
}

/** The element id of a finding's detail in the findings panel (same order as derived.findings). */
export const findingAnchor = (index: number) => `uc-finding-${index + 1}`;
