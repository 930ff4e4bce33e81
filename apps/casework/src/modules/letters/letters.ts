/**
 * Letters to the person, as PDF, in the person's language (R46): the notification of a decision,
 * with its formal motivation and the appeal paragraph (R9, R10, R12), and the acknowledgement of
 * receipt of an aid request (R6).
 *
 * Pure rendering: a letter prints only what its input holds, and the inputs have no field for
 * working or confidential notes (professional secrecy, art. 458 Criminal Code, organic law art. 50;
 * domain §4.1). Output is deterministic for a given input: the PDF dates come from `generatedAt`.
 * Article numbers are [FROM GENERAL KNOWLEDGE] (domain §3.2): they are cited in comments, while the
 * wording printed for the person stays in plain words.
 */
import PDFDocument from 'pdfkit';
import { isLanguage, type Language } from '#ui/i18n.ts';
import {
  formatAmount,
  formatDate,
  formatTime,
  labelFor,
  decisionNature,
  isJudicialDistrict,
  labourCourtName,
  type DecisionOutcome,
  type JudicialDistrict,
} from './messages.ts';
import { BOLD, FONT, printable, useLetterFonts } from './fonts.ts';
import type { LetterSettings } from './letters.schema.ts';

/** One signatory of the CPAS's letters; `gender` chooses the title ("La Présidente", "Die Generaldirektorin"). */
export type Signatory = { name: string; gender?: 'female' | 'male' };

export type LetterInstitution = {
  name: string;
  /**
   * The CPAS's name and address in each language of its letters, where they differ (a Brussels CPAS
   * is "CPAS de Forest" and "OCMW Vorst", rue du Curé and Pastoorstraat); `name`/`address` otherwise.
   */
  names?: Partial<Record<Language, string>>;
  addresses?: Partial<Record<Language, string>>;
  /** Enterprise number (BCE/KBO/ZDU), 10 digits. */
  kbo: string;
  address?: string;
  serviceContact: { phone?: string; email?: string };
  /**
   * The CPAS's judicial district: it names the competent labour court in the letter's language
   * (Charter of the social insured, law of 11 April 1995, art. 14: the decision names the court).
   */
  judicialDistrict?: JudicialDistrict;
  /** The address of that court's registry, per letter language (setting `letters.labourCourtAddress*`). */
  labourCourtAddress?: Partial<Record<Language, string>>;
  /**
   * Legacy: the court as one free text, in `language` (the CPAS's own language). Used only when no
   * district is set, and only in a letter of that language; otherwise the letter names the court of
   * the person's domicile in words of its own language (never a French court name in a Dutch letter).
   */
  labourCourt?: string;
  language?: Language;
  /**
   * The signature block (organic law of 8 July 1976: the president and the director general sign
   * the CPAS's correspondence). Without it the letter ends with the CPAS's name only.
   */
  signature?: { president?: Signatory; directorGeneral?: Signatory };
};

/**
 * The addressee. `addressLines` is the postal address (see `postalAddressLines`); `address` is a
 * free text kept for callers that have one.
 */
export type LetterPerson = { familyName: string; givenNames: string; address?: string; addressLines?: readonly string[] };

/** The worker the person can call about the file (name, direct phone, e-mail); the service's contact otherwise. */
export type LetterWorker = { name: string; phone?: string; email?: string };

export type DecisionLetterInput = {
  language: Language;
  institution: LetterInstitution;
  person: LetterPerson;
  decision: {
    ref: string;
    /** `YYYY-MM-DD`. */
    decidedAt: string;
    /** A `deciding-body` code. */
    body: string;
    /** An `aid-kind` code. */
    aidType: string;
    outcome: DecisionOutcome;
    amountCents?: number;
    period?: { from: string; to?: string };
    /** A `legal-basis` code. */
    legalBasis: string;
    /** A `motivation-category` code. */
    motivationCategory: string;
    /**
     * The reasons written for this decision, printed as given — only in a letter of the language
     * they are written in (see `motivationLanguage`).
     */
    motivationText?: string;
    /** What the decision does: first decision, or a revision, suspension or stop of an ongoing aid (issue 11, item 4). */
    kind?: 'initial' | 'revision' | 'suspension' | 'stop';
    /** RIS law art. 14 §1: the category the RIS is granted at. */
    risCategory?: 'cohabiting' | 'isolated' | 'family';
    /**
     * The language the reasons are written in. When absent it is recognised from the text
     * (`recogniseLanguage`); a text whose language is not the letter's is not printed: the letter
     * says so instead (laws on the use of languages in administrative matters, coordinated 18 July
     * 1966: a person is written to in their language).
     */
    motivationLanguage?: Language;
  };
  /** The worker in charge, printed as the contact person. */
  worker?: LetterWorker;
  acknowledgementNumber: string;
  /** The date of the request (the original one for a transferred request). */
  receivedAt: string;
  /** When the notification was sent, if it already was (a reprint). */
  notifiedAt?: string | null;
  generatedAt: string;
};

export type AcknowledgementInput = {
  language: Language;
  institution: LetterInstitution;
  person: LetterPerson;
  number: string;
  /** Timestamp of receipt; printed as Brussels date and time. */
  receivedAt: string;
  /** An `aid-kind` code. */
  kind: string;
  /** `YYYY-MM-DD`. */
  decisionDue: string;
  worker?: LetterWorker;
  /**
   * For a request transferred by another CPAS: the date of the first request, from which the
   * deadlines run (law of 2 April 1965; R7).
   */
  originalReceivedAt?: string;
  generatedAt: string;
};

type LetterText = {
  colon: string;
  enterpriseNumber: string;
  decisionTitle: string;
  subject: (aid: string) => string;
  salutation: string;
  intro: (decidedAt: string, receivedAt: string, ackNumber: string) => string;
  outcome: (outcome: string, aid: string, outcomeLabel: string) => string;
  labels: {
    date: string;
    subject: string;
    ref: string;
    ack: string;
    sentAt: string;
    body: string;
    decidedAt: string;
    aid: string;
    outcome: string;
    amount: string;
    period: string;
    legalBasis: string;
    nature: string;
    risCategory: string;
    name: string;
    receivedAt: string;
    kind: string;
    decisionDue: string;
  };
  period: (from: string, to: string | undefined) => string;
  motivationTitle: string;
  hearing: string;
  appealTitle: string;
  appeal: (court: string | undefined) => string;
  review: string;
  contact: (contact: string, ref: string) => string;
  closing: string;
  ackTitle: string;
  at: (date: string, time: string) => string;
  received: (date: string, time: string, kind: string) => string;
  deadlinesRun: string;
  transferred: (original: string) => string;
  due: (date: string) => string;
  ackHearing: string;
  incompetent: string;
  /** Said instead of reasons written in another language than the letter's. */
  motivationElsewhere: string;
  /** The contact person: name, then phone and e-mail. */
  workerContact: (name: string, contact: string) => string;
  courtAddress: (court: string, address: string | undefined) => string;
  president: (gender: Signatory['gender']) => string;
  directorGeneral: (gender: Signatory['gender']) => string;
  /** "For the CPAS," above the signatures. */
  onBehalf: string;
};

// French "de" elides before a vowel or a mute h: "demande d’aide médicale urgente".
const frDe = (word: string) => (/^[aeiouyhàâäéèêëîïôöûüæœ]/i.test(word) ? `d’${word}` : `de ${word}`);
// A known outcome's sentence; undefined for an unknown or inherited key ("constructor").
const sentenceFor = (outcome: string, sentences: Record<DecisionOutcome, string>): string | undefined =>
  Object.hasOwn(sentences, outcome) ? sentences[outcome as DecisionOutcome] : undefined;
const contactSuffix = (colon: string, contact: string) => (contact ? `${colon}${contact}` : '');
const withAddress = (court: string, address: string | undefined) => (address ? `${court}, ${address}` : court);

const TEXTS: Readonly<Record<Language, LetterText>> = {
  fr: {
    colon: ' : ',
    enterpriseNumber: 'BCE',
    decisionTitle: 'Notification de décision',
    subject: (aid) => `Décision relative à votre demande ${frDe(aid)}`,
    salutation: 'Madame, Monsieur,',
    intro: (decidedAt, receivedAt, ack) =>
      `Nous vous notifions la décision prise le ${decidedAt} au sujet de votre demande du ${receivedAt} (accusé de réception n° ${ack}).`,
    outcome: (outcome, aid, label) =>
      sentenceFor(outcome, {
        granted: `Votre demande ${frDe(aid)} est accordée.`,
        refused: `Votre demande ${frDe(aid)} est refusée.`,
        partial: `Votre demande ${frDe(aid)} est accordée en partie.`,
        withdrawn: `Votre demande ${frDe(aid)} a été retirée ; le CPAS en prend acte et clôture son examen.`,
      }) ?? `Décision : ${label}.`,
    labels: {
      date: 'Date',
      subject: 'Objet',
      ref: 'Notre référence',
      ack: 'Accusé de réception n°',
      sentAt: 'Date d’envoi',
      body: 'Organe de décision',
      decidedAt: 'Date de la décision',
      aid: 'Aide',
      outcome: 'Décision',
      amount: 'Montant',
      period: 'Période',
      legalBasis: 'Base légale',
      nature: 'Nature de la décision',
      risCategory: 'Catégorie',
      name: 'Nom',
      receivedAt: 'Reçue le',
      kind: 'Objet de la demande',
      decisionDue: 'Décision au plus tard le',
    },
    period: (from, to) => (to ? `du ${from} au ${to}` : `à partir du ${from}`),
    motivationTitle: 'Motifs de la décision',
    hearing:
      'Vous avez le droit d’être entendu(e) par le comité avant qu’il statue sur votre demande : si vous ne l’avez pas été et le ' +
      'souhaitez, demandez-le par écrit au CPAS.',
    appealTitle: 'Recours',
    appeal: (court) =>
      'Si vous n’êtes pas d’accord avec cette décision, vous pouvez introduire un recours auprès du tribunal du travail dans un ' +
      'délai de 3 mois à partir de la notification de cette décision. ' +
      'Le recours est gratuit. Il est introduit par une requête écrite, déposée au greffe du tribunal du travail ou envoyée à ce ' +
      'greffe par lettre recommandée. ' +
      (court ? `Tribunal du travail compétent : ${court}. ` : 'Le tribunal compétent est le tribunal du travail de votre domicile. ') +
      'Joignez à votre requête une copie de cette décision et de l’accusé de réception de votre demande. ' +
      'Vous pouvez vous faire assister ou représenter par un avocat ou par un délégué d’une organisation syndicale.',
    review:
      'Vous pouvez aussi demander au CPAS de revoir sa décision. Le délai de 3 mois pour introduire un recours auprès du tribunal ' +
      'du travail continue toutefois à courir pendant cette révision.',
    contact: (contact, ref) =>
      `Pour toute question, le service social se tient à votre disposition${contactSuffix(' : ', contact)}. Merci de mentionner la référence ${ref}.`,
    closing: 'Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    ackTitle: 'Accusé de réception de votre demande d’aide',
    at: (date, time) => `${date} à ${time}`,
    received: (date, time, kind) =>
      `Le CPAS a reçu votre demande ${frDe(kind)} le ${date} à ${time}. Cet accusé de réception en est la preuve : conservez-le, ` +
      `il vous sera utile en cas de recours.`,
    deadlinesRun: 'Les délais légaux courent à partir de la date de votre demande.',
    transferred: (original) =>
      `Votre demande a d’abord été introduite le ${original} auprès d’un autre CPAS ; les délais légaux courent à partir de cette date.`,
    due: (date) =>
      `Le CPAS doit statuer sur votre demande au plus tard le ${date}. La décision vous sera notifiée par écrit, par lettre ` +
      `recommandée ou contre accusé de réception, dans les 8 jours. Si aucune décision n’est prise dans ce délai, vous pouvez ` +
      `introduire un recours gratuit auprès du tribunal du travail.`,
    ackHearing: 'Avant la décision, vous avez le droit d’être entendu(e) : si vous le souhaitez, demandez-le par écrit.',
    incompetent:
      'Un accusé de réception est délivré pour toute demande, même si le CPAS estime ne pas être compétent pour la traiter. Dans ' +
      'ce cas, il transmet votre demande dans les 5 jours au CPAS qu’il estime compétent et vous en informe par écrit dans le même délai.',
    motivationElsewhere:
      'Les motifs détaillés propres à votre dossier n’ont pas été rédigés en français. Vous avez le droit de les recevoir dans ' +
      'votre langue : demandez-les à la personne de contact ci-dessous, qui vous les communiquera par écrit.',
    workerContact: (name, contact) => `Votre personne de contact : ${name}${contactSuffix(', ', contact)}.`,
    courtAddress: withAddress,
    president: (gender) => (gender === 'female' ? 'La Présidente' : 'Le Président'),
    directorGeneral: (gender) => (gender === 'female' ? 'La Directrice générale' : 'Le Directeur général'),
    onBehalf: 'Pour le CPAS,',
  },
  nl: {
    colon: ': ',
    enterpriseNumber: 'KBO',
    decisionTitle: 'Kennisgeving van een beslissing',
    subject: (aid) => `Beslissing over uw aanvraag voor ${aid}`,
    salutation: 'Geachte mevrouw, geachte heer,',
    intro: (decidedAt, receivedAt, ack) =>
      `Wij delen u de beslissing mee die op ${decidedAt} werd genomen over uw aanvraag van ${receivedAt} (ontvangstbewijs nr. ${ack}).`,
    outcome: (outcome, aid, label) =>
      sentenceFor(outcome, {
        granted: `Uw aanvraag voor ${aid} wordt toegekend.`,
        refused: `Uw aanvraag voor ${aid} wordt geweigerd.`,
        partial: `Uw aanvraag voor ${aid} wordt gedeeltelijk toegekend.`,
        withdrawn: `Uw aanvraag voor ${aid} werd ingetrokken; het OCMW neemt daar akte van en sluit het onderzoek af.`,
      }) ?? `Beslissing: ${label}.`,
    labels: {
      date: 'Datum',
      subject: 'Betreft',
      ref: 'Onze referentie',
      ack: 'Ontvangstbewijs nr.',
      sentAt: 'Verzonden op',
      body: 'Beslissingsorgaan',
      decidedAt: 'Datum van de beslissing',
      aid: 'Hulp',
      outcome: 'Beslissing',
      amount: 'Bedrag',
      period: 'Periode',
      legalBasis: 'Rechtsgrond',
      nature: 'Aard van de beslissing',
      risCategory: 'Categorie',
      name: 'Naam',
      receivedAt: 'Ontvangen op',
      kind: 'Voorwerp van de aanvraag',
      decisionDue: 'Beslissing uiterlijk op',
    },
    period: (from, to) => (to ? `van ${from} tot en met ${to}` : `vanaf ${from}`),
    motivationTitle: 'Motivering van de beslissing',
    hearing:
      'U hebt het recht om door het comité gehoord te worden voordat het over uw aanvraag beslist: als dat niet gebeurd is en u ' +
      'dat wenst, vraag het dan schriftelijk aan het OCMW.',
    appealTitle: 'Beroep',
    appeal: (court) =>
      'Als u het niet eens bent met deze beslissing, kunt u beroep instellen bij de arbeidsrechtbank binnen 3 maanden na de ' +
      'kennisgeving van deze beslissing. ' +
      'Het beroep is gratis. U stelt het in met een schriftelijk verzoekschrift dat u neerlegt op de griffie van de ' +
      'arbeidsrechtbank of aangetekend naar die griffie stuurt. ' +
      (court ? `Bevoegde arbeidsrechtbank: ${court}. ` : 'Bevoegd is de arbeidsrechtbank van uw woonplaats. ') +
      'Voeg bij uw verzoekschrift een kopie van deze beslissing en van het ontvangstbewijs van uw aanvraag. ' +
      'U kunt zich laten bijstaan of vertegenwoordigen door een advocaat of door een afgevaardigde van een vakorganisatie.',
    review:
      'U kunt het OCMW ook vragen om zijn beslissing te herzien. De termijn van 3 maanden om beroep in te stellen bij de ' +
      'arbeidsrechtbank loopt tijdens die herziening wel door.',
    contact: (contact, ref) =>
      `Met vragen kunt u terecht bij de sociale dienst${contactSuffix(': ', contact)}. Vermeld daarbij de referentie ${ref}.`,
    closing: 'Met vriendelijke groeten,',
    ackTitle: 'Ontvangstbewijs van uw hulpaanvraag',
    at: (date, time) => `${date} om ${time}`,
    received: (date, time, kind) =>
      `Het OCMW heeft uw aanvraag voor ${kind} ontvangen op ${date} om ${time}. Dit ontvangstbewijs is daarvan het bewijs: bewaar ` +
      `het, u hebt het nodig als u beroep instelt.`,
    deadlinesRun: 'De wettelijke termijnen lopen vanaf de datum van uw aanvraag.',
    transferred: (original) =>
      `Uw aanvraag werd eerst op ${original} bij een ander OCMW ingediend; de wettelijke termijnen lopen vanaf die datum.`,
    due: (date) =>
      `Het OCMW moet uiterlijk op ${date} over uw aanvraag beslissen. De beslissing wordt u binnen 8 dagen schriftelijk ` +
      `meegedeeld, met een aangetekende brief of tegen ontvangstbewijs. Als er binnen die termijn geen beslissing is, kunt u ` +
      `gratis beroep instellen bij de arbeidsrechtbank.`,
    ackHearing: 'Voor de beslissing hebt u het recht om gehoord te worden: als u dat wenst, vraag het dan schriftelijk.',
    incompetent:
      'Voor elke aanvraag wordt een ontvangstbewijs afgegeven, ook als het OCMW zich niet bevoegd acht om ze te behandelen. In ' +
      'dat geval bezorgt het uw aanvraag binnen 5 dagen aan het OCMW dat het bevoegd acht en brengt het u binnen dezelfde termijn schriftelijk op de hoogte.',
    motivationElsewhere:
      'De gedetailleerde motivering die eigen is aan uw dossier, werd niet in het Nederlands opgesteld. U hebt het recht om ze ' +
      'in uw taal te ontvangen: vraag ze aan de contactpersoon hieronder, die ze u schriftelijk bezorgt.',
    workerContact: (name, contact) => `Uw contactpersoon: ${name}${contactSuffix(', ', contact)}.`,
    courtAddress: withAddress,
    president: () => 'De voorzitter',
    directorGeneral: () => 'De algemeen directeur',
    onBehalf: 'Voor het OCMW,',
  },
  de: {
    colon: ': ',
    enterpriseNumber: 'ZDU',
    decisionTitle: 'Zustellung eines Beschlusses',
    subject: (aid) => `Beschluss zu Ihrem Antrag auf ${aid}`,
    salutation: 'Sehr geehrte Dame, sehr geehrter Herr,',
    intro: (decidedAt, receivedAt, ack) =>
      `hiermit stellen wir Ihnen den Beschluss zu, der am ${decidedAt} zu Ihrem Antrag vom ${receivedAt} (Empfangsbestätigung Nr. ${ack}) gefasst wurde.`,
    outcome: (outcome, aid, label) =>
      sentenceFor(outcome, {
        granted: `Ihr Antrag auf ${aid} wird bewilligt.`,
        refused: `Ihr Antrag auf ${aid} wird abgelehnt.`,
        partial: `Ihr Antrag auf ${aid} wird teilweise bewilligt.`,
        withdrawn: `Ihr Antrag auf ${aid} wurde zurückgezogen; das ÖSHZ nimmt dies zur Kenntnis und schließt die Prüfung ab.`,
      }) ?? `Beschluss: ${label}.`,
    labels: {
      date: 'Datum',
      subject: 'Betreff',
      ref: 'Unser Zeichen',
      ack: 'Empfangsbestätigung Nr.',
      sentAt: 'Versandt am',
      body: 'Beschlussorgan',
      decidedAt: 'Datum des Beschlusses',
      aid: 'Hilfe',
      outcome: 'Beschluss',
      amount: 'Betrag',
      period: 'Zeitraum',
      legalBasis: 'Rechtsgrundlage',
      nature: 'Art des Beschlusses',
      risCategory: 'Kategorie',
      name: 'Name',
      receivedAt: 'Eingegangen am',
      kind: 'Gegenstand des Antrags',
      decisionDue: 'Beschluss spätestens am',
    },
    period: (from, to) => (to ? `vom ${from} bis zum ${to}` : `ab dem ${from}`),
    motivationTitle: 'Begründung des Beschlusses',
    hearing:
      'Sie haben das Recht, vom Ausschuss angehört zu werden, bevor er über Ihren Antrag beschließt: Wenn dies nicht geschehen ' +
      'ist und Sie es wünschen, beantragen Sie es schriftlich beim ÖSHZ.',
    appealTitle: 'Rechtsmittel',
    appeal: (court) =>
      'Wenn Sie mit diesem Beschluss nicht einverstanden sind, können Sie innerhalb von 3 Monaten ab der Zustellung dieses ' +
      'Beschlusses Beschwerde beim Arbeitsgericht einlegen. ' +
      'Die Beschwerde ist kostenlos. Sie wird durch eine schriftliche Antragschrift eingelegt, die Sie bei der Kanzlei des ' +
      'Arbeitsgerichts hinterlegen oder per Einschreiben an diese Kanzlei senden. ' +
      (court ? `Zuständiges Arbeitsgericht: ${court}. ` : 'Zuständig ist das Arbeitsgericht Ihres Wohnortes. ') +
      'Fügen Sie Ihrer Antragschrift eine Abschrift dieses Beschlusses und der Empfangsbestätigung Ihres Antrags bei. ' +
      'Sie können sich von einem Rechtsanwalt oder von einem Vertreter einer Gewerkschaftsorganisation beistehen oder vertreten lassen.',
    review:
      'Sie können das ÖSHZ auch bitten, seinen Beschluss zu überprüfen. Die Frist von 3 Monaten für die Beschwerde beim ' +
      'Arbeitsgericht läuft während dieser Überprüfung jedoch weiter.',
    contact: (contact, ref) =>
      `Für Fragen steht Ihnen der Sozialdienst zur Verfügung${contactSuffix(': ', contact)}. Bitte geben Sie dabei das Zeichen ${ref} an.`,
    closing: 'Mit freundlichen Grüßen',
    ackTitle: 'Empfangsbestätigung Ihres Hilfeantrags',
    at: (date, time) => `${date} um ${time} Uhr`,
    received: (date, time, kind) =>
      `Das ÖSHZ hat Ihren Antrag auf ${kind} am ${date} um ${time} Uhr erhalten. Diese Empfangsbestätigung ist der Nachweis ` +
      `dafür: Bewahren Sie sie auf, Sie benötigen sie im Fall einer Beschwerde.`,
    deadlinesRun: 'Die gesetzlichen Fristen laufen ab dem Datum Ihres Antrags.',
    transferred: (original) =>
      `Ihr Antrag wurde zuerst am ${original} bei einem anderen ÖSHZ eingereicht; die gesetzlichen Fristen laufen ab diesem Datum.`,
    due: (date) =>
      `Das ÖSHZ muss spätestens am ${date} über Ihren Antrag beschließen. Der Beschluss wird Ihnen innerhalb von 8 Tagen ` +
      `schriftlich zugestellt, per Einschreiben oder gegen Empfangsbestätigung. Wird innerhalb dieser Frist kein Beschluss ` +
      `gefasst, können Sie kostenlos Beschwerde beim Arbeitsgericht einlegen.`,
    ackHearing: 'Vor dem Beschluss haben Sie das Recht, angehört zu werden: Wenn Sie es wünschen, beantragen Sie es schriftlich.',
    incompetent:
      'Für jeden Antrag wird eine Empfangsbestätigung ausgestellt, auch wenn das ÖSHZ sich für die Bearbeitung nicht für ' +
      'zuständig hält. In diesem Fall leitet es Ihren Antrag innerhalb von 5 Tagen an das ÖSHZ weiter, das es für zuständig ' +
      'hält, und informiert Sie innerhalb derselben Frist schriftlich darüber.',
    motivationElsewhere:
      'Die ausführliche Begründung zu Ihrer Akte wurde nicht auf Deutsch verfasst. Sie haben das Recht, sie in Ihrer Sprache zu ' +
      'erhalten: Fragen Sie die unten genannte Kontaktperson, die sie Ihnen schriftlich zukommen lässt.',
    workerContact: (name, contact) => `Ihre Kontaktperson: ${name}${contactSuffix(', ', contact)}.`,
    courtAddress: withAddress,
    president: (gender) => (gender === 'female' ? 'Die Präsidentin' : 'Der Präsident'),
    directorGeneral: (gender) => (gender === 'female' ? 'Die Generaldirektorin' : 'Der Generaldirektor'),
    onBehalf: 'Für das ÖSHZ',
  },
  en: {
    colon: ': ',
    enterpriseNumber: 'CBE',
    decisionTitle: 'Notification of a decision',
    subject: (aid) => `Decision on your request for ${aid}`,
    salutation: 'Dear Sir or Madam,',
    intro: (decidedAt, receivedAt, ack) =>
      `We hereby notify you of the decision taken on ${decidedAt} on your request of ${receivedAt} (acknowledgement of receipt no. ${ack}).`,
    outcome: (outcome, aid, label) =>
      sentenceFor(outcome, {
        granted: `Your request for ${aid} is granted.`,
        refused: `Your request for ${aid} is refused.`,
        partial: `Your request for ${aid} is partly granted.`,
        withdrawn: `Your request for ${aid} was withdrawn; the CPAS takes note of this and closes its examination.`,
      }) ?? `Decision: ${label}.`,
    labels: {
      date: 'Date',
      subject: 'Subject',
      ref: 'Our reference',
      ack: 'Acknowledgement of receipt no.',
      sentAt: 'Sent on',
      body: 'Deciding body',
      decidedAt: 'Date of the decision',
      aid: 'Aid',
      outcome: 'Decision',
      amount: 'Amount',
      period: 'Period',
      legalBasis: 'Legal basis',
      nature: 'Nature of the decision',
      risCategory: 'Category',
      name: 'Name',
      receivedAt: 'Received on',
      kind: 'Subject of the request',
      decisionDue: 'Decision due by',
    },
    period: (from, to) => (to ? `from ${from} to ${to}` : `from ${from}`),
    motivationTitle: 'Reasons for the decision',
    hearing:
      'You have the right to be heard by the committee before it decides on your request: if you were not heard and wish to be, ask the CPAS in writing.',
    appealTitle: 'Appeal',
    appeal: (court) =>
      'If you disagree with this decision, you may appeal to the labour court within 3 months of the notification of this decision. ' +
      'The appeal is free of charge. It is lodged by a written request, filed at the registry of the labour court or sent to that ' +
      'registry by registered letter. ' +
      (court ? `Competent labour court: ${court}. ` : 'The competent court is the labour court of your place of residence. ') +
      'Attach a copy of this decision and of the acknowledgement of receipt of your request. ' +
      'You may be assisted or represented by a lawyer or by a delegate of a trade union.',
    review:
      'You may also ask the CPAS to review its decision. The 3-month period to appeal to the labour court keeps running during that review.',
    contact: (contact, ref) =>
      `For any question, please contact the social service${contactSuffix(': ', contact)}, quoting the reference ${ref}.`,
    closing: 'Yours faithfully,',
    ackTitle: 'Acknowledgement of receipt of your request for aid',
    at: (date, time) => `${date} at ${time}`,
    received: (date, time, kind) =>
      `The CPAS received your request for ${kind} on ${date} at ${time}. This acknowledgement proves it: keep it, you will need it for an appeal.`,
    deadlinesRun: 'The legal deadlines run from the date of your request.',
    transferred: (original) => `Your request was first made on ${original} at another CPAS; the legal deadlines run from that date.`,
    due: (date) =>
      `The CPAS must decide on your request by ${date} at the latest. The decision will be notified to you in writing, by ` +
      `registered letter or against receipt, within 8 days. If no decision is taken within that period, you may appeal to the labour court free of charge.`,
    ackHearing: 'Before the decision, you have the right to be heard: if you wish, ask for it in writing.',
    incompetent:
      'An acknowledgement of receipt is issued for every request, even when the CPAS considers that it is not competent to handle ' +
      'it. In that case it forwards your request within 5 days to the CPAS it considers competent and informs you in writing within the same period.',
    motivationElsewhere:
      'The detailed reasons specific to your file were not written in English. You have the right to receive them in your ' +
      'language: ask the contact person below, who will send them to you in writing.',
    workerContact: (name, contact) => `Your contact person: ${name}${contactSuffix(', ', contact)}.`,
    courtAddress: withAddress,
    president: () => 'The President',
    directorGeneral: () => 'The Director General',
    onBehalf: 'For the CPAS,',
  },
};

function textsFor(language: Language): LetterText {
  // The route validates the language; a letter in a language the person did not choose would breach
  // the language legislation, so an unsupported value fails rather than falling back.
  if (!isLanguage(language)) throw new RangeError(`Unsupported letter language: ${JSON.stringify(language)}`);
  return TEXTS[language];
}

/**
 * A string the letters' fonts can print (`fonts.ts`): every character they have a glyph for is kept
 * as written, so names keep their letters (Łucja Kowalczyk-Şahin, Nguyễn Thị Anh, Иван). A character
 * outside the fonts (Arabic or Chinese script, most symbols) becomes `?`, and a combining mark they
 * cannot draw is dropped. Control, zero-width and soft-hyphen characters are dropped; tabs and spaces
 * other than the no-break space become plain spaces. Line breaks are kept only in `multiline` text
 * (addresses, motivation).
 */
export function toPdfText(value: string, options: { multiline?: boolean } = {}): string {
  let result = '';
  for (const char of value.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint >= 0x20 && codePoint <= 0x7e) result += char;
    else if (char === '\n') result += options.multiline ? '\n' : ' ';
    else if (char === '\t' || (char !== '\u00a0' && /\p{Zs}/u.test(char))) result += ' ';
    else if (/[\p{Cc}\p{Cf}\u00ad]/u.test(char)) continue;
    else if (printable(codePoint)) result += char;
    else if (!/\p{M}/u.test(char)) result += '?';
  }
  return result;
}

const LABEL_WIDTH = 150;

/**
 * A page being written. When the document is tagged, `root` is its structure tree's `Document`
 * element: every paragraph is a `P` (a heading `H1`/`H2`) under it, so a screen reader reads the
 * letter in order and in its language.
 */
export type Page = { doc: PDFKit.PDFDocument; left: number; width: number; root?: PDFKit.PDFStructureElement };

/**
 * An A4 PDF of the CPAS (title, author, language, dates from `generatedAt` so the bytes are
 * reproducible) and the promise of its bytes. `tagged`: a tagged PDF (PDF 1.7, marked content, a
 * structure tree, the document language and the title shown in the window) — what assistive
 * technologies need (EN 301 549 §10, the accessibility of public sector documents, directive
 * 2016/2102); the caller then writes through `writeParagraph`/`writeRow`.
 */
export function openDocument(
  title: string,
  input: { language: Language; institution: { name: string }; generatedAt: string },
  options: { tagged?: boolean } = {},
): { page: Page; done: Promise<Buffer> } {
  const generatedAt = new Date(input.generatedAt);
  if (Number.isNaN(generatedAt.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(input.generatedAt)}`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 62, right: 56 },
    info: {
      Title: toPdfText(title),
      Author: toPdfText(input.institution.name),
      Creator: 'RSE',
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
    lang: { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en' }[input.language],
    displayTitle: true,
    // No standard font: the letters' own are set just below (useLetterFonts).
    font: '',
    ...(options.tagged ? { tagged: true, pdfVersion: '1.7' as const } : {}),
  });
  useLetterFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  let root: PDFKit.PDFStructureElement | undefined;
  if (options.tagged) {
    root = doc.struct('Document');
    doc.addStructure(root);
  }
  return { page: { doc, left, width: doc.page.width - left - doc.page.margins.right, ...(root ? { root } : {}) }, done };
}

/** Writes with `draw` as one structure element of type `type` when the page is tagged. */
export function tagged(page: Page, type: string, draw: () => void): void {
  if (page.root) page.root.add(page.doc.struct(type, {}, draw));
  else draw();
}

/** Starts a new page unless `height` points still fit, so a heading or the signature is not orphaned. */
function keepTogether(page: Page, height: number) {
  if (page.doc.y + height > page.doc.page.height - page.doc.page.margins.bottom) page.doc.addPage();
}

export function writeParagraph(
  page: Page,
  text: string,
  options: { bold?: boolean; size?: number; multiline?: boolean; gapAfter?: number; tag?: 'P' | 'H1' | 'H2' } = {},
) {
  tagged(page, options.tag ?? 'P', () => {
    page.doc
      .font(options.bold ? BOLD : FONT)
      .fontSize(options.size ?? 10)
      .text(toPdfText(text, { multiline: options.multiline ?? false }), page.left, page.doc.y, { width: page.width, align: 'left' });
  });
  page.doc.moveDown(options.gapAfter ?? 0.6);
}

/** One "label: value" line of a details block, the value aligned in a second column. */
function writeRow(page: Page, label: string, value: string) {
  const { doc, left, width } = page;
  const valueText = toPdfText(value, { multiline: true });
  doc.fontSize(10);
  if (doc.y + doc.font(FONT).heightOfString(valueText, { width: width - LABEL_WIDTH }) > doc.page.height - doc.page.margins.bottom)
    doc.addPage();
  const top = doc.y;
  let labelBottom = top;
  // One paragraph per row for assistive technologies: "Label value", in reading order.
  tagged(page, 'P', () => {
    doc.font(BOLD).text(toPdfText(label), left, top, { width: LABEL_WIDTH - 8 });
    labelBottom = doc.y;
    doc.font(FONT).text(valueText, left + LABEL_WIDTH, top, { width: width - LABEL_WIDTH });
  });
  doc.x = left;
  doc.y = Math.max(labelBottom, doc.y);
}

function formatEnterpriseNumber(kbo: string): string {
  const digits = kbo.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : kbo;
}

const joinContact = (...parts: (string | undefined)[]) => parts.filter((part) => part !== undefined && part.trim() !== '').join(' – ');

function formatContact(institution: LetterInstitution): string {
  return joinContact(institution.serviceContact.phone, institution.serviceContact.email);
}

/**
 * Words that only one of the three languages uses often; shared ones ("de", "die", "en") are left
 * out. A short list is enough: a text is recognised only when its words clearly agree.
 */
const FUNCTION_WORDS: Readonly<Record<'fr' | 'nl' | 'de', ReadonlySet<string>>> = {
  fr: new Set(
    'le la les des du et est une un vous votre vos pour pas que qui dans sur au aux été sont par avec ne ce cette il elle nous lors ont a'.split(
      ' ',
    ),
  ),
  nl: new Set('het een is van uw niet dat voor met op te zijn werd wordt er bij aan om ook geen heeft hebt u naar door of als'.split(' ')),
  de: new Set(
    'der das und ist nicht sie ihr ihre ihren den dem des ein eine einen mit für von zu auf wurde werden kein keine im bei hat'.split(' '),
  ),
};

/**
 * The national language a free text is written in, from its function words; undefined when it is
 * too short or mixed to say (then a letter does not print it: better a plain statement than reasons
 * in a language the person did not choose).
 */
export function recogniseLanguage(text: string): 'fr' | 'nl' | 'de' | undefined {
  const words = text.toLocaleLowerCase('fr').match(/\p{L}+/gu) ?? [];
  const scores = (['fr', 'nl', 'de'] as const)
    .map((language) => ({ language, score: words.filter((word) => FUNCTION_WORDS[language].has(word)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores as [(typeof scores)[number], (typeof scores)[number]];
  return best.score >= 2 && best.score >= 3 * second.score ? best.language : undefined;
}

/** Whether reasons written in `textLanguage` (or recognised from the text) may be printed in a letter in `language`. */
export function motivationFits(language: Language, text: string, textLanguage: Language | undefined): boolean {
  return (textLanguage ?? recogniseLanguage(text)) === language;
}

/**
 * The competent labour court as the letter names it: by the CPAS's judicial district in the letter's
 * language, with the registry's address in that language when the CPAS gave it; the legacy free text
 * only in a letter of its own language; undefined (the court of the person's domicile) otherwise.
 */
export function competentCourt(language: Language, institution: LetterInstitution): string | undefined {
  if (institution.judicialDistrict) {
    const address = institution.labourCourtAddress?.[language]?.trim();
    return withAddress(labourCourtName(institution.judicialDistrict, language), address === '' ? undefined : address);
  }
  if (institution.labourCourt && institution.language === language) return institution.labourCourt;
  return undefined;
}

const present = (value: string | null | undefined) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const perLanguage = (fr: string | null | undefined, nl: string | null | undefined, de: string | null | undefined) =>
  Object.fromEntries(
    (
      [
        ['fr', present(fr)],
        ['nl', present(nl)],
        ['de', present(de)],
      ] as const
    ).filter((entry) => entry[1] !== undefined),
  ) as Partial<Record<Language, string>>;
const signatory = (name: string | null | undefined, gender: string | null | undefined): Signatory | undefined => {
  const given = present(name);
  if (!given) return undefined;
  return gender === 'female' || gender === 'male' ? { name: given, gender } : { name: given };
};

/** The sender of a letter: the institution's row and its letter settings (key `letters`). */
export function letterInstitution(
  row: {
    name: string;
    kbo: string;
    address: string | null;
    service_phone: string | null;
    service_email: string | null;
    labour_court: string | null;
    language?: string;
  },
  settings: LetterSettings,
): LetterInstitution {
  const president = signatory(settings.presidentName, settings.presidentGender);
  const directorGeneral = signatory(settings.directorGeneralName, settings.directorGeneralGender);
  return {
    name: row.name,
    kbo: row.kbo,
    ...(row.address ? { address: row.address } : {}),
    serviceContact: {
      ...(row.service_phone ? { phone: row.service_phone } : {}),
      ...(row.service_email ? { email: row.service_email } : {}),
    },
    ...(isJudicialDistrict(settings.judicialDistrict) ? { judicialDistrict: settings.judicialDistrict } : {}),
    labourCourtAddress: perLanguage(settings.labourCourtAddressFr, settings.labourCourtAddressNl, settings.labourCourtAddressDe),
    ...(row.labour_court ? { labourCourt: row.labour_court } : {}),
    ...(isLanguage(row.language) ? { language: row.language } : {}),
    names: perLanguage(settings.nameFr, settings.nameNl, settings.nameDe),
    addresses: perLanguage(settings.addressFr, settings.addressNl, settings.addressDe),
    ...(president || directorGeneral
      ? { signature: { ...(president ? { president } : {}), ...(directorGeneral ? { directorGeneral } : {}) } }
      : {}),
  };
}

/** The institution as a letter in `language` names it: its name and address in that language when the CPAS gave them. */
export function inLanguage(institution: LetterInstitution, language: Language): LetterInstitution {
  const name = institution.names?.[language]?.trim();
  const address = institution.addresses?.[language]?.trim();
  return { ...institution, ...(name ? { name } : {}), ...(address ? { address } : {}) };
}

/** Sender block top left, the person's address block on the right (window envelope), then the date. */
function writeHeader(
  page: Page,
  t: LetterText,
  input: { language: Language; institution: LetterInstitution; person: LetterPerson; generatedAt: string },
) {
  const { doc, left, width } = page;
  const { institution, person } = input;
  doc.x = left;
  doc.y = doc.page.margins.top;
  tagged(page, 'P', () => {
    doc
      .font(BOLD)
      .fontSize(13)
      .text(toPdfText(institution.name), left, doc.page.margins.top, { width: width / 2 });
    doc.font(FONT).fontSize(9);
    if (institution.address) doc.text(toPdfText(institution.address, { multiline: true }), { width: width / 2 });
    doc.text(toPdfText(`${t.enterpriseNumber} ${formatEnterpriseNumber(institution.kbo)}`), { width: width / 2 });
    const contact = formatContact(institution);
    if (contact) doc.text(toPdfText(contact), { width: width / 2 });
  });
  const senderBottom = doc.y;

  // The addressee block sits where a DL window envelope shows it.
  const addressLeft = left + width * 0.55;
  const lines = person.addressLines && person.addressLines.length > 0 ? person.addressLines.join('\n') : person.address;
  tagged(page, 'P', () => {
    doc
      .font(FONT)
      .fontSize(11)
      .text(toPdfText(`${person.givenNames} ${person.familyName}`), addressLeft, doc.page.margins.top + 90, { width: width * 0.45 });
    if (lines) doc.text(toPdfText(lines, { multiline: true }), addressLeft, doc.y, { width: width * 0.45 });
  });
  doc.x = left;
  doc.y = Math.max(senderBottom, doc.y) + 28;
  writeParagraph(page, `${t.labels.date}${t.colon}${formatDate(input.language, input.generatedAt)}`, { gapAfter: 0.2 });
}

/** A quotation of the person's or the worker's own words, with the quotation marks of `language`. */
export function quoted(language: Language, text: string): string {
  return language === 'fr' ? `« ${text} »` : language === 'de' ? `„${text}“` : language === 'nl' ? `‘${text}’` : `“${text}”`;
}

/**
 * A notice to the person (a transfer, an exceptional opening of the file): a tagged A4 PDF with the
 * letterhead of the letters (sender, the addressee where a window envelope shows it, the date), the
 * file's reference and the title; the caller writes its paragraphs with `writeParagraph` and ends it.
 */
export function openNotice(input: {
  title: string;
  /** "Reference of your request" in the notice's language. */
  refLabel: string;
  fileRef: string;
  language: Language;
  institution: LetterInstitution;
  person: LetterPerson;
  generatedAt: string;
}): { page: Page; done: Promise<Buffer> } {
  const t = textsFor(input.language);
  const { page, done } = openDocument(`${input.title} – ${input.fileRef}`, input, { tagged: true });
  writeHeader(page, t, input);
  writeParagraph(page, `${input.refLabel}${t.colon}${input.fileRef}`, { gapAfter: 1.2 });
  writeParagraph(page, input.title, { bold: true, size: 12, gapAfter: 1, tag: 'H1' });
  return { page, done };
}

/** The contact paragraph: the worker when known (R46: the person knows whom to call), then the service. */
function writeContact(page: Page, t: LetterText, institution: LetterInstitution, worker: LetterWorker | undefined, ref: string) {
  if (worker && worker.name.trim() !== '')
    writeParagraph(page, t.workerContact(worker.name.trim(), joinContact(worker.phone, worker.email)));
  writeParagraph(page, t.contact(formatContact(institution), ref), { gapAfter: 1 });
}

/**
 * The closing and the signature block: the director general on the left, the president on the
 * right (organic law of 8 July 1976; in Flanders the Decreet lokaal bestuur), each title over the
 * name. Without a signature block, the CPAS's name.
 */
function writeSignature(page: Page, t: LetterText, institution: LetterInstitution) {
  const { doc, left, width } = page;
  const signatories = [
    institution.signature?.directorGeneral && {
      title: t.directorGeneral(institution.signature.directorGeneral.gender),
      ...institution.signature.directorGeneral,
    },
    institution.signature?.president && { title: t.president(institution.signature.president.gender), ...institution.signature.president },
  ].filter((entry): entry is { title: string; name: string } => entry !== undefined && entry.name.trim() !== '');
  keepTogether(page, signatories.length > 0 ? 110 : 40);
  writeParagraph(page, t.closing, { gapAfter: 0.6 });
  if (signatories.length === 0) {
    writeParagraph(page, institution.name);
    return;
  }
  writeParagraph(page, `${t.onBehalf} ${institution.name}`, { gapAfter: 0.8 });
  const top = doc.y;
  let bottom = top;
  signatories.forEach((signatory, index) => {
    const x = left + index * (width / 2);
    tagged(page, 'P', () => {
      doc
        .font(FONT)
        .fontSize(10)
        .text(toPdfText(signatory.title), x, top, { width: width / 2 - 12 });
      doc.moveDown(2.2);
      doc.font(BOLD).text(toPdfText(signatory.name), x, doc.y, { width: width / 2 - 12 });
    });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = left;
  doc.y = bottom;
}

/**
 * The notification of a decision (R9, R10). Its mandatory content: the decision and its reasons —
 * formal motivation, law of 29 July 1991, art. 2–3 — and the appeal: labour court within 3 months
 * of notification, free, by request to the registry (RIS law art. 47, organic law art. 71, Judicial
 * Code art. 704 and 728; domain §3.2); the competent court and a contact person (Charter of the
 * social insured, law of 11 April 1995, art. 14).
 */
export async function renderDecisionLetter(given: DecisionLetterInput): Promise<Buffer> {
  const t = textsFor(given.language);
  const input = { ...given, institution: inLanguage(given.institution, given.language) };
  const language = input.language;
  const d = input.decision;
  const aid = labelFor(language, 'aid-kind', d.aidType);
  const { page, done } = openDocument(`${t.decisionTitle} – ${d.ref}`, input, { tagged: true });
  writeHeader(page, t, input);
  writeRow(page, t.labels.ref, d.ref);
  writeRow(page, t.labels.ack, input.acknowledgementNumber);
  if (input.notifiedAt) writeRow(page, t.labels.sentAt, formatDate(language, input.notifiedAt));
  page.doc.moveDown(1.2);

  writeParagraph(page, `${t.labels.subject}${t.colon}${t.subject(aid)}`, { bold: true, size: 11, gapAfter: 1, tag: 'H1' });
  writeParagraph(page, t.salutation);
  writeParagraph(page, t.intro(formatDate(language, d.decidedAt), formatDate(language, input.receivedAt), input.acknowledgementNumber));
  writeParagraph(page, t.outcome(d.outcome, aid, labelFor(language, 'outcome', d.outcome)), { bold: true });

  writeRow(page, t.labels.body, labelFor(language, 'deciding-body', d.body));
  writeRow(page, t.labels.decidedAt, formatDate(language, d.decidedAt));
  writeRow(page, t.labels.aid, aid);
  writeRow(page, t.labels.outcome, labelFor(language, 'outcome', d.outcome));
  // What the decision does (a grant, a refusal, a revision, suspension or stop of an ongoing aid), and
  // the RIS category the amount is granted at (RIS law art. 14 §1), in the letter's language.
  writeRow(page, t.labels.nature, labelFor(language, 'decision-nature', decisionNature(d.kind, d.outcome)));
  if (d.risCategory) writeRow(page, t.labels.risCategory, labelFor(language, 'ris-category', d.risCategory));
  if (d.amountCents !== undefined && d.amountCents !== null) writeRow(page, t.labels.amount, formatAmount(language, d.amountCents));
  if (d.period)
    writeRow(
      page,
      t.labels.period,
      t.period(formatDate(language, d.period.from), d.period.to ? formatDate(language, d.period.to) : undefined),
    );
  writeRow(page, t.labels.legalBasis, labelFor(language, 'legal-basis', d.legalBasis));
  page.doc.moveDown(1);

  // Law of 29 July 1991 on the formal motivation of administrative acts: the reasons, in fact and in
  // law, are stated in the act itself — the category, then the reasons written for this case, when
  // they are written in the letter's language (never French reasons in a Dutch letter).
  keepTogether(page, 60);
  writeParagraph(page, t.motivationTitle, { bold: true, gapAfter: 0.3, tag: 'H2' });
  const category = labelFor(language, 'motivation-category', d.motivationCategory);
  writeParagraph(page, `${category.charAt(0).toLocaleUpperCase(language)}${category.slice(1)}${/[.!?]$/.test(category) ? '' : '.'}`, {
    gapAfter: 0.3,
  });
  const motivation = d.motivationText?.trim() ?? '';
  if (motivation !== '') {
    if (motivationFits(language, motivation, d.motivationLanguage)) writeParagraph(page, motivation, { multiline: true, gapAfter: 0.3 });
    else writeParagraph(page, t.motivationElsewhere, { gapAfter: 0.3 });
  }
  // RIS law art. 20: the right to be heard before the decision — said again when aid is refused,
  // so that a person who was not heard can still ask for it (R11).
  if (d.outcome === 'refused' || d.outcome === 'partial') writeParagraph(page, t.hearing, { gapAfter: 0.3 });
  page.doc.moveDown(0.7);

  // R10: the appeal paragraph is in every decision letter, whatever the outcome.
  keepTogether(page, 80);
  writeParagraph(page, t.appealTitle, { bold: true, gapAfter: 0.3, tag: 'H2' });
  writeParagraph(page, t.appeal(competentCourt(language, input.institution)));
  writeParagraph(page, t.review);
  writeContact(page, t, input.institution, input.worker, d.ref);
  writeSignature(page, t, input.institution);
  page.doc.end();
  return done;
}

/**
 * The dated acknowledgement of receipt of an aid request (R6; organic law art. 58 §1). Its date
 * starts every deadline, and it is issued for every request — even when the CPAS believes itself
 * territorially incompetent, in which case it forwards the request within 5 days and tells the
 * person (law of 2 April 1965; R7; domain §3.2).
 */
export async function renderAcknowledgement(given: AcknowledgementInput): Promise<Buffer> {
  const t = textsFor(given.language);
  const input = { ...given, institution: inLanguage(given.institution, given.language) };
  const language = input.language;
  const kind = labelFor(language, 'aid-kind', input.kind);
  const date = formatDate(language, input.receivedAt);
  const time = formatTime(language, input.receivedAt);
  const { page, done } = openDocument(`${t.ackTitle} – ${input.number}`, input, { tagged: true });
  writeHeader(page, t, input);
  page.doc.moveDown(0.8);

  writeParagraph(page, t.ackTitle, { bold: true, size: 13, gapAfter: 0.8, tag: 'H1' });
  writeRow(page, t.labels.ack, input.number);
  writeRow(page, t.labels.receivedAt, t.at(date, time));
  writeRow(page, t.labels.name, `${input.person.givenNames} ${input.person.familyName}`);
  writeRow(page, t.labels.kind, kind);
  writeRow(page, t.labels.decisionDue, formatDate(language, input.decisionDue));
  page.doc.moveDown(1);

  writeParagraph(page, t.received(date, time, kind));
  const original = input.originalReceivedAt ? formatDate(language, input.originalReceivedAt) : undefined;
  writeParagraph(page, original !== undefined && original !== date ? t.transferred(original) : t.deadlinesRun);
  // RIS law art. 21 (decision notified within 8 days) and the appeal against the absence of a
  // decision (RIS law art. 47, organic law art. 71; R12).
  writeParagraph(page, t.due(formatDate(language, input.decisionDue)));
  writeParagraph(page, t.ackHearing);
  writeParagraph(page, t.incompetent);
  writeContact(page, t, input.institution, input.worker, input.number);
  writeSignature(page, t, input.institution);
  page.doc.end();
  return done;
}
