/**
 * The words of deal news the stage reader (`read-stage.ts`) knows, by dictionary form (the
 * model's lemma, so "bought", "buys" and "buying" are one entry), and what each set is for.
 */

/**
 * The predicates of deal news, by dictionary form (the model's lemma, so "bought", "buys" and
 * "buying" are one entry). Which stage a predicate means is decided by the grammar around it
 * in `resolve`: its tense and aspect, the modal or hedge in front of it, a negation, and its
 * complement ("agree to terminate" ends a deal, "agree to buy" makes one).
 */
export const TRANSACT = new Set([
  'acquire',
  'buy',
  'purchase',
  'merge',
  'combine',
  'sell',
  'absorb',
  'invest',
  // Sellers' words and the trade and tabloid press's: "offloads its unit", "divests",
  // "swallows rival", "bags Globex in $2bn deal" — read with the same grammar (an object must be bought).
  'divest',
  'offload',
  'swallow',
  'bag',
  'nab',
  'snag',
]);
export const DEAL_NOUN = new Set([
  'deal',
  'merger',
  'acquisition',
  'takeover',
  'purchase',
  'buyout',
  'bid',
  'offer',
  'tie-up',
  'tie',
  'combination',
  'transaction',
  'sale',
  'agreement',
  'pact',
  'pursuit',
  'talk',
  'negotiation',
  'union',
  'buy',
  'approach',
  'proposal',
  'investment',
  'divestiture',
  'divestment',
  'disinvestment', // Indian English: the government's sale of a state company
  'amalgamation', // a merger in Indian, Canadian and British company law: "scheme of amalgamation"
  'tob', // a tender offer bid, in the Japanese press
]);
export const RUMOUR = new Set([
  'weigh',
  'consider',
  'explore',
  'eye',
  'mull',
  'ponder',
  'study',
  'evaluate',
  'contemplate',
  'plan',
  'seek',
  'prepare',
  'ready', // "readies bumper bid"
  'want',
  'pursue',
  'interest',
]);
export const TALK = new Set(['talk', 'negotiate', 'negotiation', 'discussion', 'discuss', 'renegotiate']);
export const OFFER = new Set([
  'bid',
  'tilt', // "makes A$6bn tilt at Globex" (Australian and British press)
  'offer',
  'proposal',
  'propose',
  'tender',
  'approach',
  'counterbid',
  'counteroffer',
  'swoop',
  // A tender offer as the Japanese press abbreviates it: "Nidec withdraws unsolicited TOB for Makino".
  'tob',
]);
/** What a target does with an approach or an offer made to it. */
export const RECEIVED = new Set(['receive', 'get', 'receipt']);
export const OFFER_VERB = new Set([
  'make',
  'announce',
  'receive',
  'get',
  'attract',
  'face',
  'table',
  'launch',
  // (Launched in other words: "BEGINS 45 DLR/SHR TENDER FOR LUCKY STORES".)
  'begin',
  'start',
  'commence',
  'submit',
  'raise',
  'sweeten',
  'improve',
  'lodge',
  'unveil',
  'increase',
  'top',
  'put',
  'go',
  'up',
  'hike',
  'lift',
  'boost',
  'revise',
  'return',
  'extend',
  // An offer lowered is still an offer: "KKR lowers Ramsay proposal, offers scrip alternative".
  'lower',
  'cut',
  'reduce',
  'trim',
  'slash',
]);
export const COMPLETE = new Set([
  'complete',
  'close',
  'finalize',
  'finalise',
  'conclude',
  'completion',
  'consummate',
  'finish',
]);
export const END = new Set([
  'terminate',
  'abandon',
  'scrap',
  'drop',
  'end',
  'kill',
  'cancel',
  'cancellation', // "shares sink on cancellation of merger agreement"
  'cancelation', // (the tagger's lemma of "cancellation")
  'abandonment',
  'withdraw',
  'ditch',
  'collapse',
  'termination',
  'quit',
  'axe',
  'shelve',
  'lapse',
  'rescind',
  'revoke',
  'exit',
  // The press's: "bid torpedoed by shareholders", "scuppers Globex deal".
  'torpedo',
  'scupper',
  'scuttle',
  'scrub', // "PPG scrubs bid to take over AkzoNobel"
  'nix', // "Acme nixes Globex deal"
  'unravel', // "takeover unravels over financing"
  'fizzle', // "Acme-Globex talks fizzle"
  'deflate', // "Investors Cheer CRM Stock as Informatica Deal Deflates"
  // A bid taken back: "UniCredit has retracted its bid for Banco BPM".
  'retract',
  'retraction',
]);
/** The fee a party pays when a deal ends: "breakup fee", "break-up fee", "termination fee". */
export const BREAKUP = new Set(['breakup', 'break-up', 'termination', 'break', 'reverse']);
export const SUE = new Set(['sue', 'lawsuit', 'suit', 'challenge', 'litigation', 'oppose']);
/** A public hearing, which a regulator, a court or lawmakers hold on a deal: its review. */
export const HEARING = new Set(['hearing']);
export const PROBE = new Set([
  'probe',
  'investigation',
  'inquiry',
  'enquiry',
  'review',
  'scrutiny',
  'scrutinize',
  'scrutinise',
  'investigate',
  'examine',
  'refer',
]);
export const HARM = new Set([
  'harm',
  'mean', // "could mean higher prices"
  'hurt',
  'stifle',
  'restrict',
  'reduce',
  'lessen',
  'damage',
  'weaken',
  'limit',
  'raise',
  'push',
  'lead',
  'impede',
  'hamper',
  'chill',
  'undermine',
]);
export const HARMED = new Set([
  'competition',
  'innovation',
  'consumer',
  'price',
  'choice',
  'customer',
  'rival',
  'competitor',
  'market',
  'supply',
  // Those who pay, as the press names them, and how: "could mean worse odds for punters".
  'worse',
  'punter',
  'shopper',
  'passenger',
  'patient',
  'subscriber',
  'household',
  'motorist',
  'traveller',
  'traveler',
]);
export const BLOCK = new Set([
  'block',
  'prohibit',
  // ("EU bans Illumina's $8B acquisition of Grail".)
  'ban',
  'veto',
  'bar',
  'halt',
  'thwart',
  'nix',
  'injunction',
  'enjoin',
  'stop',
]);
export const APPROVE = new Set([
  'approve',
  'clear',
  'greenlight',
  'green-light',
  'authorize',
  'authorise',
  'sanction',
  'approval',
  'clearance',
  'settle',
  'endorse',
  'ratify',
  'ok',
  'okay',
  'nod',
  'blessing',
  'go-ahead',
]);
// (And its noun, the news in a subject: "Yahoo's rejection of Microsoft's buyout offer sets the stage…";
// "DOJ gave a notice of voluntary dismissal of its challenge to a $540 million merger".)
export const REJECT = new Set(['reject', 'rebuff', 'spurn', 'snub', 'dismiss', 'rejection', 'dismissal']);
export const RISK = new Set([
  'complicate', // "Merck buys Schering stake, complicating Bayer bid"
  'stall',
  'cool', // "talks have cooled"
  'wane',
  'subside', // "as takeover talk subsides"
  'fade',
  'falter',
  'snag',
  'jeopardy',
  'jeopardize',
  'jeopardise',
  'doubt',
  'threaten',
  'delay',
  'postpone',
  'imperil',
  'derail',
  'risk',
  'hurdle',
  'setback',
  // "in a blow to Acme's Globex deal" (the noun only).
  'blow',
  'suspend',
  // A bid suspended by a market regulator, a deal put in the way of: "granted the 30-day suspension
  // of its buyout bid", "thrown a new obstacle into the path of BBVA's bid".
  'suspension',
  'obstacle',
  'roadblock',
  // A party thinking again about a deal it agreed: "AbbVie board reconsiders Shire deal".
  'reconsider',
  'rethink',
]);
/** What is sought when a company is to be taken over, without a deal word: "seeks control of", "seeks the rest of". */
export const CONTROL = new Set(['control', 'rest', 'remainder', 'majority']);
/** Seeking one of these is putting a company or a unit up for sale: "seeks buyer for unit". */
export const SELLER_SEEKS = new Set(['buyer', 'suitor', 'purchaser', 'bidder']);
/** A negated challenge is a clearance: "won't challenge the merger", "refuses to block". (Not a denial of a report.) */
export const CLEARED_BY_NOT = new Set([
  'not',
  // ("No injunction for United/Continental": the court refused one.)
  'no',
  "n't",
  'n’t',
  'never',
  'refuse',
  'refuses',
  'refused',
  'decline',
  'declines',
  'declined',
]);
/** Who sues as a regulator: a suit by anyone else (the target, shareholders, the buyer) puts a deal at risk instead. */
export const REGULATOR = new Set([
  'ftc',
  'doj',
  'justice',
  'department',
  'commission',
  'regulator',
  'watchdog',
  'government',
  'state',
  'attorney',
  'authority',
  'cma',
  'eu',
  'us',
  'u.s.',
  'sec',
  'fcc',
  'antitrust',
  'enforcer',
  'prosecutor',
  'agency',
  'ministry',
  'administration',
  'washington',
  'brussels',
  // Competition and merger authorities elsewhere, by the names headlines use.
  'accc', // Australia
  'cci', // India
  'samr', // China
  'mofcom',
  'cade', // Brazil
  'cofece', // Mexico
  'kftc', // Korea
  'jftc', // Japan
  'comco', // Switzerland
  'kppu', // Indonesia
  'bureau', // Canada's Competition Bureau
  'tribunal', // Canada's Competition Tribunal, the UK's Competition Appeal Tribunal
  // Sector regulators that rule on mergers in their sector.
  'stb', // US railroads (Surface Transportation Board)
  'dot', // US airlines (Department of Transportation): "following DOT approval"
  'ferc', // US power and gas
  'puc', // a US state's public utility commission
  'psc', // a US state's public service commission
  'nclt', // India's company law tribunal, which sanctions schemes
  'bundeskartellamt', // Germany
  'cartel', // "Federal Cartel Office"
  'cnmc', // Spain
  'agcm', // Italy
  'firb', // Australia's foreign investment board
  'cfius', // US foreign investment
  'ofcom',
  'fca',
  'fed', // the Federal Reserve approves bank mergers
  'occ',
  'fdic',
  'sebi',
  // Central banks and bank supervisors, which approve bank deals.
  'rbi',
  'ecb',
  'bafin',
  'apra',
  'osfi',
  'finma',
  // Securities regulators, which approve a takeover's offer document or a merger's filing.
  'fss', // Korea's Financial Supervisory Service
  'amf', // France
  'consob', // Italy
  'cnmv', // Spain
]);
export const REVIVE = new Set(['revive', 'reopen', 'resume', 'restart', 'rekindle', 'renew']);
export const ACCEPT = new Set(['accept', 'back', 'recommend', 'embrace', 'support']);
/** What a seller or a target does to the buyer it wants: "picks Nippon Steel over Cleveland-Cliffs". */
export const CHOOSE = new Set(['pick', 'choose', 'select']);
/** What a target does that gives in to an offer: "caves in to", "bows to", "succumbs to". */
export const YIELD = new Set(['cave', 'give', 'bow', 'succumb', 'yield']);
export const AGREE = new Set([
  'agree',
  'sign',
  'strike',
  'reach',
  'seal',
  'ink',
  'clinch',
  'enter',
  'announce',
  'unveil',
]);

/** Complements that decide what a predicate means; built once, read for every word of every headline. */
export const TALKS_FAIL = new Set(['collapse', 'fail', 'end', 'fizzle']);
export const OVERRULED = new Set(['challenge', 'lawsuit', 'suit', 'case', 'block', 'objection', 'appeal']);
/** What a court or a government does to a block that lets the deal through: "quashes the block on". */
export const LIFTED = new Set(['quash', 'overturn', 'lift', 'reverse', 'vacate', 'overrule', 'rescind']);
/** What a target's board says of an offer it turns away: "says the offer is inadequate". */
export const INADEQUATE = new Set([
  'inadequate',
  'insufficient',
  'unacceptable',
  'undervalue',
  'undervalues',
  'lowball',
]);
export const PRIVATE = new Set(['private']);
export const STRATEGIC = new Set(['option', 'alternative', 'review']);
/** What a company does with its strategic options: a sale weighed, not yet sought. */
export const WEIGHS = new Set([
  'explore',
  'review',
  'consider',
  'weigh',
  'evaluate',
  'assess',
  'launch',
  'begin',
  'start',
  'announce',
  'pursue',
  'undertake',
]);
export const SIGHTS = new Set(['sight', 'sights']);
export const TOWEL = new Set(['towel']);
export const COURT_FIGHT = new Set(['court', 'case', 'lawsuit', 'appeal', 'legal', 'antitrust', 'arbitration']);
export const HOSTILE = new Set(['hostile']);
export const REMEDY = new Set([
  'concession',
  'concessions',
  'remedy',
  'remedies',
  'divestiture',
  'divestitures',
  // The UK's "undertakings in lieu": remedies a regulator accepts instead of a full probe.
  'undertaking',
  'undertakings',
]);
export const MAKE = new Set(['make']);
export const TENDERED = new Set(['tendered']);
/** What products, not companies, are merged into: "merge into one streaming service", "into a single app". */
export const PRODUCT = new Set([
  'service',
  'app',
  'platform',
  'product',
  'brand',
  'offering',
  'website',
  'site',
  'bundle',
]);
/** What a labour union is written with: its workers are no merger ("union workers ratify contract"). */
export const LABOUR = new Set([
  'worker',
  'workers',
  'member',
  'members',
  'leader',
  'leaders',
  'official',
  'officials',
  'contract',
  'strike',
  'rep',
  'boss',
  'chief',
  'dues',
  'pension',
]);
/** Regulators of products, not of mergers: what they approve is a drug, a device or a plane. */
export const PRODUCT_REGULATOR = new Set(['fda', 'ema', 'mhra', 'pmda', 'faa', 'easa', 'nmpa']);
export const TABLOID_BUY = new Set(['swallow', 'bag', 'nab', 'snag']);
export const DEADLINE = new Set(['deadline', 'date']);
export const DELAYED = new Set(['extend', 'push', 'delay', 'postpone']);
export const SUIT_ENDED = new Set(['drop', 'withdraw', 'settle', 'abandon']);
export const REFUSED = new Set(['deny', 'denied', 'reject', 'refuse', 'refused']);
/** What a regulator asks for more of in a review (the tagger's lemma of "data" is "datum"). */
export const INFORMATION = new Set(['information', 'datum', 'data', 'detail', 'document']);
export const REQUEST = new Set(['request', 'motion', 'bid']);
export const SUBORDINATOR = new Set(['after', 'because', 'while', 'although', 'though', 'since', 'unless']);
export const AWAITED = new Set(['approval', 'clearance', 'consent']);
export const WHOLE = new Set(['remaining', 'rest', 'outstanding', 'balance']);
export const STAKE = new Set(['stake', 'holding', 'interest']);
export const MAJORITY = new Set(['majority', 'controlling', 'control']);
/** What a regulator can turn down that is the deal itself (not a remedy, a filing or an offer of terms). */
export const REGULATED = new Set([
  'merger',
  'acquisition',
  'takeover',
  'purchase',
  'buyout',
  'combination',
  'deal',
  'tie-up',
  'bid',
]);
export const CONFIRM = new Set(['confirm', 'confirms', 'confirmed']);
export const FAVOUR = new Set(['favour', 'favor']);
export const RAISED_BY = new Set(['raise', 'voice', 'flag', 'express', 'share', 'outline']);
export const SUCCEED = new Set(['succeed', 'succeeds', 'successful', 'oversubscribed']);
/** What deal talks are about (not "union": a labour union's talks are no merger's). */
export const TALKED_ABOUT = new Set([
  'deal',
  'merger',
  'acquisition',
  'takeover',
  'purchase',
  'buyout',
  'tie-up',
  'combination',
  'sale',
]);
/** Who votes a deal through once it is agreed: their backing is an approval, not an agreement. */
/** What holders raise against a deal: "shareholder revolt", "investor backlash", "shareholder opposition". */
export const HOLDERS_AGAINST = new Set([
  'revolt',
  'rebel',
  'rebellion',
  'backlash',
  'opposition',
  'resistance',
  'pushback',
  'anger',
  'discontent',
]);
export const HOLDERS = new Set(
  ['shareholder', 'holder', 'stockholder', 'investor', 'unitholder'].flatMap((w) => [w, `${w}s`]), // capitalized, unreduced
);
/** What a company rejects that is not a deal: a report of one, or a call for one ("rejects activist's call for sale"). */
export const NOT_NEWS = new Set(['report', 'speculation', 'claim', 'call', 'demand']);
export const REJECTABLE = new Set([...OFFER, 'takeover', 'buyout', 'overture', 'advance']);
export const ACCEPTABLE = new Set([
  ...OFFER,
  'takeover',
  'buyout',
  'deal',
  'terms',
  'term',
  'acquisition',
  'merger',
  'purchase',
  // "tie-up" is three words to the tagger: "tie", "-", "up".
  'tie',
  'tie-up',
  'combination',
]);
/** What can be "off" (called off) in a headline: "ACME MERGER OFF", "the deal is off". */
export const CALLED_OFF = new Set([
  'merger',
  'deal',
  'takeover',
  'acquisition',
  'bid',
  'offer',
  'talk',
  'buyout',
  'pact',
]);
/** Who approves a deal when it is agreed, not cleared: "its board approved a definitive agreement". */
export const BOARD = new Set(['board', 'director', 'directors']);
export const PERIOD_OVER = new Set(['expire', 'expired', 'terminate', 'terminated', 'end', 'ended', 'lapse', 'lapsed']);
export const TAKEOVER_WORD = new Set([
  'merger',
  'buyout',
  'takeover',
  'acquisition',
  'purchase',
  'sale',
  'amalgamation',
]);
export const SET_TERMS = new Set(['merger', 'terms', 'term', 'agreement', 'pact', 'buyout']);
export const APPROVAL_NOUN = new Set(['approval', 'clearance', 'nod', 'backing']);
/** What a bidder does to a contest it leaves: "quits the race for Globex". */
export const LEFT_CONTEST = new Set(['lose', 'quit', 'exit', 'abandon', 'leave', 'withdraw']);
/** What a pair of companies is written before: "Acme-Globex talks", "the Acme-Globex probe". */
export const PAIRED = new Set([
  'talk',
  'talks',
  'tie',
  'combination',
  'link',
  'marriage',
  'review',
  'probe',
  'case',
  'union',
  'negotiation',
]);
/** A contest still open, before "to buy": "in race to acquire", "joins battle to buy". */
export const RACE = new Set(['race', 'battle', 'contest', 'fight', 'running', 'scramble', 'tussle']);
export const CONTEST = new Set(['auction', 'battle', 'race', 'contest', 'fight', 'deal', 'bidding']);
export const AGREEMENT_NOUN = new Set(['deal', 'agreement', 'pact', 'accord', 'terms', 'term']);
export const ANNOUNCED = new Set(['agreement', 'deal', 'merger', 'pact']);
/** A purchase a company announces "of" its target: "announced the acquisition of Globex". */
export const ANNOUNCED_PURCHASE = new Set(['acquisition', 'purchase', 'takeover', 'buyout']);
/** What a price offered is written as: "$21 a share", "a 30% premium", "58 dlrs", "in cash". */
export const PRICE_HEAD = new Set([
  'share',
  'premium',
  'price',
  'cash',
  'stock',
  'dlrs',
  'dollar',
  'pence',
  'penny',
  'cent',
  'euro',
  'pound',
  'yen',
  'franc',
  'stg',
  'percent',
  'pct',
  'term',
  'terms',
]);
/** A country's own bodies, after its name: "U.S. regulators", "U.S. judge", "U.S. government". */
/** What a regulator or a court does that lets a deal through: "lets Exxon buy Pioneer", "allows the merger to proceed". */
export const PERMIT = new Set(['let', 'allow', 'permit']);
/** Countries and capitals that headlines write for their governments: "Britain kills Acme's Globex deal". */
export const STATE_NAME = new Set([
  'britain',
  'uk',
  'china',
  'beijing',
  'germany',
  'berlin',
  'france',
  'paris',
  'japan',
  'tokyo',
  'india',
  'delhi',
  'australia',
  'canberra',
  'canada',
  'ottawa',
  'italy',
  'rome',
  'spain',
  'madrid',
  'london',
  'white house',
  'kremlin',
]);
export const GOVERNMENT = new Set([
  'government',
  'official',
  'officials',
  'authority',
  'authorities',
  'agency',
  'court',
  'judge',
  'senator',
  'lawmaker',
  'administration',
  'treasury',
  'justice',
  'antitrust',
  'regulator',
  'regulators',
  'department',
]);
/** What a court does to an approval it undoes: "overturns", "quashes", "sets aside". */
export const UNDO = new Set(['overturn', 'quash', 'annul', 'reverse', 'vacate', 'invalidate']);
/** A merged company that comes into being, which is the merger done: "Ladbrokes Coral is born". */
export const BORN = new Set(['born']);
/** Who decides a dispute outside a court: "Singapore arbitrator stays Future-Reliance deal". */
export const ARBITER = new Set(['arbitrator', 'arbiter', 'tribunal', 'panel']);
/** A decision of a court or a tribunal: "arbitration panel sides with Hess", "court ruling clears way". */
export const RULING = new Set([
  'arbitration',
  'arbitrator',
  'panel',
  'tribunal',
  'ruling',
  'verdict',
  'judgment',
  'judgement',
]);
/** A target's defence against a bid: "antitakeover law aimed at Dart bid", "takeover defences". */
export const DEFENCE = new Set(['antitakeover', 'anti-takeover', 'defence', 'defense']);
/** What is done to a takeover defence that takes it down: "redeem its poison pill", "drops the pill". */
export const PILL_DOWN = new Set(['redeem', 'rescind', 'drop', 'remove', 'scrap', 'invalidate', 'dismantle', 'lift']);
/** Who speaks for a government in a deal's review: "culture secretary", "ministers". */
export const MINISTER = new Set(['secretary', 'minister', 'ministers', 'ministry', 'cabinet', 'chancellor']);
/** A government's intervening in a deal, which starts its review: "intervenes in Globex bid". */
export const INTERVENE = new Set(['intervene', 'intervention']);
/** A company's own actions a board approves, which no deal needs: "approves $2 billion buyback". */
export const OWN_ACTION = new Set([
  'buyback',
  'buy-back',
  'repurchase',
  'dividend',
  'budget',
  'bonus',
  'split',
  'compensation',
]);
/** What a subsidiary bought whole is: "a wholly owned subsidiary". */
export const WHOLE_OWNED = new Set(['wholly', 'wholly-owned', 'fully']);
/** What puts a verb's act still to come: "to secure", "will gain", "seeks to take control". */
export const NOT_YET = new Set(['to', 'will', 'would', 'could', 'may', 'seek']);
/** What a contract runs for: "six-year deal", "a 10-year agreement". */
export const TERM = new Set(['year', 'month']);
/** How amounts are scaled, in words: "$2 bln purchase". */
// (And India's: "Rs 202 cr", "Rs 1,034 crore", "Rs 5 lakh".)
export const SCALE_WORD = new Set([
  'billion',
  'bln',
  'bn',
  'million',
  'mln',
  'mn',
  'trillion',
  'tn',
  'crore',
  'cr',
  'lakh',
]);
/** What may be announced of a purchase other than the purchase: "announces completion of its acquisition of". */
export const PURCHASE_OUTCOME = new Set([
  'completion',
  'closing',
  'close',
  'termination',
  'end',
  'abandonment',
  'failure',
  'cancellation',
  'cancelation',
  'withdrawal',
]);
export const ALLIANCE = new Set(['partnership', 'agreement', 'deal', 'pact', 'alliance']);
// ("in-depth" and "full-scale" reach the tagger as three words: "in - depth".)
export const REFERRED_TO = new Set(['in-depth', 'phase', 'depth', 'full-scale', 'scale']);
/** Words before a probe that say a regulator opened one: "opens in-depth investigation". */
export const PROBE_OPENED = new Set([
  'open',
  'launch',
  'start',
  'begin',
  'escalate',
  'widen',
  'deepen',
  'in-depth',
  'antitrust',
  'full',
  'formal',
  'depth',
  'regulatory',
  'competition',
  'phase',
  '2',
  'full-scale',
  'intensify',
]);
/** Words before an approval that say it was given, not awaited ("subject to approval"). */
export const APPROVAL_GIVEN = new Set(['win', 'receive', 'get', 'secure', 'obtain', 'grant', 'give', 'gain', 'signal']);
/** Words that state an approval given, rather than get or give it: "final approval". */
export const APPROVAL_STATED = new Set(['final', 'conditional', 'unconditional']);
export const SETTLED_WITH = new Set([
  'doj',
  'ftc',
  'regulator',
  'department',
  'justice',
  'commission',
  'government',
  'state',
]);
export const RAISED = new Set(['price', 'concern', 'fee']);
export const CONCERN_MODAL = new Set(['could', 'would', 'may', 'might', 'will', 'likely', 'to']);
/** Before an agreement, words that make it a deal near, not done: "nears", "close to", "poised to", "expected to". */
export const NEARLY = new Set(['near', 'nears', 'close', 'poised', 'set', 'expect', 'expected', 'sources', 'about']);

/** Words that open a clause of time or cause, whose subject is another than the clause before: "after merger talks rebuffed". */
export const CLAUSE_OF_TIME = new Set([
  'after',
  'amid',
  'following',
  'despite',
  'before',
  'while',
  'since',
  'because',
  'until',
]);

/** Assets a company sells or buys: "sold its oil and gas properties to Globex". */
export const ASSET = new Set([
  // (A bank's deposits and loans, as the FDIC sells a failed bank: "to acquire all deposits and loans of …".)
  'deposit',
  'loan',
  'property',
  'plant',
  'mill',
  'refinery',
  'mine',
  'station',
  'store',
  'shop',
  'branch',
  'hotel',
  'hospital',
  'clinic',
  'restaurant',
  'field',
  'channel',
  'newspaper',
  'team',
  'club',
]);

/**
 * What a company sells of its own, never itself: "to sell Duracell unit", "sells its stake in
 * Globex", "TO SELL INTER-CONTINENTAL HOTELS". The things `OBJECT` names but a company ("company",
 * "maker", "bank": the seller may be one), and an interest or a holding.
 */
export const PART_SOLD = new Set([
  'stake',
  'unit',
  'business',
  'division',
  'asset',
  'operation',
  'arm',
  'brand',
  'chain',
  'subsidiary',
  'portfolio',
  'interest',
  'holding',
  ...ASSET,
]);

/** What a company buys when it is not named: "sells its chip unit", "buys a stake" — a part of one, or one. */
export const OBJECT = new Set([
  ...PART_SOLD,
  'company',
  'firm',
  'startup',
  'start-up',
  'maker',
  'rival',
  'studio',
  'bank',
  'lender',
  'insurer',
  'developer',
  'provider',
  'operator',
  'group',
  'share',
  'network',
  'platform',
  // A company named by what it owns: "to buy Oncor's parent for $9 billion".
  'parent',
  'owner',
  // A company named by its trade: "agreed to buy the roofing and landscaping supplier from Leonard
  // Green" (bought from its owner, not goods from a seller).
  'supplier',
  'distributor',
  'retailer',
  'manufacturer',
  'producer',
  'carrier',
  'airline',
  'brewer',
  'publisher',
  'broadcaster',
  'miner',
  'refiner',
  'chipmaker',
  'automaker',
  'drugmaker',
]);

/** A report that does not claim its news as fact. */
export const HEDGE_WORDS = new Set([
  'may',
  'might',
  'could',
  'would',
  'reportedly',
  'report',
  'reports',
  'sources',
  'source',
  'familiar',
  'poised',
  'likely',
  'possible',
  'potential',
  'possibly',
  'rumour',
  'rumor',
  'speculation',
  'mulls',
  'ponders',
  'weighs',
  'considering',
  'considers',
  'exploring',
  'explores',
  'threatens',
  'threatened',
  'threaten',
  'preparing',
  'prepares',
  'nears',
  'near',
]);
export const NEGATION_WORDS = new Set([
  'not',
  "n't",
  'n’t',
  'no',
  'never',
  'deny',
  'denies',
  'denied',
  'dismisses',
  'dismissed',
  'declines',
  'declined',
  'refuses',
  'refused',
]);

export const CLAUSE_END = /^[.;:!?|—–]$/;

/** Every dictionary form the reader knows, for when the tagger leaves a form unreduced ("clearing"). */
/** Money for a deal, and what goes wrong with it: "unable to obtain the financing", "financing problems". */
export const FINANCING = new Set(['financing', 'finance', 'funding']);
export const FINANCING_TROUBLE = new Set([
  'unable',
  'fail',
  'failure',
  'problem',
  'difficulty',
  'trouble',
  'lack',
  'doubt',
  'shortfall',
  'snag',
  'hitch',
]);
/** A company named as a deal's likely object: "a takeover target", "a target for a bid". */
export const TARGETED = new Set(['target']);
/** What a company may be to a bid that no one has made: "vulnerable to a bid", "ripe for a takeover". */
export const EXPOSED = new Set(['vulnerable', 'ripe', 'susceptible', 'exposed']);

export const LEXICON = new Set([
  ...TRANSACT,
  ...RUMOUR,
  ...TALK,
  ...OFFER,
  ...COMPLETE,
  ...END,
  ...SUE,
  ...HEARING,
  ...PROBE,
  ...BLOCK,
  ...APPROVE,
  ...REJECT,
  ...RISK,
  ...REVIVE,
  ...ACCEPT,
  ...CHOOSE,
  ...AGREE,
  ...HARM,
  ...TARGETED,
  ...FINANCING,
  ...PERMIT,
  ...INTERVENE,
  ...DEFENCE,
  ...BORN,
  // (Backing's nouns, for a switch: "switches recommendation to EA".)
  'recommendation',
  'endorsement',
  // "sticks with ironSource merger".
  'stick',
  // "arbitrator stays Future-Reliance deal".
  'stay',
  // "CVS among bidders for Signify Health".
  'bidder',
  'suitor',
]);

export const IRREGULAR = new Set([
  'bought',
  'sold',
  'took',
  'struck',
  'won',
  'fell',
  'broke',
  'made',
  'put',
  'bid',
  'ended',
  'held',
]);

/**
 * The commercial kinds that make even a bare "deal" a contract ("supply deal", "licensing deal");
 * an industry word does not ("chip deal", "cloud software deal" may buy a company).
 */
export const CONTRACT_KIND = new Set([
  // (A deal paid for every year is a fee for a service: "Nears $1 Billion Annual Deal with Google for
  // Gemini-Powered Siri" — a takeover is paid once.)
  'annual',
  'yearly',
  'supply',
  'licensing',
  'license',
  'licence',
  'distribution',
  'marketing',
  'advertising',
  'ad',
  'sponsorship',
  'sourcing',
  'outsourcing',
  'research',
  'collaboration',
  'cooperation',
  'pricing',
  'wage',
  'pay',
  'labor',
  'labour',
  'trade',
  'tax',
  'service',
  // Films and rights, and a workforce's order: "new Spider-Man film agreement", "seniority agreement".
  'film',
  'movie',
  'rights',
  'seniority',
  // What one makes for another: "extend manufacturing partnership", "foundry agreement".
  'manufacturing',
  'production',
  'foundry',
  // A broadcaster's fee for its channels, which a pay-TV provider carries: "new carriage agreement",
  // "retransmission deal".
  'carriage',
  'retransmission',
  'retrans',
]);
/**
 * What an agreement between two companies is about when it is commercial, not a takeover:
 * "cloud deal", "supply agreement", "licensing pact", "five-year contract".
 */
export const COMMERCIAL = new Set([
  ...CONTRACT_KIND,
  'cloud',
  'content',
  'streaming',
  'sales',
  'contract',
  'power',
  'supplier',
  'chip',
  'software',
  'five-year',
  'multiyear',
  'multi-year',
  // ("a five-year agreement": the tagger splits the hyphen; a takeover is not agreed for years.)
  'year',
  // Working together, or money raised, is no takeover: "in discussion with Baker Hughes on potential
  // partnerships", "in talks with Symphony for a round of fundraising".
  'partnership',
  'fundraising',
  'funding',
  // (Nor is a deal that restructures a partnership or a debt: "announced a sweeping restructuring deal
  // that frees the ChatGPT maker from its nonprofit constraints".)
  'restructuring',
]);

/** Who else a company has talks or deals with that are about pay or debt, not a takeover. */
export const COUNTERPARTY = new Set([
  'union',
  'unions',
  'worker',
  'employee',
  'staff',
  'pilot',
  'driver',
  'creditor',
  'lender',
  'bondholder',
  'landlord',
]);
/** The nouns of a dealing that a commercial kind makes a contract: "supply talks", "deal with Globex for cloud services". */
export const DEALING = new Set([
  'deal',
  'agreement',
  'pact',
  'talk',
  'talks',
  'negotiation',
  'negotiations',
  'discussion',
  'discussions',
]);

/** Verbs of a company's own statement, whose "would" is a backshifted "will": "said it would buy". */
export const SAID = new Set(['say', 'said', 'announce', 'announced', 'tell', 'told', 'confirm', 'confirmed']);

/** A closing said to come: "after" or "once" it completes, in a sentence about what "will" happen. */
/** Securities whose sale or offering is a financing, not a business sold: "bond sale", "share offering". */
export const SECURITIES = new Set(['bond', 'debt', 'note', 'share', 'stock', 'equity', 'convertible', 'paper']);
/** What, announced in the passive, is a deal agreed: "after Capital One deal announced". */
export const ANNOUNCED_DEAL = new Set(['deal', 'merger', 'takeover', 'acquisition', 'buyout', 'purchase']);
/** What a deal already over is called: "collapsed deal", "failed merger", "ill-fated bid". */
export const ENDED_DEAL = new Set([
  'collapsed',
  'failed',
  'scrapped',
  'abandoned',
  'aborted',
  'terminated',
  'cancelled',
  'canceled',
  'ill-fated',
  'defunct',
  'busted',
  'doomed',
  'former',
]);
/** How long ago, before "after" or "since": what follows is background ("a year after the deal collapsed"). */
export const SPAN_OF_TIME = new Set(['year', 'month', 'week', 'day', 'decade']);
/** What a bidder does to a rival's bid with its own: "tops", "trumps", "outbids". */
export const TOPS = new Set(['top', 'trump', 'outbid', 'overbid']);
/**
 * The second half of a compound that says where or whose a company is, not what it is: "Austin-based",
 * "London-listed", "Bain-backed", "state-owned", "Saudi-led".
 */
export const DESCRIBES_FIRM = /(?:based|listed|headquartered|owned|backed|controlled|led|registered)$/u;
/** What a share price does on news: "Blackmores share price rockets 22% on takeover bid". */
export const MARKET_MOVE = new Set([
  'jump',
  'soar',
  'surge',
  'rocket',
  'skyrocket',
  'rise',
  'climb',
  'leap',
  'rally',
  'spike',
  'pop',
  'fall',
  'drop',
  'slide',
  'slump',
  'sink',
  'tumble',
  'plunge',
  'dive',
]);
/** The days of the week: when a thing was done, never who did it. */
export const WEEKDAY = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** An owner's "'s", either apostrophe. */
export const POSSESSIVE_S = new Set(["'s", '’s']);
/** Whom a hostile bidder puts up for a target's board: turned down, its proxy fight is lost. */
export const NOMINEES = new Set(['nominee', 'nominees', 'slate', 'candidate', 'candidates']);
/** What a board or an owner gives a bid and may take back: "withdraws backing for Barclays offer". */
export const BACKING = new Set(['backing', 'support', 'recommendation', 'endorsement']);
/** What a company is chosen or backed as, when it is the buyer: "as white knight", "as buyer". */
export const BUYER_ROLE = new Set(['buyer', 'bidder', 'suitor', 'acquirer', 'purchaser', 'knight']);
/** What is done to a deal in trouble: "scramble to save the merger", "offer to salvage Globex deal". */
export const SALVAGE = new Set(['save', 'salvage', 'rescue']);
/** What a deal can hit on its way: "antitrust wall", "regulatory hurdle". */
export const OBSTACLE = new Set([
  'wall',
  'hurdle',
  'snag',
  'roadblock',
  'obstacle',
  'hurdles',
  'obstacles',
  'headwind',
  'headwinds',
]);
/** What a regulator receives to review a deal: "accepts Acme's merger filing". */
export const FILING = new Set(['filing', 'notification', 'application', 'submission']);
/** A deal's papers for its holders' vote: filed, the deal is agreed ("files S-4 registration for Globex merger"). */
export const DEAL_PAPERS = new Set(['s-4', 'f-4', 'proxy', 'registration', 'prospectus', 'circular']);
/** A merger-control filing: made, a review begins ("makes HSR filing for Globex acquisition"). */
export const MERGER_FILING = new Set(['hsr', 'hart-scott-rodino', 'antitrust', 'merger-control', 'premerger']);
/** What a vote is given, set for: "sets date for shareholder vote", "vote … scheduled for May". */
export const SCHEDULED = new Set(['set', 'schedule', 'slate', 'date', 'call']);
/** What a rating agency's review is for. */
export const RATING_MOVE = new Set(['upgrade', 'downgrade', 'rating']);
/** Who calls on a regulator to act urges it: "Senators urge FTC to block…", "call on regulators to". */
export const URGE = new Set(['urge', 'press', 'pressure', 'lobby', 'petition', 'implore']);
/** What a company does with a suitor's interest that it has: "attracted interest from Acme". */
export const INTEREST_RECEIVED = new Set(['attract', 'receive', 'draw', 'field', 'get']);
/** What is done to an obstacle that no longer stands in the way: "removes last hurdle". */
export const OBSTACLE_REMOVED = new Set(['remove', 'overcome', 'clear', 'surmount', 'pass', 'jump']);
/** What a deal meets on its way to an obstacle: "hits an antitrust wall", "faces regulatory hurdles". */
export const OBSTACLE_MET = new Set(['hit', 'face', 'run', 'meet', 'encounter']);
/** What terms are agreed to do with a regulator's case: "to settle DOJ merger challenge". */
export const SETTLE_CASE = new Set(['settle', 'resolve']);
/** Words that make a fee a term of the deal, not one paid: "… if the deal fails". */
export const CONDITION = new Set(['if', 'should', 'unless']);
/** An offer's acceptance threshold reached, or missed. */
export const THRESHOLD_MET = new Set(['reach', 'exceed', 'pass', 'surpass', 'meet', 'cross', 'hit']);
export const FELL_SHORT = new Set(['fail', 'miss', 'not', 'short']);
/** What the market says of a deal, not what its parties do: "bid speculation", "rumours of a merger". */
// (The tagger leaves a headline's first "Rumours" unlemmatized, as a name.)
export const MARKET_TALK = new Set(['speculation', 'rumour', 'rumor', 'rumours', 'rumors', 'chatter', 'buzz']);
/** The deal such talk is of, the word before it: "takeover talk", "bid speculation". */
export const TALKED_OF = new Set(['takeover', 'merger', 'bid', 'buyout', 'deal', 'acquisition']);
/** What a company bought has become of its buyer: "part of", "a wholly owned subsidiary of". */
export const BECOMES = new Set(['part', 'subsidiary', 'unit', 'division']);
export const FUTURE_WHEN = new Set(['after', 'once', 'when', 'until']);
export const FUTURE = new Set(['will', 'would', 'shall']);

/** Words that open a fronted phrase, the background before a headline's news: "After months of talks, …". */
export const FRONTED = new Set([
  'after',
  'despite',
  'with',
  'as',
  'amid',
  'following',
  'while',
  'although',
  'though',
  'since',
  'before',
  'in',
  'under',
  'facing',
  'having',
]);

/** What a regulator decides: its decision put off is its review going on, not the deal at risk. */
export const DECISION = new Set(['decision', 'ruling', 'review', 'verdict', 'judgment', 'judgement']);

/** Every share of a company, which is the company: "all Globex shares". */
export const ALL = new Set(['all', 'every', 'entire']);
