/**
 * Whether a plan asks for one certificate for Exchange and Lync/Skype for Business and runs both.
 * Apart from the sharing rules so that a page can ask without loading them (stores/sharing.ts).
 */
import type { Plan } from '../plan/plan.ts';

export function wantsSharing(plan: Plan): boolean {
  return plan.lync.shareWithExchange && plan.exchange.enabled && plan.lync.enabled;
}
