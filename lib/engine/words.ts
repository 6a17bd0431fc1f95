/** Small word lists the engine's rules use. All entries are normalized (lower case, no accents). */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Aliases that are also everyday English words: capitalized at a sentence start they need support. */
export const COMMON_WORD_NAMES = set(`
  nice turkey chad georgia mobile reading bath will bill mark hope faith victoria
  grace joy rose iris jack frank sky bush brown white black green young king
  jersey wells page may march`);

/** Capitalized even mid-sentence without naming anyone: need a cue or a fuller mention anywhere. */
export const ALWAYS_AMBIGUOUS = set('may march april june august');

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
export const MONTHS = set(
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** Titles and honorifics before a person's name. Multi-word titles end in one of these. */
export const PERSON_TITLES = set(`
  president prime minister chancellor mr mr. mrs mrs. ms ms. dr dr. envoy general king queen
  prince princess senator sen. rep. representative governor mayor pope sheikh secretary ambassador
  spokesman spokeswoman spokesperson leader chief judge justice commander colonel captain
  lieutenant sir lady lord premier adviser advisor director ceo chairman chairwoman emir
  sultan archbishop bishop cardinal professor prof. president-elect vice deputy
  sen rep gen gov lt col capt sgt prof rev ombudsman ombudswoman prosecutor commissioner
  inspector superintendent correspondent chair chairperson executive speaker cllr councillor councilor
  alderman`);

/** Titles that are also surnames ("Kevin King"): after a first name and before no capitalized word they end the name. */
export const SURNAME_TITLES = set('king queen prince bishop judge lord young marshal sultan');

/** Abbreviations whose period does not end a sentence ("Mr. Witkoff", "St. Petersburg"). */
export const ABBREVIATIONS = set(`
  mr mrs ms dr st mt ft sen rep gen gov lt col capt sgt prof rev jr sr no vs gen maj adm cmdr sen`);

/** Name particles: a capitalized run joined by these is still a person's name ("Ursula von der Leyen"). */
export const PARTICLES = set('de da di du del della van von der den al bin ibn la le y do dos das');

/** Words before a place name. */
export const PLACE_CUES = set('in near city town village capital region province county');

/**
 * Words that end a business's name ("Wellmore Pharmacy", "Northwind Airways"): organisation words to the
 * spotter (ORG_SUFFIXES) and the claims engine (NON_PERSON_WORDS) alike.
 */
export const BUSINESS_WORDS = set(`
  pharmacy pharmacies airways railways rail energy foods stores supermarkets insurance logistics systems
  solutions pharmaceuticals therapeutics studios records entertainment brewery bakery bakeries hotels
  restaurants shipping mining steel partners estates properties investments developments`);

/**
 * Words that end the name of an institution of the arts or of animals ("Meridian Ballet", "Ashcombe Zoo"): organisation
 * words to the spotter (ORG_SUFFIXES) and the claims engine (NON_PERSON_WORDS) alike.
 */
export const INSTITUTION_WORDS = set('zoo aquarium orchestra choir ballet opera');

/** Words that end organization names. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([...set(`
  ministry council institute party bank university agency group inc inc. corp corp. ltd ltd.
  company committee commission association foundation union organization organisation
  department office court parliament assembly army forces police times news post press fund
  federation league club airlines motors technologies labs media network service services
  authority board bureau alliance coalition movement front brigade corporation holdings
  college school hospital church senate congress cabinet government guard navy metro
  journal herald tribune independent gazette chronicle telegraph guardian observer express
  standard courier mirror prison jail penitentiary collective cooperative consortium partnership forum caucus`), ...BUSINESS_WORDS, ...INSTITUTION_WORDS]);

/** Office domains in "Secretary of State", "Minister of Foreign Affairs": part of the title. */
export const OFFICE_DOMAINS = set(`
  state defence defense foreign affairs interior internal home justice finance health education
  energy agriculture commerce labor labour treasury transport culture economy trade war
  homeland security environment public prosecution prosecutions research advocacy communications
  policy operations intelligence staff`);

/** Words that end place names. */
export const PLACE_SUFFIXES = set(`
  city river island islands mountains mountain province region county street square valley
  lake sea ocean bay strait gulf peninsula desert oblast district coast heights`);

/** Lower-case words allowed inside a multi-word name ("Bank of England", "Charles de Gaulle"). */
export const NAME_CONNECTORS = set('of the de da di du del della van von der den al bin ibn la le y for am upon sur ob do dos das');

/** Prepositions written with a capital inside a name: "Without" in "Reporters Without Borders". */
export const CAPITAL_CONNECTORS = set('without against beyond');

/** Capitalized words that do not start or make a name (sentence starters, pronouns, captions...). */
export const NOT_NAMES = set(`
  the a an and but or nor if in on at of for to by with from as into onto over under about
  after before when while since during until however meanwhile moreover furthermore therefore
  this that these those there here it its he she they we i you his her their our my your me us
  them him what who whom which where why how not no yes also asked speaking according despite
  although though because so then now today yesterday tomorrow tonight some many most all both
  each every other such one two three four five more less just only
  even still yet image photo picture video read watch source sources update updated god lord
  said says say told tells added adding let let's do does did is are was were be been being
  has have had can could would should must might shall will may perhaps maybe please thank
  thanks hello dear oh well indeed instead unlike like whether once upon via per among
  later earlier afterwards previously separately again soon recently currently overall
  breaking live exclusive opinion analysis editorial comment follow share subscribe advertisement
  following including excluding regarding concerning amid amidst across outside inside within without
  toward towards against between beyond behind above below around through throughout besides except
  tv dna gdp ok rs usd eur gbp inr`);

/** Everyday words that are also first names: capitalized mid-sentence before another capitalized word, a name ("Will Moy"). */
export const FIRST_NAME_WORDS = set('will may mark bill hope grace joy rose frank');

/** Nationality adjectives and demonyms: a span made only of these is not a name. */
export const DEMONYMS = set(`
  american americans european europeans french british english scottish welsh irish german
  germans italian italians spanish portuguese dutch belgian swiss austrian swedish norwegian
  danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek greeks
  turkish russian russians ukrainian ukrainians belarusian georgian armenian azerbaijani
  israeli israelis palestinian palestinians arab arabs iranian iranians iraqi iraqis syrian
  syrians lebanese jordanian egyptian egyptians saudi saudis emirati qatari yemeni afghan
  afghans pakistani pakistanis indian indians chinese japanese korean koreans taiwanese
  vietnamese thai indonesian filipino australian australians canadian canadians mexican
  mexicans brazilian brazilians argentine argentinian chilean colombian venezuelan cuban
  african africans asian asians western eastern northern southern nigerian kenyan
  ethiopian sudanese somali libyan tunisian moroccan algerian serbian croatian bosnian
  kosovar albanian estonian latvian lithuanian moldovan kurdish kurds jewish muslim
  christian catholic protestant orthodox sunni shia shiite latin nordic baltic balkan soviet
  democrat democrats republican republicans conservative conservatives liberal liberals
  labour socialist communist nazi nazis neo-nazi fascist fascists ecuadorean ecuadorian
  uighur uighurs uyghur uyghurs tibetan tibetans pashtun pashtuns tamil tamils rohingya yazidi yazidis druze
  hazara hazaras baloch sikh sikhs hindu hindus buddhist buddhists`);

/** Endings that make a demonym of a place name ("Ecuador" + "ean", "Yemen" + "i"). */
export const DEMONYM_ENDINGS = ['ean', 'ian', 'an', 'ese', 'ish', 'i', 'n'];

/** Demonym test that also accepts a plural the list lacks. */
export function isDemonym(w: string): boolean {
  return DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1)));
}
