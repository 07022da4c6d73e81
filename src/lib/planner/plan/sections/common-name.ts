/**
 * A certificate's common name holds at most 64 characters (X.509 ub-common-name, RFC 5280
 * Appendix A). Plan fields that become a certificate's subject are refused past it: a CA would
 * refuse the request, and the runbook would fail at the first step.
 */
import { normalizeHostname } from '../../names/hostname.ts';
import type { Reader } from '../read.ts';

/** X.509 upper bound of a common name (RFC 5280, Appendix A: ub-common-name). */
export const MAX_COMMON_NAME = 64;

/** Reports each valid host name longer than a common name may be (invalid ones are reported already). */
export function checkCommonNames(
  reader: Reader,
  names: readonly { path: string; name: string }[],
): void {
  for (const { path, name } of names) {
    if (name.length > MAX_COMMON_NAME && normalizeHostname(name).ok) {
      reader.report(
        path,
        `is ${name.length} characters long; it is a certificate's common name (CN), which holds at most ${MAX_COMMON_NAME} (X.509)`,
      );
    }
  }
}
