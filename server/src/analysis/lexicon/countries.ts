import { US_STATE_NAMES } from './abbreviations';

/**
 * Countries by the names news copy gives them, lower case: `China said`, `South Korea
 * said` is a government speaking, never a person, so "he" and "she" cannot stand for it and
 * "it" can. Left out are names that are as often someone's forename (Jordan, Chad, Georgia,
 * also a US state); a person named in full in the article always comes first anyway.
 */
export const COUNTRIES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'botswana', 'brazil',
  'britain', 'great britain', 'brunei', 'bulgaria', 'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'chile',
  'china', 'colombia', 'comoros', 'congo', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czechia', 'czech republic',
  'denmark', 'djibouti', 'ecuador', 'egypt', 'el salvador', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji',
  'finland', 'france', 'gabon', 'gambia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana',
  'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy',
  'jamaica', 'japan', 'kazakhstan', 'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon',
  'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia',
  'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco', 'mongolia',
  'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nauru', 'nepal', 'netherlands', 'new zealand',
  'nicaragua', 'niger', 'nigeria', 'north korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'palau', 'palestine',
  'panama', 'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'rwanda', 'samoa', 'san marino', 'saudi arabia', 'senegal', 'serbia', 'seychelles', 'sierra leone', 'singapore',
  'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan',
  'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga',
  'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'tuvalu', 'uganda', 'ukraine', 'united kingdom', 'united states',
  'uruguay', 'uzbekistan', 'vanuatu', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe',
]);

/** US states by name, lower case, which speak for their governments too (`Texas sued`); not Georgia, as often a forename. */
export const US_STATES: ReadonlySet<string> = new Set([...US_STATE_NAMES].map((name) => name.toLowerCase()).filter((name) => name !== 'georgia'));

/**
 * Capitals that wire copy lets speak for their governments: `Beijing said`, `Moscow denied`.
 * Left out are those as often a person's name (Paris, Sofia, Victoria, Lima, London).
 */
export const CAPITALS: ReadonlySet<string> = new Set([
  'abu dhabi', 'addis ababa', 'amman', 'ankara', 'athens', 'baghdad', 'baku', 'bangkok', 'beijing', 'beirut', 'belgrade',
  'berlin', 'brussels', 'budapest', 'cairo', 'canberra', 'caracas', 'copenhagen', 'damascus', 'doha', 'dublin', 'hanoi',
  'havana', 'helsinki', 'islamabad', 'jakarta', 'jerusalem', 'kabul', 'kiev', 'kyiv', 'lisbon', 'madrid', 'manila',
  'minsk', 'moscow', 'nairobi', 'new delhi', 'oslo', 'ottawa', 'prague', 'pretoria', 'pyongyang', 'riyadh', 'rome',
  'seoul', 'stockholm', 'taipei', 'tbilisi', 'tehran', 'tokyo', 'vienna', 'warsaw', 'washington', 'yerevan',
]);
