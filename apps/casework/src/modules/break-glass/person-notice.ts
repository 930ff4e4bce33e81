/**
 * The letter that tells a person their file was opened exceptionally (break-glass, R23; anchors §7:
 * "break-glass logged and reviewed"), in the person's language (R46). It says when, the reason the
 * worker gave, that the security advisor reviews every such opening (R44), and how to ask the data
 * protection officer for the access report (GDPR art. 15; R38) or complain (GDPR art. 77).
 *
 * Pure rendering: it prints only its input, which has no field for a note, a worker's name or any
 * other content of the file (professional secrecy, art. 458 Criminal Code). Deterministic for a
 * given input: the PDF dates come from `generatedAt`.
 */
import { isLanguage, type Language } from '#ui/i18n.ts';
import { formatDate, formatTime, openNotice, quoted, writeParagraph } from '../letters/index.ts';

export type PersonNoticeInput = {
  language: Language;
  institution: { name: string; kbo: string; address?: string; serviceContact: { phone?: string; email?: string } };
  person: { familyName: string; givenNames: string };
  /** The file's reference (acknowledgement number of the aid request). */
  fileRef: string;
  /** Timestamps of the opening and of its end. */
  openedAt: string;
  expiresAt: string;
  /** The reason the worker stated (they were told it is printed here). */
  reason: string;
  /** How to reach the DPO (setting `dataProtection.dpoContact`); without it, the service's contact. */
  dpoContact?: string | null;
  generatedAt: string;
};

type NoticeText = {
  title: string;
  colon: string;
  ref: string;
  salutation: string;
  opened: (date: string, time: string, endDate: string, endTime: string) => string;
  reasonLabel: string;
  review: string;
  rights: (dpo: string) => string;
  dpoFallback: string;
  complaint: string;
  contact: (contact: string, ref: string) => string;
  closing: string;
};

const TEXTS: Readonly<Record<Language, NoticeText>> = {
  fr: {
    title: 'Consultation exceptionnelle de votre dossier',
    colon: ' : ',
    ref: 'Référence du dossier',
    salutation: 'Madame, Monsieur,',
    opened: (date, time, endDate, endTime) =>
      `Le ${date} à ${time}, un membre du personnel du CPAS qui n’est pas chargé de votre dossier l’a ouvert de manière exceptionnelle (accès d’urgence). ` +
      `Cet accès était limité dans le temps : il a pris fin automatiquement le ${endDate} à ${endTime}. La loi nous impose de vous en informer.`,
    reasonLabel: 'Motif indiqué par ce membre du personnel',
    review:
      'Chaque ouverture exceptionnelle d’un dossier est enregistrée et examinée par le conseiller en sécurité de l’information du ' +
      'CPAS, qui vérifie qu’elle était justifiée.',
    rights: (dpo) =>
      `Vous avez le droit de savoir qui a consulté votre dossier, quand et pour quel motif. Pour recevoir votre rapport d’accès, ` +
      `ou pour toute question sur cette consultation, adressez-vous au délégué à la protection des données du CPAS${dpo}.`,
    dpoFallback: ', à l’adresse ci-dessus',
    complaint:
      'Si vous estimez que vos données ont été consultées sans raison, vous pouvez aussi introduire une plainte auprès de ' +
      'l’Autorité de protection des données.',
    contact: (contact, ref) =>
      `Le service social se tient à votre disposition${contact ? ` : ${contact}` : ''}. Merci de mentionner la référence ${ref}.`,
    closing: 'Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
  },
  nl: {
    title: 'Uitzonderlijke inzage in uw dossier',
    colon: ': ',
    ref: 'Referentie van het dossier',
    salutation: 'Geachte mevrouw, geachte heer,',
    opened: (date, time, endDate, endTime) =>
      `Op ${date} om ${time} heeft een personeelslid van het OCMW dat uw dossier niet behandelt, het uitzonderlijk geopend (noodtoegang). ` +
      `Die toegang was beperkt in de tijd: ze is automatisch afgelopen op ${endDate} om ${endTime}. De wet verplicht ons om u daarvan op de hoogte te brengen.`,
    reasonLabel: 'Reden opgegeven door dat personeelslid',
    review:
      'Elke uitzonderlijke opening van een dossier wordt geregistreerd en onderzocht door de informatieveiligheidsconsulent van ' +
      'het OCMW, die nagaat of ze gerechtvaardigd was.',
    rights: (dpo) =>
      `U hebt het recht om te weten wie uw dossier heeft ingezien, wanneer en waarom. Om uw toegangsrapport te ontvangen, of met ` +
      `vragen over deze inzage, kunt u terecht bij de functionaris voor gegevensbescherming van het OCMW${dpo}.`,
    dpoFallback: ', op het adres hierboven',
    complaint:
      'Als u vindt dat uw gegevens zonder reden zijn ingezien, kunt u ook een klacht indienen bij de Gegevensbeschermingsautoriteit.',
    contact: (contact, ref) =>
      `Met vragen kunt u terecht bij de sociale dienst${contact ? `: ${contact}` : ''}. Vermeld daarbij de referentie ${ref}.`,
    closing: 'Met vriendelijke groeten,',
  },
  de: {
    title: 'Ausnahmsweise Einsichtnahme in Ihre Akte',
    colon: ': ',
    ref: 'Aktenzeichen',
    salutation: 'Sehr geehrte Dame, sehr geehrter Herr,',
    opened: (date, time, endDate, endTime) =>
      `am ${date} um ${time} Uhr hat ein Mitarbeiter des ÖSHZ, der nicht mit Ihrer Akte betraut ist, diese ausnahmsweise geöffnet (Notfallzugriff). ` +
      `Dieser Zugriff war zeitlich begrenzt: Er endete automatisch am ${endDate} um ${endTime} Uhr. Das Gesetz verpflichtet uns, Sie darüber zu informieren.`,
    reasonLabel: 'Von diesem Mitarbeiter angegebener Grund',
    review:
      'Jede ausnahmsweise Öffnung einer Akte wird aufgezeichnet und vom Berater für Informationssicherheit des ÖSHZ geprüft, der ' +
      'kontrolliert, ob sie gerechtfertigt war.',
    rights: (dpo) =>
      `Sie haben das Recht zu erfahren, wer Ihre Akte wann und aus welchem Grund eingesehen hat. Um Ihren Zugriffsbericht zu ` +
      `erhalten, oder bei Fragen zu dieser Einsichtnahme, wenden Sie sich an den Datenschutzbeauftragten des ÖSHZ${dpo}.`,
    dpoFallback: ' unter der oben genannten Adresse',
    complaint:
      'Wenn Sie der Ansicht sind, dass Ihre Daten ohne Grund eingesehen wurden, können Sie auch eine Beschwerde bei der Datenschutzbehörde einreichen.',
    contact: (contact, ref) =>
      `Für Fragen steht Ihnen der Sozialdienst zur Verfügung${contact ? `: ${contact}` : ''}. Bitte geben Sie dabei das Zeichen ${ref} an.`,
    closing: 'Mit freundlichen Grüßen',
  },
  en: {
    title: 'Exceptional opening of your file',
    colon: ': ',
    ref: 'File reference',
    salutation: 'Dear Sir or Madam,',
    opened: (date, time, endDate, endTime) =>
      `On ${date} at ${time}, a member of the CPAS staff who does not handle your file opened it exceptionally (emergency access). ` +
      `This access was limited in time: it ended automatically on ${endDate} at ${endTime}. The law requires us to tell you.`,
    reasonLabel: 'Reason given by that staff member',
    review:
      'Every exceptional opening of a file is recorded and reviewed by the CPAS information security advisor, who checks that it was justified.',
    rights: (dpo) =>
      `You have the right to know who consulted your file, when and why. To receive your access report, or for any question about ` +
      `this opening, contact the data protection officer of the CPAS${dpo}.`,
    dpoFallback: ' at the address above',
    complaint: 'If you believe your data were consulted without reason, you may also lodge a complaint with the Data Protection Authority.',
    contact: (contact, ref) => `The social service is at your disposal${contact ? `: ${contact}` : ''}. Please quote the reference ${ref}.`,
    closing: 'Yours faithfully,',
  },
};

/** Renders the notice as a tagged A4 PDF (the letterhead of the letters, then the text). */
export async function renderPersonNotice(input: PersonNoticeInput): Promise<Buffer> {
  if (!isLanguage(input.language)) throw new RangeError(`Unsupported letter language: ${JSON.stringify(input.language)}`);
  const t = TEXTS[input.language];
  const language = input.language;
  const { page, done } = openNotice({ ...input, title: t.title, refLabel: t.ref });
  const paragraph = (text: string, options: { bold?: boolean; gap?: number; multiline?: boolean } = {}) =>
    writeParagraph(page, text, { bold: options.bold, multiline: options.multiline, gapAfter: options.gap });
  const contact = [input.institution.serviceContact.phone, input.institution.serviceContact.email]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join(' – ');
  paragraph(t.salutation);
  paragraph(
    t.opened(
      formatDate(language, input.openedAt),
      formatTime(language, input.openedAt),
      formatDate(language, input.expiresAt),
      formatTime(language, input.expiresAt),
    ),
  );
  paragraph(`${t.reasonLabel}${t.colon}`, { bold: true, gap: 0.2 });
  const reason = input.reason.trim();
  paragraph(quoted(language, reason), { multiline: true });
  paragraph(t.review);
  const dpo = input.dpoContact && input.dpoContact.trim() !== '' ? `${t.colon}${input.dpoContact.trim()}` : t.dpoFallback;
  paragraph(t.rights(dpo));
  paragraph(t.complaint);
  paragraph(t.contact(contact, input.fileRef), { gap: 1 });
  paragraph(t.closing, { gap: 0.3 });
  paragraph(input.institution.name);
  page.doc.end();
  return done;
}
