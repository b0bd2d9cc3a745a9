/**
 * Abbreviations that end in a period without ending a sentence (`Sen.`, `Jan.`, `No.`),
 * and those that may also end one (`U.S.`, `D.C.`, `Okla.`, `Inc.`).
 */

/** Never end a sentence: titles before names, months before days, `No.` before numbers. */
export const NON_TERMINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'del', 'atty', 'supt', 'insp', 'pres', 'sec', 'hon', 'msgr', 'fr', 'sr',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'op', 'vol', 'pp', 'p', 'cf', 'e.g', 'i.e', 'gov', 'reps', 'sens',
]);

/** May end a sentence as well: places, company suffixes, suffixes after names, times. */
export const TERMINAL = new Set([
  'u.s', 'u.k', 'u.n', 'd.c', 'e.u', 'u.s.a', 'l.a', 'n.y', 'inc', 'corp', 'co', 'ltd', 'jr', 'bros', 'etc',
  'a.m', 'p.m', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.c', 'n.d',
  'okla', 'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'tex', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo', 'ave',
  'blvd', 'rd', 'univ', 'assn', 'govt', 'intl', 'mfg', 'plc', 'cos',
]);

/** The US states in full, for `Lynchburg, Virginia,`: a place and its state, not a name and its appositive. */
export const US_STATE_NAMES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming',
]);

/** AP's abbreviations for US states in datelines, mapped to nothing in particular: presence is what counts. */
export const AP_STATES = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.',
  'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.',
  'Wyo.', 'Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Maine', 'Ohio', 'Texas', 'Utah', 'D.C.',
]);
