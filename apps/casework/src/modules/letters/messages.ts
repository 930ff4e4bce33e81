/**
 * The vocabulary of letters to the person, in the national languages FR, NL and DE, plus EN for
 * developers (R46). Terms follow the Belgian legal texts: CPAS / OCMW / ÖSHZ, "revenu
 * d'intégration" / "leefloon" / "Eingliederungseinkommen", and the deciding bodies of the organic
 * law of 8 July 1976 (in Flanders the BCSD, Decreet lokaal bestuur 2017) — domain §3.1, §3.6, §3.7.
 */
import type { Language, Texts } from '#ui/i18n.ts';

export type AidKind =
  | 'ris'
  | 'equivalent-ris'
  | 'urgent-medical-aid'
  | 'financial-aid'
  | 'installation-premium'
  | 'rental-guarantee'
  | 'heating-allowance'
  | 'medical-costs'
  | 'debt-mediation'
  | 'art60-employment'
  | 'food-aid'
  | 'reference-address'
  | 'other-aid';
export type DecisionOutcome = 'granted' | 'refused' | 'partial' | 'withdrawn';
export type DecidingBody = 'council' | 'special-committee' | 'bcsd' | 'president-urgency';
export type MotivationCategory =
  | 'resources-above-threshold'
  | 'resources-below-threshold'
  | 'not-territorially-competent'
  | 'residence-not-established'
  | 'willingness-to-work-not-shown'
  | 'other-benefits-available'
  | 'state-of-need-established'
  | 'state-of-need-not-established'
  | 'request-withdrawn'
  | 'incomplete-information';
export type LegalBasis = 'ris-law-2002' | 'organic-law-1976-art57' | 'organic-law-1976-art57-2' | 'law-1965';
export type NotificationMethod = 'registered-letter' | 'against-receipt' | 'ebox';

/** One term in every language. */
export type Labels = Texts;

const label = (fr: string, nl: string, de: string, en: string): Labels => ({ fr, nl, de, en });

export const AID_KIND_LABELS: Readonly<Record<AidKind, Labels>> = {
  ris: label('revenu d’intégration', 'leefloon', 'Eingliederungseinkommen', 'social integration income (RIS)'),
  'equivalent-ris': label(
    'aide sociale équivalente au revenu d’intégration',
    'equivalent leefloon',
    'dem Eingliederungseinkommen gleichwertige Sozialhilfe',
    'social aid equivalent to the integration income',
  ),
  'urgent-medical-aid': label('aide médicale urgente', 'dringende medische hulp', 'dringende medizinische Hilfe', 'urgent medical aid'),
  'financial-aid': label('aide financière', 'financiële hulp', 'finanzielle Hilfe', 'financial aid'),
  'installation-premium': label('prime d’installation', 'installatiepremie', 'Einrichtungsprämie', 'installation premium'),
  'rental-guarantee': label('garantie locative', 'huurwaarborg', 'Mietgarantie', 'rental guarantee'),
  'heating-allowance': label('allocation de chauffage', 'verwarmingstoelage', 'Heizkostenzulage', 'heating allowance'),
  'medical-costs': label(
    'prise en charge de frais médicaux',
    'tenlasteneming van medische kosten',
    'Übernahme medizinischer Kosten',
    'coverage of medical costs',
  ),
  'debt-mediation': label('médiation de dettes', 'schuldbemiddeling', 'Schuldnerberatung', 'debt mediation'),
  'art60-employment': label(
    'mise à l’emploi (article 60, § 7)',
    'tewerkstelling (artikel 60, § 7)',
    'Beschäftigung (Artikel 60 § 7)',
    'employment under article 60 §7',
  ),
  'food-aid': label('aide alimentaire', 'voedselhulp', 'Nahrungsmittelhilfe', 'food aid'),
  'reference-address': label('adresse de référence', 'referentieadres', 'Bezugsadresse', 'reference address'),
  'other-aid': label('autre aide', 'andere hulp', 'andere Hilfe', 'other aid'),
};

export const OUTCOME_LABELS: Readonly<Record<DecisionOutcome, Labels>> = {
  granted: label('accordée', 'toegekend', 'bewilligt', 'granted'),
  refused: label('refusée', 'geweigerd', 'abgelehnt', 'refused'),
  partial: label('accordée partiellement', 'gedeeltelijk toegekend', 'teilweise bewilligt', 'partly granted'),
  withdrawn: label('retirée', 'ingetrokken', 'zurückgezogen', 'withdrawn'),
};

/**
 * What the decision does, as the letter names it (issue 11, item 4): a first decision by its outcome
 * (grant, partial grant, refusal, withdrawal noted), or a revision, suspension or stop of an ongoing aid.
 */
export const DECISION_NATURE_LABELS: Readonly<Record<string, Labels>> = {
  grant: label('octroi', 'toekenning', 'Bewilligung', 'grant'),
  'partial-grant': label('octroi partiel', 'gedeeltelijke toekenning', 'teilweise Bewilligung', 'partial grant'),
  refusal: label('refus', 'weigering', 'Ablehnung', 'refusal'),
  withdrawal: label(
    'prise d’acte du retrait de la demande',
    'akteneming van de intrekking van de aanvraag',
    'Kenntnisnahme der Rücknahme des Antrags',
    'withdrawal of the request noted',
  ),
  revision: label(
    'révision d’une aide en cours',
    'herziening van een lopende hulp',
    'Revision einer laufenden Hilfe',
    'revision of an ongoing aid',
  ),
  suspension: label('suspension de l’aide', 'schorsing van de hulp', 'Aussetzung der Hilfe', 'suspension of the aid'),
  stop: label('arrêt de l’aide', 'stopzetting van de hulp', 'Einstellung der Hilfe', 'stop of the aid'),
};

/** The nature code of a decision from its kind and outcome (the key of DECISION_NATURE_LABELS). */
export function decisionNature(kind: string | undefined, outcome: string): string {
  if (kind === 'revision' || kind === 'suspension' || kind === 'stop') return kind;
  return { granted: 'grant', partial: 'partial-grant', refused: 'refusal', withdrawn: 'withdrawal' }[outcome] ?? outcome;
}

/** RIS law of 26 May 2002, art. 14 §1: the category the integration income is granted at. */
export const RIS_CATEGORY_LABELS: Readonly<Record<string, Labels>> = {
  cohabiting: label('cohabitant', 'samenwonende', 'zusammenwohnende Person', 'cohabiting person'),
  isolated: label('personne isolée', 'alleenstaande', 'alleinstehende Person', 'isolated person'),
  family: label(
    'personne avec famille à charge',
    'persoon met gezin ten laste',
    'Person mit Familie zu Lasten',
    'person with family dependants',
  ),
};

export const DECIDING_BODY_LABELS: Readonly<Record<DecidingBody, Labels>> = {
  council: label('conseil de l’action sociale', 'raad voor maatschappelijk welzijn', 'Sozialhilferat', 'council for social action'),
  'special-committee': label(
    'comité spécial du service social',
    'bijzonder comité voor de sociale dienst',
    'Sonderausschuss für den Sozialdienst',
    'special committee for the social service',
  ),
  // The BCSD is the Flemish name of the same body (Decreet lokaal bestuur 2017, domain §3.1).
  bcsd: label(
    'comité spécial du service social',
    'bijzonder comité voor de sociale dienst',
    'Sonderausschuss für den Sozialdienst',
    'special committee for the social service (BCSD)',
  ),
  'president-urgency': label(
    'président en urgence',
    'voorzitter bij hoogdringendheid',
    'Präsident in Dringlichkeitsfällen',
    'president, in urgency',
  ),
};

/** Written as the body of a sentence: the letter adds the capital and the full stop. */
export const MOTIVATION_CATEGORY_LABELS: Readonly<Record<MotivationCategory, Labels>> = {
  'resources-above-threshold': label(
    'vos ressources dépassent le montant applicable',
    'uw bestaansmiddelen liggen boven het toepasselijke bedrag',
    'Ihre Existenzmittel übersteigen den geltenden Betrag',
    'your resources exceed the applicable amount',
  ),
  'resources-below-threshold': label(
    'vos ressources sont inférieures au montant applicable',
    'uw bestaansmiddelen liggen onder het toepasselijke bedrag',
    'Ihre Existenzmittel liegen unter dem geltenden Betrag',
    'your resources are below the applicable amount',
  ),
  'not-territorially-competent': label(
    'le CPAS n’est pas territorialement compétent',
    'het OCMW is niet territoriaal bevoegd',
    'das ÖSHZ ist örtlich nicht zuständig',
    'the CPAS is not territorially competent',
  ),
  'residence-not-established': label(
    'votre résidence effective n’a pas pu être établie',
    'uw werkelijke verblijfplaats kon niet worden vastgesteld',
    'Ihr tatsächlicher Wohnort konnte nicht festgestellt werden',
    'your actual residence could not be established',
  ),
  'willingness-to-work-not-shown': label(
    'votre disposition au travail n’a pas été démontrée',
    'uw werkbereidheid werd niet aangetoond',
    'Ihre Arbeitsbereitschaft wurde nicht nachgewiesen',
    'your willingness to work has not been shown',
  ),
  'other-benefits-available': label(
    'vous pouvez faire valoir vos droits à d’autres prestations',
    'u kunt uw rechten op andere uitkeringen laten gelden',
    'Sie können Ihre Ansprüche auf andere Leistungen geltend machen',
    'you are entitled to other benefits',
  ),
  'state-of-need-established': label(
    'votre état de besoin est établi',
    'uw staat van behoefte is aangetoond',
    'Ihre Bedürftigkeit ist nachgewiesen',
    'your state of need is established',
  ),
  'state-of-need-not-established': label(
    'votre état de besoin n’est pas établi',
    'uw staat van behoefte is niet aangetoond',
    'Ihre Bedürftigkeit ist nicht nachgewiesen',
    'your state of need is not established',
  ),
  'request-withdrawn': label(
    'vous avez retiré votre demande',
    'u hebt uw aanvraag ingetrokken',
    'Sie haben Ihren Antrag zurückgezogen',
    'you withdrew your request',
  ),
  'incomplete-information': label(
    'les renseignements nécessaires à l’examen de votre demande n’ont pas été fournis',
    'de inlichtingen die nodig zijn om uw aanvraag te onderzoeken, werden niet verstrekt',
    'die zur Prüfung Ihres Antrags erforderlichen Auskünfte wurden nicht erteilt',
    'the information needed to examine your request was not provided',
  ),
};

export const LEGAL_BASIS_LABELS: Readonly<Record<LegalBasis, Labels>> = {
  'ris-law-2002': label(
    'loi du 26 mai 2002 concernant le droit à l’intégration sociale',
    'wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie',
    'Gesetz vom 26. Mai 2002 über das Recht auf soziale Eingliederung',
    'law of 26 May 2002 on the right to social integration',
  ),
  'organic-law-1976-art57': label(
    'loi du 8 juillet 1976 organique des centres publics d’action sociale, article 57',
    'organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn, artikel 57',
    'Grundlagengesetz vom 8. Juli 1976 über die öffentlichen Sozialhilfezentren, Artikel 57',
    'organic law of 8 July 1976 on CPAS, article 57',
  ),
  'organic-law-1976-art57-2': label(
    'loi du 8 juillet 1976 organique des centres publics d’action sociale, article 57, § 2',
    'organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn, artikel 57, § 2',
    'Grundlagengesetz vom 8. Juli 1976 über die öffentlichen Sozialhilfezentren, Artikel 57 § 2',
    'organic law of 8 July 1976 on CPAS, article 57 §2',
  ),
  'law-1965': label(
    'loi du 2 avril 1965 relative à la prise en charge des secours accordés par les centres publics d’action sociale',
    'wet van 2 april 1965 betreffende het ten laste nemen van de steun verleend door de openbare centra voor maatschappelijk welzijn',
    'Gesetz vom 2. April 1965 über die Übernahme der von den öffentlichen Sozialhilfezentren gewährten Unterstützung',
    'law of 2 April 1965 on the charging of aid granted by CPAS',
  ),
};

export const NOTIFICATION_METHOD_LABELS: Readonly<Record<NotificationMethod, Labels>> = {
  'registered-letter': label('lettre recommandée', 'aangetekende brief', 'Einschreiben', 'registered letter'),
  'against-receipt': label(
    'remise contre accusé de réception',
    'afgifte tegen ontvangstbewijs',
    'Aushändigung gegen Empfangsbestätigung',
    'handed over against receipt',
  ),
  ebox: label('eBox', 'eBox', 'eBox', 'eBox'),
};

/** The status of an aid request and of a decision, as a disclosure or a letter prints them. */
export const REQUEST_STATUS_LABELS: Readonly<Record<string, Labels>> = {
  received: label('reçue', 'ontvangen', 'eingegangen', 'received'),
  investigating: label('enquête sociale en cours', 'sociaal onderzoek lopend', 'Sozialuntersuchung läuft', 'under investigation'),
  'report-signed': label('rapport social signé', 'sociaal verslag ondertekend', 'Sozialbericht unterzeichnet', 'social report signed'),
  decided: label('décidée', 'beslist', 'entschieden', 'decided'),
  notified: label('décision notifiée', 'beslissing betekend', 'Beschluss zugestellt', 'decision notified'),
  transferred: label(
    'transmise au CPAS compétent',
    'overgemaakt aan het bevoegde OCMW',
    'an das zuständige ÖSHZ weitergeleitet',
    'transferred',
  ),
  closed: label('clôturée', 'afgesloten', 'abgeschlossen', 'closed'),
};
export const DECISION_STATUS_LABELS: Readonly<Record<string, Labels>> = {
  final: label('définitive', 'definitief', 'endgültig', 'final'),
  contested: label('contestée par la personne', 'betwist door de persoon', 'von der Person angefochten', 'contested'),
  corrected: label('corrigée', 'verbeterd', 'berichtigt', 'corrected'),
  annulled: label('annulée', 'vernietigd', 'aufgehoben', 'annulled'),
};

export const CODE_LABELS = {
  'request-status': REQUEST_STATUS_LABELS,
  'decision-status': DECISION_STATUS_LABELS,
  'aid-kind': AID_KIND_LABELS,
  outcome: OUTCOME_LABELS,
  'decision-nature': DECISION_NATURE_LABELS,
  'ris-category': RIS_CATEGORY_LABELS,
  'deciding-body': DECIDING_BODY_LABELS,
  'motivation-category': MOTIVATION_CATEGORY_LABELS,
  'legal-basis': LEGAL_BASIS_LABELS,
  'notification-method': NOTIFICATION_METHOD_LABELS,
} as const;

export type LabelGroup = keyof typeof CODE_LABELS;

/**
 * A code's label in the reader's language; the code itself when the group, the code or the
 * language is unknown — code lists are extensible per CPAS, so a letter must never fail on them.
 */
export function labelFor(language: Language, group: LabelGroup, code: string): string {
  const labels: Readonly<Record<string, Labels>> | undefined = Object.hasOwn(CODE_LABELS, group) ? CODE_LABELS[group] : undefined;
  const entry = labels && Object.hasOwn(labels, code) ? labels[code] : undefined;
  const text = entry && Object.hasOwn(entry, language) ? entry[language] : undefined;
  return typeof text === 'string' ? text : code;
}

export const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

/** Printed dates and times are Belgian civil time, whatever the server's zone. */
const TIME_ZONE = 'Europe/Brussels';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: string): { date: Date; timeZone: string } {
  // A `YYYY-MM-DD` value is a calendar date (a legal date such as a deadline): it is printed as
  // is, never shifted by a time zone. A timestamp is printed in Brussels time.
  const dateOnly = DATE_ONLY.exec(value);
  const date = dateOnly ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(value)}`);
  return { date, timeZone: dateOnly ? 'UTC' : TIME_ZONE };
}

/** Formatters built once per language, kind and time zone (building one costs more than formatting with it). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (key: string, make: () => Intl.DateTimeFormat) => {
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = make()));
  return found;
};

/** A date in the Belgian long form: `3 mars 2025`, `3 maart 2025`, `3. März 2025`. */
export function formatDate(language: Language, value: string): string {
  const { date, timeZone } = parseDate(value);
  return formatter(
    `d:${language}:${timeZone}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone }),
  ).format(date);
}

/** The Brussels clock time of a timestamp, e.g. `09:15`. */
export function formatTime(language: Language, value: string): string {
  const { date, timeZone } = parseDate(value);
  return formatter(
    `t:${language}:${timeZone}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
  ).format(date);
}

/**
 * An amount in euro as written in the language's Belgian usage: `1 234,56 €` (fr), `€ 1.234,56`
 * (nl), `1.234,56 €` (de). Separators are no-break spaces (U+00A0, present in the PDF fonts'
 * WinAnsi encoding, unlike the narrow U+202F that ICU emits) so an amount never wraps.
 */
export function formatAmount(language: Language, cents: number): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/[\u2009\u202f ]/g, '\u00a0');
}

/**
 * The judicial districts (arrondissements judiciaires / gerechtelijke arrondissementen, law of
 * 1 December 2013 reforming the judicial districts) as far as the labour court goes: the court
 * competent for a dispute on a CPAS decision is the labour court of the claimant's domicile
 * (Judicial Code art. 628, 14°), and a CPAS helps the persons residing in its municipality, so the
 * CPAS's district names the court. [FROM GENERAL KNOWLEDGE] (domain §3.2 cites the appeal, not the map.)
 */
export const JUDICIAL_DISTRICTS = [
  'brussels',
  'halle-vilvoorde',
  'antwerp',
  'limburg',
  'east-flanders',
  'west-flanders',
  'leuven',
  'walloon-brabant',
  'hainaut',
  'liege',
  'luxembourg',
  'namur',
  'eupen',
] as const;
export type JudicialDistrict = (typeof JUDICIAL_DISTRICTS)[number];
export const isJudicialDistrict = (value: unknown): value is JudicialDistrict =>
  typeof value === 'string' && (JUDICIAL_DISTRICTS as readonly string[]).includes(value);

type LabourCourt = {
  /** The court's name in each language of the letters; the official name is the one in `official`. */
  names: Labels;
  /** The language(s) the court sits in (laws on the use of languages in judicial matters, 15 June 1935). */
  official: readonly Language[];
};

const court = (official: readonly Language[], fr: string, nl: string, de: string, en: string): LabourCourt => ({
  names: label(fr, nl, de, en),
  official,
});

const COURTS = {
  // Brussels has two labour courts since 2014, one per language (Judicial Code art. 73): the letter
  // names the one of its own language. A German letter names the francophone one (the person
  // chooses; German is not a language of the Brussels courts).
  'brussels-fr': court(
    ['fr'],
    'Tribunal du travail francophone de Bruxelles',
    'Franstalige arbeidsrechtbank Brussel',
    'Französischsprachiges Arbeitsgericht Brüssel',
    'French-speaking Labour Court of Brussels',
  ),
  'brussels-nl': court(
    ['nl'],
    'Tribunal du travail néerlandophone de Bruxelles',
    'Nederlandstalige arbeidsrechtbank Brussel',
    'Niederländischsprachiges Arbeitsgericht Brüssel',
    'Dutch-speaking Labour Court of Brussels',
  ),
  antwerp: court(
    ['nl'],
    'Tribunal du travail d’Anvers',
    'Arbeidsrechtbank Antwerpen',
    'Arbeitsgericht Antwerpen',
    'Labour Court of Antwerp',
  ),
  ghent: court(['nl'], 'Tribunal du travail de Gand', 'Arbeidsrechtbank Gent', 'Arbeitsgericht Gent', 'Labour Court of Ghent'),
  leuven: court(['nl'], 'Tribunal du travail de Louvain', 'Arbeidsrechtbank Leuven', 'Arbeitsgericht Löwen', 'Labour Court of Leuven'),
  'walloon-brabant': court(
    ['fr'],
    'Tribunal du travail du Brabant wallon',
    'Arbeidsrechtbank Waals-Brabant',
    'Arbeitsgericht Wallonisch-Brabant',
    'Labour Court of Walloon Brabant',
  ),
  hainaut: court(
    ['fr'],
    'Tribunal du travail du Hainaut',
    'Arbeidsrechtbank Henegouwen',
    'Arbeitsgericht Hennegau',
    'Labour Court of Hainaut',
  ),
  liege: court(['fr'], 'Tribunal du travail de Liège', 'Arbeidsrechtbank Luik', 'Arbeitsgericht Lüttich', 'Labour Court of Liège'),
  eupen: court(['de'], 'Tribunal du travail d’Eupen', 'Arbeidsrechtbank Eupen', 'Arbeitsgericht Eupen', 'Labour Court of Eupen'),
} as const satisfies Record<string, LabourCourt>;

/** Which court hears the district's disputes (Judicial Code art. 73, annex "ressorts"). */
const DISTRICT_COURTS: Readonly<Record<Exclude<JudicialDistrict, 'brussels'>, keyof typeof COURTS>> = {
  // Halle-Vilvoorde is in the Brussels district but its labour disputes go to the Dutch-speaking court.
  'halle-vilvoorde': 'brussels-nl',
  antwerp: 'antwerp',
  limburg: 'antwerp',
  'east-flanders': 'ghent',
  'west-flanders': 'ghent',
  leuven: 'leuven',
  'walloon-brabant': 'walloon-brabant',
  hainaut: 'hainaut',
  liege: 'liege',
  // The labour court of Liège has divisions in the provinces of Luxembourg and Namur.
  luxembourg: 'liege',
  namur: 'liege',
  eupen: 'eupen',
};

/**
 * The competent labour court's name for a letter in `language`: in the letter's language, followed
 * by the official name when the court does not sit in that language (a Dutch letter from Liège:
 * "Arbeidsrechtbank Luik (Tribunal du travail de Liège)"), so the person finds it and the letter
 * stays in one language. In Brussels, the court of the letter's language.
 */
export function labourCourtName(district: JudicialDistrict, language: Language): string {
  const key = district === 'brussels' ? (language === 'nl' ? 'brussels-nl' : 'brussels-fr') : DISTRICT_COURTS[district];
  const found: LabourCourt = COURTS[key];
  const name = found.names[language];
  if (found.official.includes(language)) return name;
  const official = found.names[found.official[0]!];
  return official === name ? name : `${name} (${official})`;
}

/** Country names for a postal address abroad, in the letter's language (the line is written in capitals). */
const COUNTRY_NAMES: Readonly<Record<string, Labels>> = {
  BE: label('Belgique', 'België', 'Belgien', 'Belgium'),
  NL: label('Pays-Bas', 'Nederland', 'Niederlande', 'Netherlands'),
  FR: label('France', 'Frankrijk', 'Frankreich', 'France'),
  DE: label('Allemagne', 'Duitsland', 'Deutschland', 'Germany'),
  LU: label('Luxembourg', 'Luxemburg', 'Luxemburg', 'Luxembourg'),
};

/**
 * The lines of a postal address as bpost wants them: street and number, then postal code and
 * municipality; a country line only abroad, in capitals, in the letter's language (the ISO code when
 * the country is not in the list).
 */
export function postalAddressLines(
  language: Language,
  address: { street?: string | null; postalCode?: string | null; municipality?: string | null; country?: string | null },
): string[] {
  const street = address.street?.trim() ?? '';
  const locality = [address.postalCode?.trim() ?? '', address.municipality?.trim() ?? ''].filter((part) => part !== '').join(' ');
  if (street === '' && locality === '') return [];
  const country = (address.country ?? 'BE').toUpperCase();
  const lines = [street, locality].filter((line) => line !== '');
  if (country !== 'BE') lines.push((COUNTRY_NAMES[country]?.[language] ?? country).toLocaleUpperCase(LOCALES[language]));
  return lines;
}
