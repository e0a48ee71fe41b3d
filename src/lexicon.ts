/**
 * actorgraph/lexicon — closed word classes the rules consult (extract and resolve alike: a core file, so
 * resolve never imports extract). Kept as data, in one file,
 * so a reader sees every word list that shapes the output.
 */
import worldCountries, { type Country } from 'world-countries';

const set = (s: string) => new Set(s.trim().split(/\s+/));
/** A word table with no prototype: a text word such as "constructor" or "toString" finds nothing in it. */
export const dict = <T>(o: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, o);

/** Nouns naming an office held by a person: "the Minister of Defense", "President X". */
export const TITLES = set(`president minister premier chancellor secretary spokesman spokeswoman spokesperson
  ambassador envoy general commander chief head leader king queen prince emir sheikh sultan governor mayor
  senator chairman chairwoman chair director official diplomat prosecutor judge colonel major captain lieutenant
  admiral marshal sergeant negotiator representative deputy vice ayatollah pope cardinal bishop archbishop
  ceo founder boss coach manager editor correspondent analyst economist secretary-general mep mp
  priest imam rabbi cleric pastor undersecretary under-secretary commissioner constable superintendent attorney`);

/** Adjectives of a continent or a region of the world: they say where, never which body or state. */
export const REGION_ADJECTIVES = set(`european african asian arab western eastern northern southern nordic scandinavian
  caribbean latin mediterranean baltic balkan pacific atlantic continental regional global international oriental`);

/** Heads of a noun phrase that denote a body acting for a country: "the Belarusian army" → BLR. */
export const AGENT_HEADS: Record<string, 'organization' | 'group' | 'person'> = dict({
  army: 'organization', military: 'organization', force: 'organization', forces: 'group', troops: 'group', navy: 'organization',
  police: 'organization', ministry: 'organization', parliament: 'organization', embassy: 'organization',
  court: 'organization', agency: 'organization', intelligence: 'organization', delegation: 'group',
  officials: 'group', official: 'person', diplomats: 'group', diplomat: 'person', leaders: 'group', leader: 'person',
  soldiers: 'group', nationals: 'group', citizens: 'group', people: 'group', rebels: 'group', guerrillas: 'group',
  negotiators: 'group', warships: 'group', vessels: 'group', planes: 'group', jets: 'group', aircraft: 'group',
  president: 'person', minister: 'person', premier: 'person', spokesman: 'person', ambassador: 'person',
  envoy: 'person', foreign: 'person', opposition: 'group', workers: 'group', students: 'group', protesters: 'group',
  militants: 'group', separatists: 'group', authorities: 'group', media: 'group', press: 'group', companies: 'group',
  company: 'organization', firms: 'group', firm: 'organization', bank: 'organization', banks: 'group', sources: 'group',
  team: 'organization', squad: 'organization', party: 'organization', party_leader: 'person', investigators: 'group',
  ministers: 'group', lawmakers: 'group', deputies: 'group', legislators: 'group', senators: 'group',
  rulers: 'group', ruler: 'person', businessman: 'person', businessmen: 'group', lawyer: 'person', lawyers: 'group',
  journalist: 'person', journalists: 'group', man: 'person', woman: 'person', men: 'group', women: 'group',
  farmers: 'group', missionary: 'person', newspaper: 'organization', newspapers: 'group', radio: 'organization',
  television: 'organization', tv: 'organization', paper: 'organization', groups: 'group', factions: 'group', faction: 'group',
  militia: 'organization', militias: 'group', insurgents: 'group', fighters: 'group', commandos: 'group', terrorists: 'group',
  peacekeepers: 'group', inspectors: 'group', judge: 'person', judges: 'group', prosecutors: 'group', prosecutor: 'person',
  emir: 'person', king: 'person', prince: 'person', general: 'person', generals: 'group', commander: 'person', commanders: 'group',
  navy_ships: 'group', personnel: 'group', contingent: 'group', battalion: 'organization', unit: 'organization', units: 'group',
  members: 'group', member: 'organization', supporters: 'group', voters: 'group', residents: 'group', villagers: 'group',
  cell: 'group', cells: 'group', militiamen: 'group', militiaman: 'person', gunmen: 'group', gunman: 'person', guerillas: 'group', attackers: 'group',
  assailants: 'group', demonstrators: 'group', activists: 'group', campaigners: 'group', dissidents: 'group', group: 'organization', movement: 'organization', refugees: 'group', settlers: 'group', mercenaries: 'group',
  national: 'person', partners: 'group', partner: 'organization', allies: 'group', ally: 'organization', counterpart: 'person', counterparts: 'group', envoys: 'group', ambassadors: 'group', representatives: 'group',
});

/**
 * One of a nation's people by occupation or lot, in the singular: "a U.S. soldier", "an Israeli
 * settler", "a British engineer" are persons of that country (extract/mentions.ts), the same node
 * as the plural's group. Only straight after the nationality: "tourists in Egypt" or "hostages in
 * Lebanon" are seldom that country's, so these are no AGENT_HEADS (which "X in Peru" reads as
 * Peru's, extract/analyse.ts). Not "citizen", which news uses for what someone becomes or is; nor
 * "civilian", mostly an adjective ("El Salvador's civilian left"), nor "guerrilla", which wire copy
 * uses for the movement ("the Salvadoran guerrilla noted that it …").
 */
export const NATIONAL_PERSONS = new Set(`soldier policeman policewoman officer student activist protester demonstrator
  tourist hostage pilot doctor nurse engineer peacekeeper rebel militant settler refugee resident villager farmer priest
  teacher`.split(/\s+/));

/**
 * A capitalised word of a person's name, with the inner capital of a Gaelic, Romance or Dutch
 * surname prefix ("McGonagall", "MacArthur", "DiCaprio", "DeLay", "O'Brien"), not a brand's
 * ("YouTube", "PlayStation").
 */
export const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|Le|La)?[A-Z][a-z'-]+$/;

/**
 * The people a named body is made of: "soldiers of the Atlacatl Battalion", "National Police
 * members" act as the body (as event coders code a body's members with the body's code).
 */
export const BODY_MEMBERS = /^(members|troops|soldiers|units|commandos|fighters|militants|combatants|agents|officers|guards|policemen|militiamen|gunmen|cadres|operatives)$/;

/** Modal nouns that deny their clause: "Chile's failure to pay", "its refusal to sign". */
export const NEGATING_NOUNS = /^(failure|refusal|inability)$/;

/** Verbs that move people away from a place: "withdraw inspectors from Iraq" (they leave it). */
export const MOVING = /^(withdraw|pull|evacuate|expel|remove|recall|deport|extradite|airlift|repatriate|evict|oust)$/;

/** Heads that stand for the state itself: "the Moscow policy", "the Russian government" → RUS. */
export const STATE_HEADS = set(`government governments state administration regime leadership authorities policy side cabinet
  establishment junta kingdom republic federation nation`);

/** Heads naming an armed act: with only a nationality before them they stand for that state's forces. */
export const ATTACK_HEADS = set(`attack attacks strike strikes airstrike airstrikes raid raids bombing bombings shelling
  bombardment bombardments offensive incursion incursions missile missiles rocket rockets drone drones artillery fire gunfire`);

/** Partitive heads: the real head follows "of" ("a series of exercises" → exercises). */
export const PARTITIVES = set(`series number lot lots set range couple dozens hundreds thousands millions part most some all
  one two three several many each any none majority minority group kind type sort variety bunch host
  deployment patch batch wave convoy contingent`);

/** Words that make a multi-word proper name an organisation rather than a person. */
export const ORG_WORDS = set(`ministry party council commission committee agency company corporation corp inc ltd plc group
  bank front army forces force police court union association organisation organization federation institute university
  parliament assembly movement league airways airlines motors records news times post journal channel network
  department office bureau service services fund foundation club team board authority church school college
  brigade battalion battalions command division regiment guard guards cartel industries holdings telecom systems
  international partners securities exchange tribunal senate congress academy centre center
  league telegraph herald tribune gazette chronicle mail mirror magazine broadcasting broadcaster opera orchestra
  theatre theater museum gallery studios pictures entertainment media films capital ventures labs software technologies
  society roundtable trust treasury exchequer steel oil petroleum energy electronics pharmaceuticals brewery breweries mining insurance fc afc
  pharmaceutical chemical chemicals communications resources networks electric airline cosmetics foods brands stores air
  inc. ltd. corp. co. llc gmbh financial bourse boerse assurance research consulting consultants analytics
  aviation aerospace automotive shipping logistics railways utilities alliance coalition consortium sport`);

/**
 * Last words of a sports club's name ("Leeds United", "Blackburn Rovers", "Inter Milan FC"): the
 * club is an organisation, whatever a person-shaped name or the recogniser suggests.
 */
export const CLUB_WORDS = set(`united rovers athletic wanderers albion hotspur rangers celtic harriers dynamos county villa
  argyle alexion orient`);

/**
 * Acronyms of things, not actors: diseases, media, devices, measures ("tests for TB and HIV",
 * "TV", "GDP"). A lone capitalised acronym is otherwise read as an organisation ("NATO", "BBC").
 */
export const THING_ACRONYMS = set(`tv hdtv iptv dvd dvds cd cds pc pcs mp3 sms gps dna hiv aids tb sars bse mrsa ivf gdp gnp vat
  ceo cfo coo ipo it ai ict www html vhs lcd led hd uk-wide r&b`);
/** Subordinators of time, reason and concession: their clause is no one's report ("said after Chile had attacked"). */
export const ADVERBIAL_MARKS = /^(after|before|when|whenever|while|since|because|although|though|whereas|until|till|once|unless|as)$/;
/** Combining forms of nations' names ("Anglo-American", "Sino-Japanese", "Franco-German"): two nations' adjective or a firm's name. */
export const COMBINING_FORMS = /^(anglo|sino|franco|russo|indo|italo|greco|austro|hispano|luso|afro|euro|judeo|turco|serbo|czecho|nippo)$/;
/** Of those, the diseases that British style writes as words ("Aids", "Sars", "Mrsa"): things written so too. */
export const DISEASE_ACRONYMS = set(`aids sars bse mrsa vcjd`);

/**
 * Lower-case nouns that say what the proper name right after them is (BBC style: "mobile phone
 * maker Nokia", "the film Motorcycle Diaries", "actress Sienna Miller"). An organisation cue or a
 * work cue beats the name's shape and the recogniser; works and products are not actors.
 */
export const ORG_CUES = set(`firm company companies giant maker makers group carrier airline bank retailer chain operator
  manufacturer producer brand label rival network broadcaster publisher supplier insurer lender club side team band
  outfit agency charity union studio newspaper paper magazine website site provider conglomerate distributor developer
  broker investor watchdog regulator body firm's bookmaker bookmakers radio station channel television`);
/**
 * Clandestine stations that are an armed group's own voice (the group's gazetteer id): a broadcast
 * of theirs that no tag gives a speaker says "we" and "our units" for the group ("WE AMBUSHED AN
 * ARMY CONVOY"), as a station the text calls "the official voice of the FMLN" does (extract/station.ts).
 */
export const STATION_VOICES: Record<string, string> = { 'radio venceremos': 'FMLN', 'radio farabundo marti': 'FMLN' };
/** Media a broadcaster is named by first: "Radio Wales", "Channel Four", "Television Espanola". */
export const MEDIA = /^(radio|television|tv|channel)$/;
export const WORK_CUES = set(`film films movie movies album albums single song songs show series musical play novel book
  game games documentary sitcom drama opera comedy thriller biopic epic car cars model phone handset console software
  browser app programme program title hit track record`);
/**
 * Nouns that describe a person before the name ("Actress Teri Hatcher", "striker Wayne Rooney",
 * "Families Margaret Hodge" is caught by the tagger instead): never part of the name, kept as the role.
 */
export const DESCRIPTORS = set(`actress actor singer star superstar rapper musician guitarist drummer bassist singer-songwriter
  comedian presenter host director producer writer author novelist poet artist designer model striker midfielder
  defender goalkeeper keeper winger forward captain player champion chef entrepreneur tycoon billionaire businessman
  businesswoman veteran legend activist campaigner lawyer barrister doctor scientist professor economist pundit
  commentator broadcaster journalist photographer dancer referee umpire wing flanker fly-half scrum-half fullback
  full-back hooker prop centre-back sprinter jockey trainer cyclist golfer boxer skater teenager youngster
  newcomer rookie favourite hopeful runner athlete swimmer batsman bowler all-rounder seed chauffeur chauffer
  driver bodyguard citizen resident tourist student engineer nurse teacher missionary volunteer
  colleague team-mate teammate compatriot countryman reporter cameraman technician agent publicist aide`);

/**
 * Roles held in a body, which a body's name before them owns ("Sony president", "Everton defender",
 * "Oasis guitarist"): the affiliation triple. Not roles that name a field, a prize or a place
 * ("Hollywood actor", "Oscar winner", "Wimbledon champion") and not ranks or crowns.
 */
export const AFFILIATION_ROLES = set(`president chairman chairwoman chair chief ceo executive director boss founder co-founder
  owner manager coach captain spokesman spokeswoman spokesperson secretary treasurer leader head editor correspondent
  analyst economist strategist lawyer official representative negotiator commissioner mp mep striker midfielder defender
  goalkeeper keeper winger wing forward flanker fly-half scrum-half full-back fullback hooker prop centre-back lock
  singer guitarist drummer bassist frontman frontwoman vocalist keyboardist member employee engineer scientist
  researcher spokesmen chairmen`);

/**
 * Nouns of a tie between people, or of a body someone has, that a possessive names the other side
 * of: "his wife, Cherie Booth", "his new party, Veritas" (extract/appositions.ts).
 */
export const TIE_NOUNS = set(`wife husband brother sister son daughter father mother parent partner friend girlfriend
  boyfriend fiancee fiance uncle aunt cousin nephew niece widow widower grandson granddaughter colleague counterpart
  rival successor predecessor compatriot co-star teammate mentor ally adviser advisor lawyer attorney agent
  bodyguard deputy assistant aide party club band side team company firm unit subsidiary`);

/** Words that make a multi-word proper name a place. */
export const PLACE_WORDS = set(`city river province department island islands street road square county state region valley
  mountains mount lake sea ocean bay gulf district town village airport port bridge dam canal strait highway avenue
  stadium prison base airbase hospital hotel palace mosque temple cathedral crossing
  africa europe asia oceania antarctica arctic caribbean balkans scandinavia`);

/** Words that make a proper name an event, not an actor ("the Cold War"). */
export const EVENT_WORDS = set(`war wars revolution crisis olympics cup championship championships games festival awards award
  summit conference election elections operation campaign treaty accord agreement act plan day week
  show series album film movie song single tour programme program season prize trophy open grand prix
  globes grammys oscars baftas emmys bafta grammy`);

/** Pronouns: never an endpoint; resolved to an antecedent or dropped. */
export const PERSON_PRONOUNS = set(`he him his she her hers himself herself`);
export const THING_PRONOUNS = set(`it its itself`);
export const PLURAL_PRONOUNS = set(`they them their theirs themselves`);
export const FIRST_PRONOUNS = set(`we us our ours i me my`);
export const OTHER_PRONOUNS = set(`this that these those which who whom whose what you your yours one ones everyone someone anyone nobody something anything nothing everything each both either neither another others`);

/** Definite descriptions that refer back to an actor in context. */
export const GENERIC_BY_TYPE: Record<string, 'country' | 'organization' | 'person' | 'pair'> = dict({
  country: 'country', nation: 'country', state: 'country', kingdom: 'country', republic: 'country',
  organisation: 'organization', organization: 'organization', company: 'organization', firm: 'organization',
  group: 'organization', bank: 'organization', club: 'organization', party: 'organization', body: 'organization',
  alliance: 'organization', bloc: 'organization', union: 'organization',
  minister: 'person', president: 'person', leader: 'person', premier: 'person', chancellor: 'person', official: 'person',
  spokesman: 'person', ambassador: 'person', envoy: 'person', chief: 'person', man: 'person', woman: 'person',
  // (a person description resolves only to someone named with that office: resolve/descriptions.ts)
  spokeswoman: 'person', chairman: 'person', chairwoman: 'person', governor: 'person', mayor: 'person', king: 'person',
  queen: 'person', prince: 'person', princess: 'person', senator: 'person', secretary: 'person', general: 'person',
  commander: 'person', coach: 'person', manager: 'person', director: 'person', prosecutor: 'person', judge: 'person',
  cardinal: 'person', archbishop: 'person', pope: 'person', diplomat: 'person', officer: 'person', lawmaker: 'person', legislator: 'person',
  // (these need a body of that kind by name: "the court" is not the company just named)
  team: 'organization', agency: 'organization', ministry: 'organization', council: 'organization', court: 'organization',
  committee: 'organization', commission: 'organization', league: 'organization', university: 'organization',
});

/** Things and people that say, when no one is named: "the report said", "a statement said", "analysts said". */
export const SOURCE_NOUN = /\b(report|reports|statement|communiqu[eé]|paper|newspaper|newspapers|study|survey|document|letter|book|poll|data|figures|website|television|radio|stations?|channels?|agenc(?:y|ies)|networks?|media|outlets?|broadcast|bulletin|announcement|sources?|message|memo|cable|transcript|filing|complaint|indictment|ruling|verdict|release|analysts?|traders?|economists?|experts?|observers?|critics?|witnesses|witness|announcers?|commentators?|insiders?|scientists?|researchers?|spokes(?:wo)?m[ae]n|spokesperson|officials?|laws?|constitution|decrees?|resolutions?|treaty|charter|manifesto|proposals?)$/i;

/** Speech and cognition verbs that attribute a clause: "X said that …", "…, he added". */
export const SPEECH_VERBS = set(`say tell add note state announce declare claim report stress emphasize emphasise warn
  insist explain argue assert confirm deny reply respond acknowledge admit point write remark comment indicate
  reveal suggest believe think feel told said predict inform assure notify`);

/**
 * Verbs of commitment: with a "that"-clause they report what their subject undertook ("Putin
 * promised that Russia would help"), so they attribute it as speech does; with an infinitive they
 * are the subject's own intention ("promised to help"), read in the verb chain.
 */
export const COMMIT_VERBS = set(`promise vow pledge swear threaten guarantee`);

/**
 * Verbs of allegation, whose complement is what is alleged: not asserted (extract/scope.ts), and the
 * alleger's view (extract/analyse.ts, which leaves out "charge", also a price, and "suspect", most
 * often the noun "suspects" misread as a verb).
 */
export const ALLEGING_VERBS = /^(accuse|blame|charge|suspect|allege|indict|implicate)$/;

/**
 * Verbs that judge their object for something: the phrase that says for what ("blamed the rebels
 * for the killing of X", "thanked Chile for its help to Peru", "accused Peru of the shelling of
 * Y", "charged two men with the murder of Z") gives the reason, and those it names are no parties
 * of the judging. REASON_CASE: the case word of that phrase for each (by default "for"; "charged
 * clients for access to X" bills them, and its "for" phrase is what they pay for).
 */
export const JUDGING_VERBS = /^(blame|accuse|charge|suspect|indict|implicate|criticize|criticise|condemn|denounce|praise|thank|punish|fault|congratulate|commend|applaud|rebuke|reproach|sue|fine|convict|acquit|arrest|detain|jail|imprison|sentence|prosecute|reward|honour|honor)$/;
export const REASON_CASE: Record<string, RegExp> = dict({ accuse: /^(of|for)$/, suspect: /^(of|in)$/, convict: /^(of|for)$/, acquit: /^(of)$/, charge: /^(with)$/ });
/**
 * Verbs of belief beyond those of SPEECH_VERBS: with a "that"-clause their subject holds what it
 * says ("Ortega trusts that the UN will help", "Peru fears that Chile will attack"): the clause is
 * that subject's view (extract/analyse.ts), though no speech (the sentence keeps its speaker); the
 * clause's own modality is read in extract/scope.ts.
 */
export const BELIEF_VERBS = set(`hope expect fear reckon trust anticipate doubt conclude`);

/** Modal auxiliaries and catenatives → modality/tense. */
export const MODALS: Record<string, { modality?: 'possible' | 'necessary' | 'conditional' | 'intended'; tense?: 'future' }> = dict({
  may: { modality: 'possible' }, might: { modality: 'possible' }, can: { modality: 'possible' }, could: { modality: 'possible' },
  // ("can't", "shan't" split as "ca n't", "sha n't", as "won't" is "wo n't")
  ca: { modality: 'possible' }, sha: { tense: 'future' },
  must: { modality: 'necessary' }, should: { modality: 'necessary' }, ought: { modality: 'necessary' }, need: { modality: 'necessary' },
  will: { tense: 'future' }, shall: { tense: 'future' }, "'ll": { tense: 'future' }, wo: { tense: 'future' },
  would: { modality: 'conditional' }, "'d": { modality: 'conditional' },
});
export const INTENT_VERBS = set(`plan intend aim seek want hope wish prepare expect propose threaten vow pledge promise offer try attempt bid commit strive endeavour endeavor`);
/** Modals that foretell rather than ask: "insisted that Chile would sign" reports, "should sign" asks. */
export const FORETELLING_MODALS = /^(could|would|will|can|may|might|'ll|'d|wo|ca)$/;
/**
 * Participles that describe a thing by what it carries, where it runs or what it faces, not an act
 * of the sentence's subject: "ambushed a truck carrying soldiers" (the truck carries them),
 * "captured the hill overlooking the border", "blocked the road linking the capital to the coast".
 * Not verbs people do as often as things ("holding", "leading", "running", "heading", "crossing").
 */
export const DESCRIBING_PARTICIPLES = /^(carry|transport|ferry|haul|tow|overlook|span|link|connect|border|surround|adjoin|contain|house|belong|stretch)$/;
/** Catenatives that carry no event of their own: "continue to strengthen" → strengthen. */
export const ASPECT_VERBS = set(`continue begin start keep stop cease resume go come get used help`);

/** Verbs whose object does what the infinitive says: "urged X to", "asked X to", "forced X to". */
export const OBJECT_CONTROL = /^(urge|ask|call|persuade|force|allow|invite|encourage|order|tell|warn|help|enable|permit|compel|pressure|press|appeal|instruct|advise|lead|require|request|authorize|authorise|want|expect|need|wish|prefer|like|cause|get|convince|challenge|oblige|prompt|push|trust|mobilize|mobilise|beg|empower|remind|teach|train)$/;
/** Light verbs with a noun that make an idiom naming no event of the noun's: "take charge of", "take care of". */
export const NO_EVENT_IDIOMS = /^(take (charge|care|hold|note|shape|office|heart|stock|issue)|make (sense|way))$/;
/** Nouns of demand whose clause names who is asked to act: "its demand that Israel ease …", "the call for Peru to sign". */
export const DEMAND_NOUNS: ReadonlySet<string> = new Set(['demand', 'call', 'appeal', 'request', 'insistence', 'ultimatum', 'plea']);

/**
 * Verbs of control whose passive hands its subject the event after "to" ("was ordered to pay",
 * "were asked to leave"): the ordering or asking is someone else's act, so the chain is the event
 * alone, with the modality the control gives it. Implicative ones report the event done ("was
 * forced to resign" says the resigning happened: Karttunen 1971); orders make it necessary;
 * requests and choices make it intended, as "urged X to" does in the active (extract/scope.ts).
 */
export const PASSIVE_CONTROL: Record<string, 'asserted' | 'necessary' | 'intended'> = dict({
  force: 'asserted', compel: 'asserted', persuade: 'asserted', convince: 'asserted',
  order: 'necessary', tell: 'necessary', instruct: 'necessary', direct: 'necessary', require: 'necessary', oblige: 'necessary', obligate: 'necessary',
  ask: 'intended', urge: 'intended', invite: 'intended', encourage: 'intended', advise: 'intended', call: 'intended', press: 'intended',
  pressure: 'intended', pressurise: 'intended', pressurize: 'intended', request: 'intended', challenge: 'intended', beg: 'intended', remind: 'intended',
  warn: 'intended', lobby: 'intended', push: 'intended', choose: 'intended', select: 'intended', appoint: 'intended', elect: 'intended',
  pick: 'intended', nominate: 'intended', name: 'intended', hire: 'intended', commission: 'intended', assign: 'intended', task: 'intended',
  designate: 'intended', recruit: 'intended', mandate: 'necessary',
});

/**
 * The verbs of OBJECT_CONTROL whose object, after them, is the doer of a following infinitive and
 * never what it is for: "urged the people to reflect", but "called a meeting to discuss", "pressed
 * the button to open" are purposes.
 */
export const OBJECT_CONTROL_ONLY = /^(urge|persuade|force|compel|oblige|encourage|invite|instruct|authori[sz]e|enable|permit|allow|pressure|convince|beg|remind|exhort|implore|entreat|incite)$/;

/** Nouns that turn a following gerund into a possibility or intention: "the possibility of using". */
export const MODAL_NOUNS: Record<string, 'asserted' | 'possible' | 'intended' | 'necessary'> = dict({
  // what one failed, refused or was unable to do did not happen: "Chile's failure to pay" (NEGATING_NOUNS)
  failure: 'asserted', refusal: 'intended', inability: 'possible',
  possibility: 'possible', option: 'possible', verge: 'possible', brink: 'possible', edge: 'possible', right: 'possible', threat: 'possible', risk: 'possible', prospect: 'possible',
  plan: 'intended', plans: 'intended', intention: 'intended', decision: 'intended', readiness: 'intended', willingness: 'intended',
  aim: 'intended', goal: 'intended', need: 'necessary', necessity: 'necessary', obligation: 'necessary',
  // what one is set on doing is not yet done: "reaffirmed its determination to continue the talks"
  determination: 'intended', commitment: 'intended', resolve: 'intended', desire: 'intended', wish: 'intended', intent: 'intended', ambition: 'intended', eagerness: 'intended',
  // what a deal, an offer or an effort is for is not yet done: "a deal to develop a platform"
  deal: 'intended', agreement: 'intended', bid: 'intended', offer: 'intended', proposal: 'intended', proposals: 'intended',
  attempt: 'intended', effort: 'intended', efforts: 'intended', promise: 'intended', pledge: 'intended', campaign: 'intended',
  // what a demand asks for is not yet done: "the demand that Chile pay its debt"
  demand: 'intended', demands: 'intended', request: 'intended', requests: 'intended', ultimatum: 'intended', appeal: 'intended',
  // what is alleged or reported is not asserted by the writer: "rejected allegations he pressured …"
  allegation: 'possible', allegations: 'possible', accusation: 'possible', accusations: 'possible', claim: 'possible', claims: 'possible',
  suggestion: 'possible', suggestions: 'possible', report: 'possible', reports: 'possible', rumour: 'possible', rumours: 'possible', speculation: 'possible', suspicion: 'possible', fears: 'possible', fear: 'possible',
  // ("on charges that he oversaw the fraud", "the belief that Iran armed them": charged or believed, not shown)
  charge: 'possible', charges: 'possible', belief: 'possible', theory: 'possible', warning: 'possible', warnings: 'possible',
});

/** Relational nouns: "cooperation between A and B", "aggression against B", "the involvement of A in B". */
export const RELATIONAL_NOUNS: Record<string, { label: string; lemma: string }> = dict({
  cooperation: { label: 'cooperate with', lemma: 'cooperate' }, collaboration: { label: 'collaborate with', lemma: 'collaborate' },
  agreement: { label: 'agreement with', lemma: 'agree' }, accord: { label: 'agreement with', lemma: 'agree' },
  deal: { label: 'deal with', lemma: 'deal' }, treaty: { label: 'treaty with', lemma: 'treaty' }, pact: { label: 'pact with', lemma: 'pact' },
  talks: { label: 'talk with', lemma: 'talk' }, negotiations: { label: 'negotiate with', lemma: 'negotiate' },
  dialogue: { label: 'dialogue with', lemma: 'dialogue' }, meeting: { label: 'meet with', lemma: 'meet' }, summit: { label: 'meet with', lemma: 'meet' },
  relations: { label: 'relations with', lemma: 'relation' }, ties: { label: 'ties with', lemma: 'tie' }, trade: { label: 'trade with', lemma: 'trade' },
  partnership: { label: 'partner with', lemma: 'partner' }, alliance: { label: 'ally with', lemma: 'ally' },
  war: { label: 'war with', lemma: 'war' }, conflict: { label: 'conflict with', lemma: 'conflict' }, clash: { label: 'clash with', lemma: 'clash' },
  clashes: { label: 'clash with', lemma: 'clash' }, tension: { label: 'tension with', lemma: 'tension' }, tensions: { label: 'tension with', lemma: 'tension' },
  dispute: { label: 'dispute with', lemma: 'dispute' }, rivalry: { label: 'rivalry with', lemma: 'rivalry' },
  fighting: { label: 'fight with', lemma: 'fight' }, battle: { label: 'fight with', lemma: 'fight' }, battles: { label: 'fight with', lemma: 'fight' },
  skirmish: { label: 'clash with', lemma: 'clash' }, skirmishes: { label: 'clash with', lemma: 'clash' },
  confrontation: { label: 'clash with', lemma: 'clash' }, confrontations: { label: 'clash with', lemma: 'clash' },
  aggression: { label: 'aggression against', lemma: 'aggression' }, attack: { label: 'attack', lemma: 'attack' }, attacks: { label: 'attack', lemma: 'attack' },
  invasion: { label: 'invade', lemma: 'invade' }, occupation: { label: 'occupy', lemma: 'occupy' }, sanctions: { label: 'sanction', lemma: 'sanction' },
  pressure: { label: 'pressure', lemma: 'pressure' }, threats: { label: 'threaten', lemma: 'threaten' }, threat: { label: 'threaten', lemma: 'threaten' },
  support: { label: 'support', lemma: 'support' }, aid: { label: 'aid', lemma: 'aid' }, assistance: { label: 'assist', lemma: 'assist' },
  involvement: { label: 'involved in', lemma: 'involve' }, intervention: { label: 'intervene in', lemma: 'intervene' },
  interference: { label: 'interfere in', lemma: 'interfere' }, participation: { label: 'participate in', lemma: 'participate' },
  presence: { label: 'present in', lemma: 'present' }, visit: { label: 'visit', lemma: 'visit' }, criticism: { label: 'criticize', lemma: 'criticize' },
  recognition: { label: 'recognize', lemma: 'recognize' }, membership: { label: 'member of', lemma: 'member' },
  protest: { label: 'protest against', lemma: 'protest' }, protests: { label: 'protest against', lemma: 'protest' },
  demonstration: { label: 'protest against', lemma: 'protest' }, demonstrations: { label: 'protest against', lemma: 'protest' },
  riots: { label: 'riot against', lemma: 'riot' }, strike: { label: 'strike against', lemma: 'strike' },
  offensive: { label: 'offensive against', lemma: 'attack' }, raid: { label: 'raid', lemma: 'raid' }, raids: { label: 'raid', lemma: 'raid' },
  crackdown: { label: 'crack down on', lemma: 'crack' }, blockade: { label: 'blockade', lemma: 'blockade' }, embargo: { label: 'embargo', lemma: 'embargo' },
  investigation: { label: 'investigate', lemma: 'investigate' }, inquiry: { label: 'investigate', lemma: 'investigate' },
  probe: { label: 'investigate', lemma: 'investigate' }, takeover: { label: 'take over', lemma: 'take' },
  acquisition: { label: 'acquire', lemma: 'acquire' }, condemnation: { label: 'condemn', lemma: 'condemn' },
});

/**
 * Nouns of going (extract/nominal.ts): the goer is the owner or the "of" phrase, where to or from
 * is the "to"/"from" phrase ("Jackson's defection to Labour", "the withdrawal of Syrian troops
 * from Lebanon"). `direct`: the verb takes the place "to" names as its object ("visit China").
 */
export const MOTION_NOUNS: Record<string, { verb: string; direct?: boolean }> = dict({
  defection: { verb: 'defect' }, defections: { verb: 'defect' }, withdrawal: { verb: 'withdraw' }, pullout: { verb: 'pull out' },
  return: { verb: 'return' }, move: { verb: 'move' }, switch: { verb: 'switch' }, transfer: { verb: 'transfer' },
  departure: { verb: 'depart' }, arrival: { verb: 'arrive' }, trip: { verb: 'travel' }, journey: { verb: 'travel' },
  retreat: { verb: 'retreat' }, flight: { verb: 'flee' }, escape: { verb: 'escape' }, exit: { verb: 'exit' },
  accession: { verb: 'accede' }, visit: { verb: 'visit', direct: true }, visits: { verb: 'visit', direct: true },
  deployment: { verb: 'deploy' }, expansion: { verb: 'expand' }, migration: { verb: 'migrate' }, relocation: { verb: 'relocate' },
});

/** Deverbal nouns whose "of"-object and "between"-agents form a clause: "the preparation of an agreement between A and B". */
export const ACTION_NOUNS: Record<string, string> = dict({
  preparation: 'prepare', signing: 'sign', conclusion: 'conclude', negotiation: 'negotiate', ratification: 'ratify',
  implementation: 'implement', development: 'develop', adoption: 'adopt', drafting: 'draft', discussion: 'discuss',
});

/**
 * Violent acts named by a noun (extract/event-nouns.ts): the verb of the act and the case words
 * that mark its victim ("the murder of X", "the attack on X").
 */
const OF = ['of'], ON = ['on', 'against'], ON_OF = ['of', 'on', 'against'];
export const EVENT_NOUNS: Record<string, { verb: string; patient: string[] }> = dict({
  murder: { verb: 'murder', patient: OF }, murders: { verb: 'murder', patient: OF },
  killing: { verb: 'kill', patient: OF }, killings: { verb: 'kill', patient: OF },
  assassination: { verb: 'assassinate', patient: OF }, assassinations: { verb: 'assassinate', patient: OF },
  kidnapping: { verb: 'kidnap', patient: OF }, kidnappings: { verb: 'kidnap', patient: OF },
  abduction: { verb: 'abduct', patient: OF }, abductions: { verb: 'abduct', patient: OF },
  massacre: { verb: 'massacre', patient: OF }, massacres: { verb: 'massacre', patient: OF },
  attack: { verb: 'attack', patient: ON }, attacks: { verb: 'attack', patient: ON },
  ambush: { verb: 'ambush', patient: ON_OF }, ambushes: { verb: 'ambush', patient: ON_OF },
  raid: { verb: 'raid', patient: ON }, raids: { verb: 'raid', patient: ON },
  bombing: { verb: 'bomb', patient: ON_OF }, bombings: { verb: 'bomb', patient: ON_OF },
});

/** Nouns that, after "as a", name a role in an organisation: "Belarus as a participant in the Union State". */
export const ROLE_NOUNS = set(`participant member partner party signatory founder observer ally part host chair leader head
  representative shareholder owner supplier customer client sponsor`);

/** Time words that are never subjects: "next year Russia and Belarus will…". */
export const TIME_NOUNS = set(`year years month months week weeks day days hour hours minute minutes weekend today yesterday tomorrow tonight morning evening night
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december spring summer autumn winter decade century time period moment currently now`);

/** Words after a count of time units that make it a time, not a thing: "three days ago", "two years later". */
export const RELATIVE_TIME = /^(ago|later|earlier|before|after|previously|since)$/;

/** What aid is made of: giving, sending or providing these is PLOVER's AID; giving "the order" or "details" is not. */
export const AID_NOUNS = set(`aid assistance help support relief money cash fund funds funding finance financing loan loans credit credits grant grants
  donation donations subsidy subsidies budget weapon weapons arm arms ammunition equipment material supply supplies food medicine medicines
  shelter asylum refuge protection troop troops soldier soldiers plane planes aircraft helicopter helicopters tank tanks vehicle vehicles
  care treatment training advice expertise technology fuel oil water blanket blankets tent tents vaccine vaccines backing bailout
  intelligence personnel peacekeeper peacekeepers expert experts doctor doctors observer observers reinforcement reinforcements`);

/** Feasts and holidays: dates, not bodies ("before Christmas", "over Easter", "on New Year's Eve"). */
export const HOLIDAYS = /^(christmas|xmas|easter|ramadan|hanukkah|chanukah|thanksgiving|diwali|eid|passover|lent|advent|halloween|hogmanay|whitsun|pentecost|epiphany)$/;

/** Prepositions of place: in caps wire copy a city name is trusted only after one ("IN MEDELLIN", not "JUDGE LARRY OVIEDO"). */
export const LOCATIVE = /^(in|at|near|from|to|into|outside|inside|around|of|toward|towards)$/;

/**
 * Prepositions that use the noun after them as a place where something is or happens ("met in
 * London", "fighting across Darfur"): such an object says where, not who. Users add their own edge
 * words (doc-place.ts: "from"; a relation label: "within").
 */
export const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout'];

/** A match score: "6-4", "(7-3)", "2-1". Written after a name, it is no part of it. */
export const SCORE = /^\(?\d+(?:[-–]\d+)+\)?$/;

/** Relative pronouns: "the plan which …", "the man who …". */
export const RELATIVE_PRONOUNS = /^(which|who|whom|that|whose)$/;

/** Possessive determiners: "its troops", "their leaders". */
export const POSSESSIVES = set(`his her its their our my your`);

/** Makers of works: what they are the makers "of" is a work ("creator of The Simpsons"), not a body or a person. */
export const WORK_MAKERS = /^(creator|creators|co-creator|author|authors|co-author|composer|novelist|screenwriter|scriptwriter|lyricist)$/;

/** Verb particles ("blow up", "force out"): the tagger reads them as adverbs or prepositions. */
export const PARTICLES = /^(out|up|down|off|away|back|forward)$/;

/**
 * Agents of a state named with no state ("the army", "police", "the armed forces"): extract/unnamed.ts
 * gives them the document's home country (extract/home.ts). `as` says what they stand for:
 * 'state', the state itself ("the government" is El Salvador, as "the Salvadoran government" is
 * in mentions.ts); 'body', a body of it; 'personnel', its people in arms, which take only a
 * dateline's country (a story about Iraq that says "troops" often means another country's).
 * `key` makes the id as the demonym path does ("the Salvadoran army" → slv-army; "Salvadoran
 * security forces" → slv-force); `name` follows the demonym in the node's name.
 */
export const UNNAMED_STATE: Record<string, { as: 'state' | 'body' | 'personnel'; key: string; type: 'organization' | 'group'; name: string }> = dict({
  government: { as: 'state', key: '', type: 'organization', name: '' },
  authorities: { as: 'state', key: '', type: 'organization', name: '' },
  junta: { as: 'state', key: '', type: 'organization', name: '' },
  cabinet: { as: 'state', key: '', type: 'organization', name: '' },
  army: { as: 'body', key: 'army', type: 'organization', name: 'army' },
  'national army': { as: 'body', key: 'army', type: 'organization', name: 'army' },
  'army patrol': { as: 'body', key: 'army', type: 'organization', name: 'army' },
  'military patrol': { as: 'body', key: 'army', type: 'organization', name: 'army' },
  military: { as: 'body', key: 'military', type: 'organization', name: 'military' },
  police: { as: 'body', key: 'police', type: 'organization', name: 'police' },
  'riot police': { as: 'body', key: 'police', type: 'organization', name: 'police' },
  'national police': { as: 'body', key: 'national police', type: 'organization', name: 'National Police' },
  'armed forces': { as: 'body', key: 'force', type: 'group', name: 'armed forces' },
  'security forces': { as: 'body', key: 'force', type: 'group', name: 'security forces' },
  'government forces': { as: 'body', key: 'force', type: 'group', name: 'armed forces' },
  'national guard': { as: 'body', key: 'national guard', type: 'organization', name: 'National Guard' },
  // (El Salvador's and Guatemala's fiscal police, a security force in the wire copy of their wars)
  'treasury police': { as: 'body', key: 'treasury police', type: 'organization', name: 'Treasury Police' },
  navy: { as: 'body', key: 'navy', type: 'organization', name: 'navy' },
  'air force': { as: 'body', key: 'air force', type: 'organization', name: 'Air Force' },
  'ministry of defense': { as: 'body', key: 'ministry of defense', type: 'organization', name: 'Ministry of Defense' },
  'ministry of defence': { as: 'body', key: 'ministry of defense', type: 'organization', name: 'Ministry of Defense' },
  'defense ministry': { as: 'body', key: 'ministry of defense', type: 'organization', name: 'Ministry of Defense' },
  'defence ministry': { as: 'body', key: 'ministry of defense', type: 'organization', name: 'Ministry of Defense' },
  // ("ministers" in a British story are its government's, as "British ministers" are: gbr-minister)
  ministers: { as: 'body', key: 'minister', type: 'group', name: 'ministers' },
  'government ministers': { as: 'body', key: 'minister', type: 'group', name: 'ministers' },
  troops: { as: 'personnel', key: 'troop', type: 'group', name: 'troops' },
  'government troops': { as: 'personnel', key: 'troop', type: 'group', name: 'troops' },
  'army troops': { as: 'personnel', key: 'troop', type: 'group', name: 'troops' },
  soldiers: { as: 'personnel', key: 'soldier', type: 'group', name: 'soldiers' },
  'army soldiers': { as: 'personnel', key: 'soldier', type: 'group', name: 'soldiers' },
  policemen: { as: 'personnel', key: 'policeman', type: 'group', name: 'policemen' },
  // (Chile's uniformed police, named by their own word in its wire copy)
  carabineros: { as: 'body', key: 'carabineros', type: 'organization', name: 'Carabineros' },
  // ("the Congress", "the Senate" in a Colombian story are Colombia's, whatever a dictionary says)
  congress: { as: 'body', key: 'congress', type: 'organization', name: 'Congress' },
  'national congress': { as: 'body', key: 'congress', type: 'organization', name: 'Congress' },
  senate: { as: 'body', key: 'senate', type: 'organization', name: 'Senate' },
  'house of representatives': { as: 'body', key: 'house of representatives', type: 'organization', name: 'House of Representatives' },
  'chamber of deputies': { as: 'body', key: 'chamber of deputies', type: 'organization', name: 'Chamber of Deputies' },
  'legislative assembly': { as: 'body', key: 'legislative assembly', type: 'organization', name: 'Legislative Assembly' },
  'national assembly': { as: 'body', key: 'national assembly', type: 'organization', name: 'National Assembly' },
  'supreme court': { as: 'body', key: 'supreme court', type: 'organization', name: 'Supreme Court' },
});
// "the interior ministry", "the Ministry of Finance": every ministry named by its field is its
// country's, one node whichever way it is written
for (const [field, name] of [['interior', 'Interior'], ['foreign', 'Foreign Affairs'], ['foreign affairs', 'Foreign Affairs'], ['finance', 'Finance'],
  ['justice', 'Justice'], ['health', 'Health'], ['education', 'Education'], ['agriculture', 'Agriculture'], ['labor', 'Labor'], ['labour', 'Labor'],
  ['trade', 'Trade'], ['commerce', 'Commerce'], ['economy', 'Economy'], ['environment', 'Environment'], ['energy', 'Energy'], ['transport', 'Transport'],
  ['culture', 'Culture'], ['information', 'Information'], ['tourism', 'Tourism'], ['communications', 'Communications'], ['public works', 'Public Works']] as const) {
  const body = { as: 'body' as const, key: `ministry of ${name.toLowerCase()}`, type: 'organization' as const, name: `Ministry of ${name}` };
  UNNAMED_STATE[`${field} ministry`] ??= body;
  UNNAMED_STATE[`ministry of ${field}`] ??= body;
}


/**
 * Armed agents outside the state named with no name ("guerrillas attacked the farm", "a guerrilla
 * column", "drug traffickers"): extract/unnamed.ts makes each a `group` of the home country
 * ("Salvadoran guerrillas") or a generic group, unless coreference joins it to a named armed
 * group (resolve/armed-groups.ts). `join`: the kinds of named group it may be; none for nouns
 * that say the doer is unknown ("gunmen", "assailants"). Plural or collective forms only ("a
 * guerrilla" is one person), but for those unknown doers: one is as many.
 */
export const UNNAMED_ARMED: Record<string, { key: string; name: string; join: Array<'insurgent' | 'cartel'> }> = dict({
  guerrillas: { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  guerillas: { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'urban guerrillas': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla column': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla columns': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla unit': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla units': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla commando': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla commandos': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla group': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'guerrilla forces': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'urban commandos': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  'urban commandoes': { key: 'guerrilla', name: 'guerrillas', join: ['insurgent'] },
  rebels: { key: 'rebel', name: 'rebels', join: ['insurgent'] },
  'rebel column': { key: 'rebel', name: 'rebels', join: ['insurgent'] },
  'rebel forces': { key: 'rebel', name: 'rebels', join: ['insurgent'] },
  'rebel units': { key: 'rebel', name: 'rebels', join: ['insurgent'] },
  'rebel troops': { key: 'rebel', name: 'rebels', join: ['insurgent'] },
  'rebel groups': { key: 'rebel', name: 'rebels', join: ['insurgent'] },
  'rebel commandos': { key: 'rebel', name: 'rebels', join: ['insurgent'] },
  insurgents: { key: 'insurgent', name: 'insurgents', join: ['insurgent'] },
  subversives: { key: 'subversive', name: 'subversives', join: ['insurgent'] },
  extremists: { key: 'extremist', name: 'extremists', join: ['insurgent'] },
  militants: { key: 'militant', name: 'militants', join: ['insurgent'] },
  separatists: { key: 'separatist', name: 'separatists', join: ['insurgent'] },
  terrorists: { key: 'terrorist', name: 'terrorists', join: ['insurgent', 'cartel'] },
  'terrorist commando': { key: 'terrorist', name: 'terrorists', join: ['insurgent', 'cartel'] },
  'terrorist commandos': { key: 'terrorist', name: 'terrorists', join: ['insurgent', 'cartel'] },
  'terrorist group': { key: 'terrorist', name: 'terrorists', join: ['insurgent', 'cartel'] },
  'terrorist groups': { key: 'terrorist', name: 'terrorists', join: ['insurgent', 'cartel'] },
  'drug traffickers': { key: 'drug trafficker', name: 'drug traffickers', join: ['cartel'] },
  'drug-traffickers': { key: 'drug trafficker', name: 'drug traffickers', join: ['cartel'] },
  traffickers: { key: 'drug trafficker', name: 'drug traffickers', join: ['cartel'] },
  narcotraffickers: { key: 'drug trafficker', name: 'drug traffickers', join: ['cartel'] },
  'drug dealers': { key: 'drug trafficker', name: 'drug traffickers', join: ['cartel'] },
  'drug mafia': { key: 'drug trafficker', name: 'drug traffickers', join: ['cartel'] },
  narcoterrorists: { key: 'narcoterrorist', name: 'narcoterrorists', join: ['cartel'] },
  'narco-terrorists': { key: 'narcoterrorist', name: 'narcoterrorists', join: ['cartel'] },
  gunmen: { key: 'gunman', name: 'gunmen', join: [] },
  'unidentified gunmen': { key: 'gunman', name: 'gunmen', join: [] },
  'armed men': { key: 'gunman', name: 'gunmen', join: [] },
  'heavily armed men': { key: 'gunman', name: 'gunmen', join: [] },
  'unidentified men': { key: 'gunman', name: 'gunmen', join: [] },
  'masked men': { key: 'gunman', name: 'gunmen', join: [] },
  'hooded men': { key: 'gunman', name: 'gunmen', join: [] },
  'unidentified individuals': { key: 'unidentified individual', name: 'unidentified individuals', join: [] },
  'unidentified persons': { key: 'unidentified individual', name: 'unidentified individuals', join: [] },
  'unidentified people': { key: 'unidentified individual', name: 'unidentified individuals', join: [] },
  'unidentified subjects': { key: 'unidentified individual', name: 'unidentified individuals', join: [] },
  'unknown individuals': { key: 'unidentified individual', name: 'unidentified individuals', join: [] },
  'unknown persons': { key: 'unidentified individual', name: 'unidentified individuals', join: [] },
  assailants: { key: 'assailant', name: 'assailants', join: [] },
  snipers: { key: 'sniper', name: 'snipers', join: [] },
  attackers: { key: 'attacker', name: 'attackers', join: [] },
  kidnappers: { key: 'kidnapper', name: 'kidnappers', join: [] },
  hitmen: { key: 'hitman', name: 'hitmen', join: [] },
  'hit men': { key: 'hitman', name: 'hitmen', join: [] },
  assassins: { key: 'assassin', name: 'assassins', join: [] },
  'death squads': { key: 'death squad', name: 'death squads', join: [] },
  'death squad': { key: 'death squad', name: 'death squads', join: [] },
  paramilitaries: { key: 'paramilitary', name: 'paramilitaries', join: [] },
});
// one doer unknown stands for the same unknown doers, the plural's own entry: "a gunman killed the
// judge" (no named group is ever joined to these, so one is as many; "an unidentified man" is the
// unidentified individuals, as "unidentified individuals" are)
for (const [one, many] of [['gunman', 'gunmen'], ['unidentified gunman', 'unidentified gunmen'], ['armed man', 'armed men'], ['masked man', 'masked men'],
  ['hooded man', 'hooded men'], ['unidentified man', 'unidentified individuals'], ['unidentified individual', 'unidentified individuals'], ['assailant', 'assailants'],
  ['sniper', 'snipers'], ['attacker', 'attackers'], ['kidnapper', 'kidnappers'], ['hitman', 'hitmen'], ['hit man', 'hit men'], ['assassin', 'assassins']]) UNNAMED_ARMED[one] = UNNAMED_ARMED[many];

/** Verbs of violence against people ("killed", "the murder of"): extract/unattributed.ts and event-nouns.ts read unclaimed harm by them. */
export const HARM_VERBS = /^(kill|murder|assassinate|kidnap|abduct|wound|injure|massacre|torture|behead|stab|shoot|execute|lynch|slay)$/;

/** Languages by their English names ("Hindi", "Swahili"), from world-countries' language lists. */
export const LANGUAGES: ReadonlySet<string> = new Set((worldCountries as unknown as Country[]).flatMap((c) => Object.values(c.languages ?? {})));

/** Plural nouns for bodies that "the two …" or "both …" pair ("both organisations", "the two firms"): extract/mentions.ts reads the pair, resolve/coreference.ts finds its two bodies. */
export const PAIRED_BODIES = /^(organisations|organizations|bodies|companies|firms|banks|groups|institutions|agencies)$/;

/** The months' names, in order (extract/time.ts dates them, extract/normalize.ts recases them beside a day or a year). */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Things said, decided or planned: what an "attack" on them attacks with words ("attacked his
 * policies", "attacked the decision"), which PLOVER codes as disapproval, not assault.
 */
export const IDEA_NOUNS = set(`policy policies plan plans proposal proposals decision decisions remark remarks comment comments
  statement statements report reports budget budgets idea ideas scheme schemes bill bills law laws strategy strategies record
  stance approach handling reform reforms legislation measure measures spending manifesto manifestos view views claim claims
  speech speeches ruling rulings verdict verdicts deal deals agreement agreements treaty programme programmes program programs
  system regime rules rule tactics campaign performance leadership figures move moves`);

