import { describe, expect, it } from 'vitest';
import { sectionOf } from './finding-links.ts';

describe('the guide section a finding links to', () => {
  it.each([
    ['internal-name-on-public-certificate', 'certificates'],
    ['wildcard-pop-imap', 'certificates'],
    ['validity-exceeds-limit', 'certificates'],
    ['rsa-key-too-small', 'certificates'],
    ['split-brain-copy-records', 'dns'],
    ['srv-target-outside-domain', 'dns'],
    ['public-address-not-public', 'dns'],
    ['ip-missing', 'dns'],
    ['mapi-http-off', 'runbook'],
    ['coexistence-requirements', 'runbook'],
  ])('%s → %s', (id, section) => {
    expect(sectionOf({ id })).toBe(section);
  });
});
