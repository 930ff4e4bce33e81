/**
 * The letter that tells a person their request was transferred to the CPAS the first CPAS believes
 * competent (R7; law of 2 April 1965 on the costs of social aid, art. 9bis — [FROM GENERAL KNOWLEDGE],
 * domain §3.2: the first CPAS forwards the request in writing within 5 calendar days and informs the
 * applicant in writing within the same 5 days). It says which CPAS, why, that the date of the request
 * stays the original one (the legal deadlines run from it), and that a CPAS that also declines must
 * refer the question to the SPP Social Integration, which designates the competent CPAS — the person
 * has nothing to do for that. In the person's language (R46).
 *
 * Pure rendering: it prints only its input (no note, no content of the file beyond the transfer). When
 * the transfer went through the hub, an appendix page carries the offline proof of its log entry.
 * Deterministic for a given input: the PDF dates come from `generatedAt`.
 */
import { isLanguage, type Language } from '#ui/i18n.ts';
import { openNotice, quoted, writeParagraph } from './letters.ts';
import { writeExchangeProof, type ExchangeProof } from './exchange-proof.ts';
import { formatDate, labelFor } from './messages.ts';

export type TransferNoticeInput = {
  language: Language;
  institution: { name: string; kbo: string; address?: string; serviceContact: { phone?: string; email?: string } };
  person: { familyName: string; givenNames: string; address?: string };
  /** The acknowledgement number of the request at this CPAS. */
  fileRef: string;
  /** An `aid-kind` code. */
  kind: string;
  /** `YYYY-MM-DD`: the date of the request (the original one; it stays after the transfer). */
  originalReceivedAt: string;
  /** `YYYY-MM-DD`: the day the request was forwarded. */
  startedAt: string;
  to: { name: string; kbo: string };
  reason: string;
  generatedAt: string;
  /**
   * The offline proof of the hub's log entry of the transfer (ADR 0017), printed on an appendix page;
   * absent when the transfer did not go through the hub (a person without a NISS: sent by post).
   */
  exchangeProof?: ExchangeProof;
};

type NoticeText = {
  title: string;
  colon: string;
  ref: string;
  salutation: string;
  transferred: (kind: string, date: string, startedAt: string, to: string) => string;
  reasonLabel: string;
  dateKept: (date: string) => string;
  next: (to: string) => string;
  dispute: string;
  contact: (contact: string, ref: string) => string;
  closing: string;
};

const TEXTS: Readonly<Record<Language, NoticeText>> = {
  fr: {
    title: 'Transmission de votre demande au CPAS compétent',
    colon: ' : ',
    ref: 'Référence de votre demande',
    salutation: 'Madame, Monsieur,',
    transferred: (kind, date, startedAt, to) =>
      `Vous avez introduit auprès de notre CPAS, le ${date}, une demande (${kind}). Notre CPAS estime ne pas être compétent ` +
      `pour y répondre. Le ${startedAt}, nous avons donc transmis votre demande au ${to}, que nous estimons compétent.`,
    reasonLabel: 'Motif',
    dateKept: (date) =>
      `Votre demande reste datée du ${date} : c’est à partir de cette date que courent les délais dans lesquels une décision doit être prise.`,
    next: (to) => `Le ${to} vous contactera pour examiner votre demande. Vous ne devez pas introduire une nouvelle demande.`,
    dispute:
      'Si ce CPAS estime à son tour ne pas être compétent, il doit soumettre la question au SPP Intégration sociale, qui désigne ' +
      'le CPAS chargé de votre demande. Vous n’avez aucune démarche à faire pour cela.',
    contact: (contact, ref) =>
      `Pour toute question, le service social se tient à votre disposition${contact ? ` : ${contact}` : ''}. Merci de mentionner la référence ${ref}.`,
    closing: 'Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
  },
  nl: {
    title: 'Doorzending van uw aanvraag naar het bevoegde OCMW',
    colon: ': ',
    ref: 'Referentie van uw aanvraag',
    salutation: 'Geachte mevrouw, geachte heer,',
    transferred: (kind, date, startedAt, to) =>
      `Op ${date} hebt u bij ons OCMW een aanvraag ingediend (${kind}). Ons OCMW acht zich niet bevoegd om die te behandelen. ` +
      `Op ${startedAt} hebben wij uw aanvraag daarom doorgestuurd naar ${to}, dat wij bevoegd achten.`,
    reasonLabel: 'Reden',
    dateKept: (date) =>
      `Uw aanvraag blijft gedateerd op ${date}: vanaf die datum lopen de termijnen waarbinnen een beslissing moet worden genomen.`,
    next: (to) => `${to} neemt contact met u op om uw aanvraag te onderzoeken. U hoeft geen nieuwe aanvraag in te dienen.`,
    dispute:
      'Als dat OCMW zich op zijn beurt niet bevoegd acht, moet het de vraag voorleggen aan de POD Maatschappelijke Integratie, ' +
      'die het OCMW aanwijst dat uw aanvraag behandelt. Daarvoor hoeft u zelf niets te doen.',
    contact: (contact, ref) =>
      `Met vragen kunt u terecht bij de sociale dienst${contact ? `: ${contact}` : ''}. Vermeld daarbij de referentie ${ref}.`,
    closing: 'Met vriendelijke groeten,',
  },
  de: {
    title: 'Weiterleitung Ihres Antrags an das zuständige ÖSHZ',
    colon: ': ',
    ref: 'Zeichen Ihres Antrags',
    salutation: 'Sehr geehrte Dame, sehr geehrter Herr,',
    transferred: (kind, date, startedAt, to) =>
      `am ${date} haben Sie bei unserem ÖSHZ einen Antrag gestellt (${kind}). Unser ÖSHZ hält sich für nicht zuständig. ` +
      `Am ${startedAt} haben wir Ihren Antrag daher an ${to} weitergeleitet, das wir für zuständig halten.`,
    reasonLabel: 'Grund',
    dateKept: (date) =>
      `Ihr Antrag bleibt auf den ${date} datiert: Ab diesem Datum laufen die Fristen, innerhalb derer eine Entscheidung getroffen werden muss.`,
    next: (to) => `${to} wird Sie kontaktieren, um Ihren Antrag zu prüfen. Sie müssen keinen neuen Antrag stellen.`,
    dispute:
      'Hält sich dieses ÖSHZ seinerseits für nicht zuständig, muss es die Frage dem ÖPD Sozialeingliederung vorlegen, der das ' +
      'ÖSHZ bestimmt, das Ihren Antrag bearbeitet. Sie selbst müssen dafür nichts unternehmen.',
    contact: (contact, ref) =>
      `Für Fragen steht Ihnen der Sozialdienst zur Verfügung${contact ? `: ${contact}` : ''}. Bitte geben Sie dabei das Zeichen ${ref} an.`,
    closing: 'Mit freundlichen Grüßen',
  },
  en: {
    title: 'Your request forwarded to the competent CPAS',
    colon: ': ',
    ref: 'Reference of your request',
    salutation: 'Dear Sir or Madam,',
    transferred: (kind, date, startedAt, to) =>
      `On ${date} you made a request to our CPAS (${kind}). Our CPAS considers it is not competent to handle it. ` +
      `On ${startedAt} we therefore forwarded your request to ${to}, which we consider competent.`,
    reasonLabel: 'Reason',
    dateKept: (date) => `Your request keeps the date of ${date}: the time limits for a decision run from that date.`,
    next: (to) => `${to} will contact you to examine your request. You do not need to make a new request.`,
    dispute:
      'If that CPAS also considers it is not competent, it must refer the question to the federal Social Integration service, ' +
      'which designates the CPAS that handles your request. You have nothing to do for that.',
    contact: (contact, ref) => `The social service is at your disposal${contact ? `: ${contact}` : ''}. Please quote the reference ${ref}.`,
    closing: 'Yours faithfully,',
  },
};

/** Renders the notice as a tagged A4 PDF (the letterhead of the letters, then the text). */
export async function renderTransferNotice(input: TransferNoticeInput): Promise<Buffer> {
  if (!isLanguage(input.language)) throw new RangeError(`Unsupported letter language: ${JSON.stringify(input.language)}`);
  const language = input.language;
  const t = TEXTS[language];
  const { page, done } = openNotice({ ...input, title: t.title, refLabel: t.ref });
  const paragraph = (text: string, options: { bold?: boolean; gap?: number; multiline?: boolean } = {}) =>
    writeParagraph(page, text, { bold: options.bold, multiline: options.multiline, gapAfter: options.gap });
  const contact = [input.institution.serviceContact.phone, input.institution.serviceContact.email]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join(' – ');
  paragraph(t.salutation);
  const original = formatDate(language, input.originalReceivedAt);
  paragraph(t.transferred(labelFor(language, 'aid-kind', input.kind), original, formatDate(language, input.startedAt), input.to.name));
  paragraph(`${t.reasonLabel}${t.colon}`, { bold: true, gap: 0.2 });
  paragraph(quoted(language, input.reason.trim()), { multiline: true });
  paragraph(t.dateKept(original));
  paragraph(t.next(input.to.name));
  paragraph(t.dispute);
  paragraph(t.contact(contact, input.fileRef), { gap: 1 });
  paragraph(t.closing, { gap: 0.3 });
  paragraph(input.institution.name);
  if (input.exchangeProof) writeExchangeProof(page, language, input.exchangeProof, input.generatedAt);
  page.doc.end();
  return done;
}
