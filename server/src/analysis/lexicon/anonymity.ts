/**
 * Anonymity: phrases that say anonymity was granted, phrases that say what the source is
 * placed to know, and the reasons that explain why anonymity was granted.
 * Standard: AP ("explain why the source requested anonymity") and Reuters; see
 * ../shared/research/attribution.md §2.3 and §3.2. Granting is not a reason:
 * "speaking on condition of anonymity" alone leaves the anonymity unexplained.
 */

/** Anonymity granted, by itself no reason. */
export const GRANTED = new RegExp(
  [
    String.raw`\b(?:speaking|who\s+(?:spoke|speaks|was\s+speaking)|talking|who\s+talked)\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+(?:of|that\s+(?:he|she|they)\s+(?:not\s+be|remain)\s+(?:named|identified|anonymous))(?:\s+anonymity)?`,
    String.raw`\bon\s+(?:the\s+)?condition\s+of\s+anonymity`,
    String.raw`\b(?:who\s+)?(?:asked|asking|requested|requesting|declined|declining)\s+not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)`,
    String.raw`\b(?:who\s+)?(?:declined|declining|refused|refusing)\s+to\s+be\s+(?:named|identified)`,
    String.raw`\b(?:speaking|who\s+spoke)\s+(?:privately|on\s+background|anonymously)`,
    String.raw`\bon\s+background\b`,
    String.raw`\bnot\s+for\s+attribution\b`,
    String.raw`\b(?:who|which)\s+(?:was|were|is|are)\s+granted\s+anonymity`,
    String.raw`\bgranted\s+anonymity`,
    String.raw`\b(?:who\s+)?(?:spoke|speaking)\s+anonymously`,
    String.raw`\bwho\s+(?:would|did)\s+not\s+(?:give|provide)\s+(?:his|her|their)\s+names?`,
    String.raw`\b(?:who\s+)?(?:declined|declining|refused|refusing)\s+to\s+(?:give|provide)\s+(?:his|her|their)\s+(?:full\s+)?names?`,
  ].join('|'),
  'gi',
);

/** The lower-case words after the verb, to the clause's punctuation or conjunction: "to discuss contracts", not "to discuss". */
const REST_OF_CLAUSE = String.raw`(?:\s+(?!and\b|or\b|but\b|said\b|says\b)[a-z][\w'’-]*){0,8}`;

/** Any words up to the clause's punctuation: "because they feared losing their severance", not ", said …" after it. */
const TO_PUNCTUATION = String.raw`[^.;,:!?"“”()]`;

/**
 * The same, stopping too at the sentence's reporting verb when no comma closes the clause:
 * "A neighbor who declined to give her name because she did not want to be involved said …".
 */
const TO_CLAUSE_END = String.raw`(?:(?!\s(?:said|says|told|tells|added|adds)\b)${TO_PUNCTUATION})`;

/** Why anonymity was granted: any of these, tied to the source in the same or the next sentence. */
export const REASONS = new RegExp(
  [
    String.raw`\b(?:because|as|since)\s+(?:he|she|they|the\s+\w+)\s+(?:was|were|is|are|wasn't|weren't|isn't|aren't)\s+(?:not\s+)?(?:authorized|authorised|allowed|permitted|cleared)\s+to\s+\w+${REST_OF_CLAUSE}`,
    String.raw`\b(?:who|which)\s+(?:was|were|is|are)\s+not\s+(?:authorized|authorised|allowed|permitted|cleared)\s+to\s+\w+${REST_OF_CLAUSE}`,
    String.raw`\bnot\s+(?:authorized|authorised|allowed|permitted|cleared)\s+to\s+(?:speak|comment|discuss|talk|be\s+quoted|be\s+identified|be\s+named|disclose|release)\b${TO_PUNCTUATION}{0,60}`,
    String.raw`\b(?:because|as|since)\s+(?:he|she|they|the\s+\w+)\s+(?:had|has|have)\s+not\s+(?:yet\s+)?(?:spoken|commented|talked)\s+publicly${REST_OF_CLAUSE}`,
    String.raw`\b(?:because|as|since)\s+(?:the|these|those|such)\s+(?:matter|matters|talks|discussions|deliberations|investigation|negotiations|information|plans?|details?|decision|issue|subject|review|process|conversations?|meetings?|findings|report)\s+(?:is|are|was|were|had|has|have|remain|remains|remained)\s+(?:not\s+(?:yet\s+)?(?:been\s+)?(?:public|made\s+public|announced|finalized|final)|private|ongoing|confidential|classified|sensitive|secret)`,
    String.raw`\b(?:because|as|since)\s+(?:of\s+)?the\s+(?:sensitivity|sensitive\s+nature|confidential\s+nature|private\s+nature)\s+of`,
    String.raw`\b(?:because|as|since)\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:discussing|describing|disclosing|revealing)\s+(?:private|internal|sensitive|confidential|classified|non-public|nonpublic)`,
    String.raw`\bto\s+(?:discuss|describe|disclose|reveal|talk\s+about)\s+(?:private|internal|sensitive|confidential|classified|non-?public|ongoing|closed-door)\s+\w+`,
    String.raw`\bfor\s+fear\s+of\s+\w+`,
    String.raw`\b(?:fearing|feared)\s+(?:reprisals?|retaliation|retribution|losing|for\s+(?:his|her|their)\s+(?:safety|jobs?|lives))`,
    String.raw`\bciting\s+(?:security|safety|privacy|legal|the\s+sensitivity)\b`,
    String.raw`\b(?:due|owing)\s+to\s+the\s+(?:sensitivity|sensitive\s+nature)`,
    String.raw`\bbecause\s+(?:he|she|they)\s+(?:feared|fear|fears|worried|worries|did\s+not\s+want|didn't\s+want|does\s+not\s+want|doesn't\s+want|do\s+not\s+want|don't\s+want)\b${TO_CLAUSE_END}{0,80}`,
    String.raw`\bbecause\s+(?:the|an?)\s+(?:announcement|decision|deal|agreement|plan|investigation|matter)\s+(?:has|had|have)\s+not\s+(?:yet\s+)?been\s+(?:made|announced|finalized|completed|disclosed)`,
    String.raw`\bin\s+order\s+to\s+(?:speak|talk|discuss)\s+(?:freely|candidly|frankly)`,
    String.raw`\bto\s+(?:speak|talk)\s+(?:freely|candidly|frankly)`,
    String.raw`\bbecause\s+(?:he|she|they)\s+(?:was|were|is|are)\s+not\s+(?:a\s+)?(?:spokes\w+|official\s+spokes\w+)`,
  ].join('|'),
  'gi',
);

/** The verbs after an access qualifier that end it: `briefed on the talks | said`. */
const SPEECH = String.raw`(?:said|says|say|told|tell|added|adds|wrote|stated|noted|according)\b`;

/** What the source is placed to know: it describes the source but does not explain the anonymity. */
export const ACCESS = new RegExp(
  [
    String.raw`\b(?:familiar|acquainted)\s+with\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w'’-]+(?:\s+(?!${SPEECH})[\w'’-]+){0,3}`,
    String.raw`\bwith\s+(?:direct\s+|first-?hand\s+|detailed\s+)?knowledge\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+(?!${SPEECH})[\w'’-]+){0,2}`,
    String.raw`\b(?:who\s+(?:has|have|had)\s+been\s+|who\s+(?:was|were)\s+)?briefed\s+on\s+(?:the\s+)?[\w'’-]+(?:\s+(?!${SPEECH})[\w'’-]+){0,2}`,
    String.raw`\bclose\s+to\s+(?:the\s+)?[\w'’-]+(?:\s+(?!${SPEECH})[\w'’-]+){0,2}`,
    String.raw`\binvolved\s+in\s+(?:the\s+|a\s+|an\s+|these\s+|those\s+|their\s+|his\s+|her\s+)?(?:talks|negotiations|discussions|deliberations|planning|process|investigation|deal|transaction|merger|sale|bid|case|probe|inquiry|review|search|decision|effort|project|campaign|matter)\b`,
    String.raw`\b(?:who|which)\s+(?:has|have|had)\s+(?:seen|reviewed|read)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+(?!${SPEECH})[\w'’-]+){0,2}`,
    String.raw`\bwho\s+(?:was|were)\s+(?:present|in\s+the\s+room|at\s+the\s+meeting)`,
    String.raw`\bwho\s+attended\s+the\s+[\w'’-]+`,
    String.raw`\bknowledgeable\s+about\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}`,
  ].join('|'),
  'gi',
);

/**
 * Words at least one of which every GRANTED and ACCESS phrase contains: a stretch of text
 * without any of them cannot match, and most speaker phrases are ruled out before a regex runs.
 */
export const GRANTED_OR_ACCESS_WORDS = new Set([
  // GRANTED
  'condition', 'named', 'identified', 'name', 'names', 'privately', 'background', 'anonymously', 'attribution', 'anonymity',
  // ACCESS
  'familiar', 'acquainted', 'knowledge', 'briefed', 'close', 'involved', 'seen', 'reviewed', 'read', 'present', 'room', 'meeting', 'attended', 'knowledgeable',
]);
