/**
 * Country codes for the C= field of the certificate subject. CAs accept only ISO 3166-1 alpha-2
 * codes (BR §7.1.4.2.2 countryName); the 249 officially assigned codes are listed here because the
 * set changes about once a decade and a package for it would cost more than the list.
 */
import { quoted } from './characters.ts';
const ISO_3166_ALPHA2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
    'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Codes people commonly type that are not ISO 3166-1 alpha-2, with the code they mean. */
const COMMON_MISTAKES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', EU: '' };

export type CountryResult = { ok: true; value: string } | { ok: false; message: string };

export function normalizeCountry(raw: string): CountryResult {
  const code = raw.trim().toUpperCase();
  if (ISO_3166_ALPHA2.has(code)) return { ok: true, value: code };
  const meant = COMMON_MISTAKES[code];
  if (meant) return { ok: false, message: `${quoted(code)} is not an ISO 3166 code; use ${meant}` };
  if (meant === '')
    return {
      ok: false,
      message: `${quoted(code)} is not a country; use the code of the country your organisation is registered in`,
    };
  return {
    ok: false,
    message: `${quoted(raw.trim())} is not a two-letter ISO 3166 country code (for example US, GB, DE)`,
  };
}

export const COUNTRY_CODE_COUNT = ISO_3166_ALPHA2.size;
