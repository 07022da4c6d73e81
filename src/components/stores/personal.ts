/** A matcher for the plan's own values, rebuilt when the plan changes (see lib/personal.ts). */
import { computed } from 'nanostores';
import { personalMatcher, personalValues } from '../../lib/personal.ts';
import { $plan } from './plan.ts';

export const $personal = computed($plan, (plan) => personalMatcher(personalValues(plan)));
