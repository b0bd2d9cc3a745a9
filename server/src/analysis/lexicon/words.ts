/**
 * Word lists for speakers: titles, roles, organisations, anonymous descriptions, pronouns.
 * All entries are lower case; matching is on lower-cased tokens.
 * Sources: ../shared/research/attribution.md §2.3-2.5 and §3.3 (AP and Reuters practice).
 */

/** Titles written before a name (`Sen. Jane Doe`, `Gen. Dan Caine`), abbreviated and spelled out. */
export const NAME_TITLES = new Set([
  'mr.', 'mrs.', 'ms.', 'miss', 'mx.', 'dr.', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev.', 'reverend', 'father', 'rabbi', 'imam', 'pastor', 'bishop', 'cardinal', 'pope', 'sheikh', 'sheik',
  'president', 'vice', 'premier', 'chancellor', 'secretary', 'minister', 'prime', 'sen.', 'senator',
  'rep.', 'sens.', 'reps.', 'representative', 'congressman', 'congresswoman', 'del.', 'gov.', 'governor', 'lt.', 'mayor',
  'attorney', 'general', 'speaker', 'leader', 'justice', 'judge', 'ambassador', 'commissioner', 'chairman',
  'chairwoman', 'chair', 'director', 'gen.', 'adm.', 'admiral', 'col.', 'colonel', 'maj.', 'major', 'capt.',
  'captain', 'sgt.', 'sergeant', 'cpl.', 'pvt.', 'cmdr.', 'commander', 'lieutenant', 'brig.', 'brigadier',
  'marshal', 'king', 'queen', 'prince', 'princess', 'emperor', 'ayatollah', 'sultan', 'emir', 'crown',
  'detective', 'officer', 'chief', 'superintendent', 'sheriff', 'deputy', 'councilman', 'councilwoman',
  'councillor', 'councilor', 'councilmember', 'alderman', 'alderwoman', 'supervisor', 'assemblyman', 'assemblywoman', 'delegate', 'trustee', 'dean',
  'coach', 'former', 'acting', 'interim', 'then-president', 'then-candidate', 'candidate', 'nominee',
  'first', 'former', 'state', 'sec.', 'supt.', 'insp.', 'inspector', 'atty.', 'attorney-general', 'rep',
  'sen', 'gov', 'gen', 'dr', 'mr', 'mrs', 'ms', 'lt', 'col', 'adm', 'sgt', 'capt', 'maj', 'prof', 'rev',
]);

/** Courtesy titles that reveal gender. */
export const MALE_TITLES = new Set(['mr.', 'mr', 'sir', 'lord', 'father', 'king', 'prince', 'congressman', 'councilman', 'assemblyman', 'chairman', 'spokesman', 'sheikh', 'sheik', 'emperor', 'sultan', 'emir', 'brother', 'businessman', 'alderman']);
export const FEMALE_TITLES = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'councilwoman', 'assemblywoman', 'chairwoman', 'spokeswoman', 'sister', 'businesswoman', 'madam']);

/** Role nouns that head a description of a person (`a spokeswoman`, `the former governor`). */
export const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'secretary', 'minister', 'president',
  'vice-president', 'chairman', 'chairwoman', 'chair', 'director', 'adviser', 'advisor', 'aide', 'official', 'governor',
  'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'representative', 'mayor', 'candidate',
  'nominee', 'front-runner', 'frontrunner', 'challenger', 'incumbent', 'contender', 'rival', 'opponent', 'leader',
  'chief', 'executive', 'ceo', 'founder', 'manager', 'strategist', 'consultant', 'pollster', 'analyst', 'economist',
  'professor', 'expert', 'scholar', 'researcher', 'historian', 'lawyer', 'attorney', 'prosecutor', 'judge', 'justice',
  'ambassador', 'envoy', 'diplomat', 'general', 'admiral', 'commander', 'officer', 'detective', 'sheriff',
  'commissioner', 'administrator', 'superintendent', 'chancellor', 'premier', 'speaker', 'whip', 'delegate',
  'voter', 'supporter', 'resident', 'activist', 'organizer', 'organiser', 'volunteer', 'veteran', 'soldier', 'marine', 'sailor', 'airman', 'businessman',
  'businesswoman', 'billionaire', 'mogul', 'developer', 'host', 'anchor', 'moderator', 'reporter', 'journalist',
  'columnist', 'editor', 'writer', 'author', 'commentator', 'critic', 'pastor', 'priest', 'bishop', 'rabbi', 'imam',
  'head', 'owner', 'president-elect', 'partner', 'associate', 'employee', 'worker', 'student', 'teacher', 'doctor',
  'nurse', 'scientist', 'engineer', 'witness', 'victim', 'survivor', 'father', 'mother', 'son', 'daughter', 'wife',
  'husband', 'brother', 'sister', 'friend', 'neighbor', 'neighbour', 'colleague', 'member', 'chairperson', 'treasurer',
  'counsel', 'investigator', 'inspector', 'auditor', 'regulator', 'negotiator', 'mediator', 'operative', 'surrogate',
  'backer', 'donor', 'fundraiser', 'staffer', 'insider', 'campaigner', 'protester', 'protestor', 'demonstrator',
  'user', 'fan', 'attendee', 'viewer', 'caller', 'questioner', 'interviewer', 'heckler', 'panelist', 'moderator', 'commenter', 'retiree', 'customer', 'reader', 'listener', 'shopper',
  'politician', 'republican', 'democrat', 'independent', 'conservative', 'liberal', 'progressive', 'libertarian',
  'governor-elect', 'mayor-elect', 'senator-elect', 'gop', 'councilman', 'councilwoman', 'assemblyman', 'trustee',
  'comedian', 'actor', 'actress', 'singer', 'star', 'coach', 'player', 'athlete', 'owner', 'officeholder',
  'secretary-general', 'secretary-designate', 'designate', 'spokesperson', 'press', 'correspondent', 'producer',
  'relative', 'cousin', 'niece', 'nephew', 'uncle', 'aunt', 'grandmother', 'grandfather', 'grandson', 'granddaughter',
  'widow', 'widower', 'sibling', 'classmate', 'roommate', 'coworker', 'co-worker', 'passenger', 'patient',
  'forecaster', 'meteorologist', 'firefighter', 'paramedic', 'rescuer', 'lifeguard', 'principal', 'dean', 'provost',
  'librarian', 'pharmacist', 'dentist', 'surgeon', 'cardiologist', 'epidemiologist', 'physician', 'coroner',
  'presenter', 'blogger', 'activist', 'organiser', 'farmer', 'owner', 'shopkeeper', 'pensioner', 'mechanic',
  // The voices of advertisements and broadcasts: "says the ad's narrator", "a voice-over in the ad states".
  'narrator', 'announcer', 'voice-over', 'voiceover',
  // Titles that also stand alone for their holder: "the prince called for …", "the pope told reporters".
  'prince', 'princess', 'king', 'queen', 'duke', 'duchess', 'pope', 'pontiff', 'sheikh', 'emir', 'sultan',
]);

/**
 * Peoples and faiths in the plural, capitalised as names are, which read as surnames otherwise
 * ("Europeans especially say …"); groups all the same, which keep their capital.
 */
export const PEOPLES = new Set([
  'europeans', 'hispanics', 'latinos', 'latinas', 'asians', 'africans', 'canadians', 'mexicans', 'germans', 'russians',
  'ukrainians', 'israelis', 'palestinians', 'iranians', 'syrians', 'iraqis', 'afghans', 'californians', 'texans',
  'floridians', 'iowans', 'ohioans', 'muslims', 'christians', 'jews', 'catholics',
]);

/** Plural or collective heads for groups of people (`officials`, `aides`, `critics`). */
export const GROUP_NOUNS = new Set([
  ...PEOPLES,
  'officials', 'sources', 'aides', 'advisers', 'advisors', 'diplomats', 'staffers', 'insiders', 'executives',
  'employees', 'lawmakers', 'legislators', 'analysts', 'experts', 'critics', 'observers', 'economists', 'people',
  'persons', 'authorities', 'investigators', 'prosecutors', 'police', 'officers', 'supporters', 'opponents',
  'voters', 'residents', 'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'activists',
  'organizers', 'strategists', 'operatives', 'allies', 'members', 'leaders', 'delegates', 'donors', 'witnesses',
  'historians', 'scholars', 'researchers', 'scientists', 'doctors', 'lawyers', 'attorneys', 'protesters',
  'demonstrators', 'students', 'teachers', 'workers', 'veterans', 'candidates', 'senators', 'governors', 'mayors',
  'pollsters', 'commentators', 'pundits', 'reporters', 'journalists', 'spokesmen', 'spokespeople', 'negotiators',
  'campaigners', 'backers', 'surrogates', 'evangelicals', 'rivals', 'detractors', 'skeptics', 'sceptics',
  'proponents', 'advocates', 'defenders', 'insiders', 'observers', 'residents', 'parents', 'families', 'friends',
  'colleagues', 'neighbors', 'neighbours', 'relatives', 'guests', 'fans', 'citizens', 'americans', 'britons',
  'officials', 'bankers', 'traders', 'investors', 'regulators', 'ministers', 'generals', 'commanders', 'troops',
  'soldiers', 'rebels', 'militants', 'protestors', 'participants', 'attendees', 'members', 'leaders', 'others',
  'sources', 'insiders', 'staff', 'staffers',
  // Plural nouns that open sentences, which read as surnames otherwise: "Audiences can expect …".
  'millennials', 'audiences', 'politicos', 'gopers',
  // Who asks and heckles is quoted too: "Obama's first questioners ranged from skeptical to hostile: "…"".
  'questioners', 'interviewers', 'hecklers', 'callers', 'panelists', 'moderators', 'viewers', 'readers', 'listeners',
  // Professions that speak as a body in weather, science and disaster stories: "forecasters warned that …".
  'forecasters', 'meteorologists', 'firefighters', 'paramedics', 'rescuers', 'nurses', 'physicians', 'engineers',
  'epidemiologists', 'astronomers', 'physicists', 'biologists', 'geologists', 'seismologists', 'inspectors',
  // A poll's share of respondents speaks for them: "21 percent said "not too likely"".
  'percent',
]);

/** Heads of anonymous descriptions (`a U.S. official`, `people familiar with the matter`). */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'diplomat', 'diplomats', 'staffer', 'staffers',
  'person', 'people', 'persons', 'adviser', 'advisers', 'advisor', 'advisors', 'insider', 'insiders', 'executive',
  'executives', 'employee', 'employees', 'someone', 'individual', 'individuals', 'operative', 'operatives',
  'strategist', 'strategists', 'confidant', 'confidants', 'associate', 'associates', 'ally', 'allies', 'member',
  'members', 'officer', 'officers', 'investigator', 'investigators', 'lawmaker', 'lawmakers',
]);

/** Words that make a description anonymous when they open it. */
export const ANONYMOUS_DETERMINERS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'multiple',
  'numerous', 'various', 'few', 'senior', 'top', 'administration', 'unnamed', 'anonymous',
]);

/** Plural groups speaking together count as anonymous sources when no one is named (`officials said`). */
export const ANONYMOUS_BARE_PLURALS = new Set([
  'officials', 'sources', 'aides', 'diplomats', 'insiders', 'staffers', 'advisers', 'advisors', 'people',
]);

/**
 * Nouns for a business that describe one without naming it: `the steelmaker`, `a transit
 * operator`. An appositive with one makes its name a company's; "the carmaker" later refers
 * back to the company named before.
 */
export const BUSINESS_NOUNS = new Set([
  'steelmaker', 'carmaker', 'automaker', 'maker', 'manufacturer', 'conglomerate', 'lender', 'insurer', 'retailer',
  'airline', 'carrier', 'operator', 'developer', 'giant', 'chain', 'brewer', 'miner', 'producer', 'supplier', 'startup',
  'chipmaker', 'drugmaker', 'planemaker', 'toymaker',
]);

/**
 * Heads of a description that is a company or a body when it speaks (`the utility said`, `the
 * carmaker said`). Not `operator`, `developer`, `producer` or `miner`, which are as often a
 * person.
 */
export const COMPANY_DESCRIPTIONS = new Set([
  'steelmaker', 'carmaker', 'carmakers', 'automaker', 'automakers', 'manufacturer', 'manufacturers', 'conglomerate',
  'lender', 'lenders', 'insurer', 'insurers', 'retailer', 'retailers', 'airline', 'airlines', 'brewer', 'chain',
  'startup', 'start-up', 'supplier', 'utility', 'utilities', 'railroad', 'railway', 'exporter', 'importer',
  'distributor', 'multinational', 'subsidiary', 'consultancy', 'charity', 'nonprofit', 'non-profit',
  'chipmaker', 'chipmakers', 'drugmaker', 'drugmakers', 'planemaker', 'planemakers', 'toymaker', 'toymakers',
  // Not "miner", "producer" or "developer", which are people as often: "a producer for Yahoo Studios".
  'forwarder', 'forwarders', 'shipper', 'shippers', 'refiner', 'refiners', 'processor', 'processors',
]);

/**
 * `the software maker said`, `the phone maker said`: a maker is a company, unless what it makes
 * is made by people (`a policy maker`, `the film maker`, `deal makers`).
 */
export const PERSON_MAKING = new Set([
  'policy', 'decision', 'film', 'movie', 'peace', 'deal', 'rule', 'law', 'trouble', 'king', 'match', 'rain', 'pace',
  'play', 'mischief', 'dress', 'shoe', 'cabinet', 'bread', 'cheese', 'wine', 'news', 'money',
]);

/**
 * Last words of a company's name, capitalised: `Green Country Electric`, `Harbour Energy`,
 * `Lund Motors`. Not `Power`, `Steel` or `Water`, which are also surnames.
 */
export const COMPANY_NAME_ENDINGS = new Set([
  'electric', 'energy', 'motors', 'airlines', 'airways', 'holdings', 'industries', 'pharmaceuticals', 'technologies',
  'systems', 'communications', 'partners', 'capital', 'resources', 'telecom', 'insurance', 'financial',
  'securities', 'investments', 'enterprises', 'brands', 'foods', 'media', 'entertainment', 'studios', 'logistics',
  'railways', 'railroad', 'mining', 'petroleum', 'chemicals', 'labs', 'solutions', 'software', 'networks',
  'utilities', 'bancorp', 'realty', 'properties', 'ventures', 'associates', 'consulting', 'pictures', 'motor', 'services',
  'cargo', 'freight', 'shipping', 'aviation', 'aerospace', 'therapeutics', 'biotech', 'robotics', 'analytics', 'semiconductor',
  // Also surnames ("Samantha Power"): after a listed forename they end a person's name instead.
  'power', 'guild', 'publishing', 'health', 'healthcare', 'music', 'records', 'games', 'markets', 'exchange', 'trust',
]);

/** Participles that open a title (`managing director`, `acting chairman`, `retired general`), though a participle's phrase is no title. */
export const TITLE_PARTICIPLES = new Set(['managing', 'acting', 'presiding', 'ranking', 'visiting', 'founding', 'outgoing', 'incoming', 'retired', 'distinguished']);

/** Heads of an organisation's name that are also common surnames: `Anna White`, `Gene House`, not the White House. */
export const SURNAME_HEADS = new Set(['white', 'house', 'church', 'bank', 'banks', 'court']);

/** Heads that make a speaker an organisation. */
export const ORGANIZATION_HEADS = new Set([
  'campaign', 'committee', 'opposition', 'ministry', 'department', 'agency', 'office', 'administration', 'government', 'party',
  'company', 'firm', 'group', 'organization', 'organisation', 'association', 'union', 'council', 'commission',
  'board', 'court', 'police', 'army', 'military', 'navy', 'force', 'forces', 'embassy', 'consulate', 'bureau',
  'service', 'institute', 'foundation', 'center', 'centre', 'university', 'college', 'school', 'hospital',
  'bank', 'fund', 'corporation', 'corp.', 'inc.', 'co.', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'authority',
  'authorities', 'house', 'senate', 'congress', 'parliament', 'assembly', 'cabinet', 'kremlin', 'pentagon',
  'network', 'coalition', 'alliance', 'federation', 'league', 'club', 'team', 'caucus', 'pac', 'super',
  'tribunal', 'regulator', 'watchdog', 'nato', 'un', 'eu', 'fbi', 'cia', 'nsa', 'fda', 'epa', 'dnc', 'rnc',
  'gop', 'white', 'state', 'secretariat', 'parliament', 'legislature', 'prosecutor\'s', 'lab',
  'laboratory', 'station', 'unit', 'division', 'directorate', 'command', 'council', 'trust', 'society', 'church',
  'mission', 'delegation', 'panel', 'body', 'operation', 'operations', 'companies', 'industry', 'republicans',
  'democrats', 'ministries', 'agencies', 'governments', 'groups', 'organizations', 'campaigns', 'institution',
  'institutions', 'watch', 'city', 'town', 'county', 'village', 'municipality', 'township', 'borough', 'district',
]);

/** Named organisations that stand alone as speakers. */
export const KNOWN_ORGANIZATIONS = new Set([
  'pentagon', 'kremlin', 'white house', 'state department', 'justice department', 'defense department',
  'downing street', 'élysée', 'elysee', 'congress', 'senate', 'nato', 'united nations', 'european union',
  'european commission', 'fbi', 'cia', 'nsa', 'fda', 'epa', 'cdc', 'who', 'imf', 'world bank', 'opec', 'dnc',
  'rnc', 'gop', 'supreme court', 'federal reserve', 'fed', 'treasury', 'home office', 'foreign office',
  'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'police', 'scotland yard',
  'hamas', 'hezbollah', 'taliban', 'isis', 'amnesty international', 'human rights watch', 'red cross',
  'ministry', 'the ministry', 'secret service', 'homeland security', 'capitol police', 'nra', 'aclu',
  'planned parenthood', 'heritage foundation', 'brookings', 'pew', 'gallup', 'quinnipiac',
]);

/** News organisations and publications: sources of the kind `publication`. */
export const PUBLICATIONS = new Set([
  'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse', 'bloomberg',
  'new york times', 'the new york times', 'times', 'wall street journal', 'the wall street journal',
  'washington post', 'the washington post', 'post', 'axios', 'politico', 'cnn', 'fox news', 'fox', 'msnbc',
  'nbc', 'nbc news', 'abc', 'abc news', 'cbs', 'cbs news', 'npr', 'pbs', 'bbc', 'guardian', 'the guardian',
  'financial times', 'the economist', 'economist', 'usa today', 'los angeles times', 'la times', 'huffpost',
  'huffington post', 'breitbart', 'breitbart news', 'the hill', 'hill', 'buzzfeed', 'buzzfeed news', 'vox',
  'the atlantic', 'atlantic', 'newsweek', 'time', 'the daily beast', 'daily beast', 'the intercept',
  'propublica', 'xinhua', 'tass', 'kcna', 'irna', 'wafa', 'ria', 'interfax', 'al jazeera', 'sky news', 'cnbc',
  'the telegraph', 'telegraph', 'the times', 'the sun', 'daily mail', 'the independent', 'le monde', 'der spiegel',
  'spiegel', 'state media', 'state television', 'state tv', 'media', 'local media', 'the paper', 'the newspaper',
  'newspaper', 'the magazine', 'magazine', 'the outlet', 'outlet', 'the network', 'network', 'the station',
  'western journalism', 'the washington times', 'washington times', 'new york post', 'the new york post',
  'daily news', 'new york daily news', 'the boston globe', 'boston globe', 'chicago tribune', 'the des moines register',
  'des moines register', 'politifact', 'factcheck.org', 'snopes', 'univision', 'telemundo', 'mcclatchy', 'gannett',
]);

/** Heads that make a description a publication: `the conservative-leaning newspaper`, `the news outlet`. */
export const PUBLICATION_HEADS = new Set(['newspaper', 'newspapers', 'tabloid', 'tabloids', 'magazine', 'journal', 'outlet', 'outlets', 'broadcaster', 'broadcasters', 'newswire', 'television', 'tv', 'radio']);

/** Last words of a publication's name, capitalised: `The Miami Herald`, `New Hampshire Public Radio`, `National Review`. */
export const PUBLICATION_NAME_HEADS = new Set([
  'herald', 'gazette', 'tribune', 'journal', 'chronicle', 'caller', 'inquirer', 'examiner', 'dispatch', 'observer',
  'courier', 'radio', 'magazine', 'newspaper', 'register', 'globe', 'sentinel', 'enquirer', 'monitor', 'review',
  'news', 'press', 'yorker', 'blaze', 'post', 'times', 'telegraph', 'mail', 'bulletin',
]);

/** Document heads: `the report`, `a court filing`, `the indictment`. */
export const DOCUMENT_HEADS = new Set([
  'statement', 'release', 'report', 'study', 'survey', 'poll', 'data', 'figures', 'filing', 'filings', 'documents',
  'document', 'indictment', 'complaint', 'lawsuit', 'suit', 'affidavit', 'transcript', 'memo', 'memorandum',
  'letter', 'email', 'emails', 'records', 'record', 'analysis', 'review', 'audit', 'assessment', 'estimate',
  'estimates', 'projections', 'forecast', 'ruling', 'decision', 'opinion', 'order', 'motion', 'brief', 'petition',
  'notice', 'website', 'ad', 'advertisement', 'commercial', 'video', 'post', 'tweet', 'book', 'editorial',
  'article', 'story', 'piece', 'column', 'op-ed', 'paper', 'bill', 'law', 'measure', 'resolution', 'plan',
  'proposal', 'platform', 'budget', 'readout', 'communique', 'declaration', 'manifesto', 'guidance', 'warrant',
  'charges', 'charging', 'testimony', 'findings', 'results', 'census', 'exit', 'polls', 'surveys', 'reports',
  'studies', 'investigation', 'probe', 'inquiry', 'panel\'s', 'draft', 'agreement', 'contract', 'ad', 'mailer',
  'register', 'registry', 'docket', 'database', 'tally', 'calculations', 'logs', 'copy', 'copies', 'papers', 'list',
  'summary', 'version', 'notes', 'disclosure', 'disclosures', 'minutes', 'footnote', 'syllabus', 'receipts', 'invoices',
  'sign', 'placard', 'banner', 'plaque', 'inscription', 'permit', 'permits', 'application', 'applications', 'deed', 'deeds',
  'translation', 'translations', 'recording', 'recordings',
]);

/** Pronouns that can be a speaker, with what they can refer to. */
export const SPEAKER_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
};

/** Capitalised words at a sentence's start that are not names (`Critics say`, `Officials said`). */
export const SENTENCE_START_STOPWORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'in', 'on', 'at', 'to', 'of', 'by', 'with',
  'from', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though', 'until',
  'unless', 'once', 'then', 'now', 'still', 'also', 'even', 'just', 'only', 'here', 'there', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'your', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'other', 'another', 'such',
  'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'asked', 'speaking', 'according', 'earlier',
  'later', 'meanwhile', 'however', 'instead', 'indeed', 'yes', 'well', 'last', 'next', 'first', 'second',
  'few', 'several', 'more', 'less', 'one', 'two', 'three', 'among', 'about', 'despite', 'during', 'over',
  'under', 'into', 'through', 'without', 'within', 'against', 'between', 'across', 'behind', 'beyond',
  'officials', 'sources', 'critics', 'experts', 'analysts', 'aides', 'supporters', 'opponents', 'voters',
  'residents', 'police', 'authorities', 'people', 'observers', 'others', 'many', 'some', 'mr', 'ms',
  'today', 'tonight', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'again', 'finally', 'overall', 'separately', 'similarly', 'likewise', 'otherwise',
  'perhaps', 'maybe', 'clearly', 'obviously', 'certainly', 'surely', 'actually', 'already', 'almost',
  'ever', 'never', 'always', 'ask', 'imagine', 'remember', 'consider',
  'good', 'bad', 'great', 'better', 'worse', 'best', 'worst', 'new', 'old', 'big', 'small', 'many', 'much', 'little',
  'every', 'nothing', 'everything', 'something', 'anything', 'nobody', 'everybody', 'somebody', 'anyone', 'everyone',
  'someone', 'thirteen', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'fifty', 'half',
  'whatever', 'whoever', 'whether', 'yesterday', 'back', 'like', 'unlike', 'thanks', 'please', 'sure', 'true',
  'false', 'right', 'wrong', 'long', 'short', 'high', 'low', 'early', 'late', 'recent', 'full', 'part', 'much',
]);

/** Determiners and quantifiers that may open a description. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'several', 'some', 'many', 'most', 'other', 'another', 'both', 'these', 'those',
  'this', 'each', 'every', 'few', 'multiple', 'numerous', 'various', 'all', 'top', 'dozens', 'hundreds',
]);

/** Modifiers commonly found inside a speaker description (`senior`, `former`, `top`). */
export const DESCRIPTION_MODIFIERS = new Set([
  'senior', 'former', 'top', 'chief', 'deputy', 'acting', 'interim', 'assistant', 'associate', 'executive',
  'presidential', 'vice', 'presumptive', 'likely', 'leading', 'current', 'longtime', 'long-time', 'veteran',
  'retired', 'local', 'state', 'federal', 'national', 'foreign', 'military', 'intelligence', 'security', 'defense',
  'defence', 'government', 'administration', 'campaign', 'party', 'congressional', 'legislative', 'judicial',
  'diplomatic', 'police', 'law', 'enforcement', 'press', 'communications', 'political', 'policy', 'economic',
  'foreign-policy', 'health', 'public', 'private', 'independent', 'republican', 'democratic', 'conservative',
  'liberal', 'progressive', 'new', 'young', 'old', 'elderly', 'prominent', 'influential', 'key', 'top-ranking',
  'high-ranking', 'ranking', 'outgoing', 'incoming', 'newly', 'elected', 'appointed', 'nominated', 'presumptive',
  'general', 'special', 'principal', 'lead', 'head', 'regional', 'district', 'county', 'city', 'municipal',
  'provincial', 'european', 'western', 'eastern', 'northern', 'southern', 'american', 'u.s.', 'us', 'british',
  'russian', 'chinese', 'israeli', 'ukrainian', 'iranian', 'french', 'german', 'mexican', 'canadian', 'nato',
  'white', 'house', 'pentagon', 'state', 'department', 'ministry', 'company', 'industry', 'bank', 'union',
  'gop', 'unnamed', 'anonymous', 'two', 'three', 'several', 'other', 'fellow', 'staunch', 'vocal', 'fierce',
  'frequent', 'occasional', 'billionaire', 'real', 'estate', 'reality', 'tv', 'television', 'self-described',
  'so-called', 'would-be', 'then-', 'longtime', 'ex-', 'rival', 'top-level', 'mid-level', 'lower-level',
  'midlevel', 'high-level', 'low-level', 'career', 'civilian', 'medical', 'legal', 'financial', 'technical',
  'prosecution', 'defense', 'election', 'elections', 'voting', 'trade', 'energy', 'climate', 'border',
  'immigration', 'homeland', 'treasury', 'justice', 'education', 'transportation', 'agriculture', 'commerce',
  'fire', 'emergency', 'rescue', 'school', 'hospital', 'court', 'tax', 'labor', 'labour', 'housing', 'environmental',
  'wildlife', 'forest',
]);

/** Words after which a capitalised word is not a speaker (it names a place or a thing). */
export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'to', 'of', 'by', 'with', 'from', 'for', 'into', 'onto', 'over', 'under', 'about', 'against',
  'between', 'among', 'through', 'during', 'before', 'after', 'since', 'until', 'toward', 'towards', 'near',
  'across', 'behind', 'beyond', 'within', 'without', 'upon', 'via', 'per', 'like', 'unlike', 'than', 'amid',
]);

/** Subordinators and conjunctions that start a clause: a leftward speaker search stops here. */
export const CLAUSE_WORDS = new Set([
  'that', 'and', 'but', 'or', 'as', 'while', 'when', 'because', 'although', 'though', 'if', 'whether', 'so',
  'after', 'before', 'since', 'until', 'unless', 'where', 'whereas', 'then', 'yet', 'nor', 'than', 'once',
  'which', 'who', 'whom', 'what', 'how', 'why', 'not', 'also', 'even', 'only', 'just',
]);

/** Adverbs and auxiliaries that may stand between a speaker and the verb (`Trump later said`, `she has said`). */
export const VERB_GAP_WORDS = new Set([
  'also', 'later', 'then', 'again', 'previously', 'recently', 'once', 'often', 'repeatedly', 'frequently',
  'has', 'had', 'have', 'would', 'will', 'had', 'was', 'is', 'were', 'are', 'did', 'does', 'do', 'could', 'might',
  'may', 'must', 'should', 'can', 'never', 'ever', 'first', 'last', 'earlier', 'subsequently', 'quickly', 'simply',
  'flatly', 'publicly', 'privately', 'openly', 'bluntly', 'calmly', 'angrily', 'firmly', 'curtly', 'tersely',
  'reportedly', 'allegedly', 'apparently', 'initially', 'originally', 'eventually', 'finally', 'further',
  'still', 'already', 'long', 'consistently', 'routinely', 'famously', 'memorably', 'pointedly', 'casually',
  'jokingly', 'sarcastically', 'defiantly', 'emphatically', 'proudly', 'happily', 'sadly', 'wryly', 'softly',
  'loudly', 'quietly', 'recently', 'separately', 'likewise', 'similarly', 'herself', 'himself', 'themselves',
  'not', 'been', 'being', 'be', 'just', 'even', 'only', 'always', 'now', 'immediately', 'gently', 'directly',
]);

/** Irregular past forms, which no -ed ending shows for verbs: `left`, `ran`, `bought`. */
export const IRREGULAR_PAST = new Set([
  'left', 'met', 'took', 'went', 'came', 'became', 'gave', 'made', 'spoke', 'sat', 'stood', 'ran', 'led', 'held', 'won',
  'lost', 'told', 'said', 'wrote', 'read', 'sent', 'kept', 'brought', 'began', 'bought', 'sold', 'built', 'paid', 'found',
  'got', 'grew', 'drew', 'fell', 'rose', 'saw', 'chose', 'knew', 'threw', 'flew', 'drove', 'rode', 'broke', 'spent',
  'felt', 'heard', 'shot', 'fought', 'caught', 'taught', 'thought', 'sought', 'struck', 'fled', 'shut', 'quit', 'spread',
]);

/** Finite verbs that show a clause of its own: `the report was wrong`, `the Pentagon said`. */
export const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'said', 'says']);

/** Auxiliaries of the passive: `was told`, `been called`, `being briefed`. */
export const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** Time expressions that may follow a cue (`said Tuesday`, `told reporters on Monday`). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday',
  'earlier', 'later', 'recently', 'previously', 'afterward', 'afterwards', 'morning', 'afternoon', 'evening',
  'night', 'week', 'weekend', 'month', 'year', 'last', 'this', 'next', 'again', 'then', 'now', 'once',
]);

/** Days of the week and their neighbours: `Trump Tuesday said`. */
/** Units of time after a number: `Two days later`, `his wife of 50 years`. */
export const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'time', 'times', 'night', 'nights', 'morning', 'evening']);

/** Words that round a count: `about 50 protesters`, `of nearly four years`, `more than 100 workers`. */
export const APPROXIMATORS = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'more', 'than', 'at', 'least', 'up', 'to']);

export const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/** Months, written out or abbreviated: `in December 1992`. */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
]);

/** Capitalised words that never name a speaker: days, months, and the like. */
export const NOT_SPEAKER_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.',
  'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'today', 'tonight', 'yesterday', 'tomorrow', 'according', 'why', 'what',
  'how', 'when', 'where', 'whatever', 'more', 'most', 'reporting', 'x', 'god', 'christmas', 'easter', 'thanksgiving',
  // "Enough said.", "Additional reporting by …" (a wire story's credit line).
  'enough', 'additional',
]);

/** Family members AP lets a story name by the relation and a given name: "her daughter, Fiona,". */
export const FAMILY_NOUNS = new Set([
  'daughter', 'son', 'wife', 'husband', 'partner', 'brother', 'sister', 'mother', 'father', 'grandmother', 'grandfather',
  'granddaughter', 'grandson', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'widow', 'widower', 'stepson', 'stepdaughter',
  'fiancé', 'fiancée', 'twin',
]);

/** Relations a title keeps the possessive of, as it says whose: "His son, Peter Lund", "her friend". */
export const RELATION_NOUNS = new Set([
  ...FAMILY_NOUNS, 'friend', 'relative', 'stepfather', 'stepmother', 'parents', 'children', 'family', 'neighbor', 'neighbour',
  'roommate', 'classmate', 'boyfriend', 'girlfriend',
]);

/** Possessive determiners a title may open with: "Its chief executive", "her husband". */
export const OWNER_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our']);
