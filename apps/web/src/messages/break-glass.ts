/**
 * Emergency (break-glass) access and its review.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const breakGlass = defineCatalog({
  'alert.break-glass-opened': {
    fr: 'Accès d’urgence à ce dossier',
    nl: 'Noodtoegang tot dit dossier',
    de: 'Notfallzugriff auf diese Akte',
    en: 'Emergency access to this file',
  },
  'breakGlass.worklist.open': {
    fr: 'Qui l’a ouvert, et le courrier à la personne',
    nl: 'Wie het opende, en de brief aan de persoon',
    de: 'Wer sie geöffnet hat, und das Schreiben an die Person',
    en: 'Who opened it, and the letter to the person',
  },
  'breakGlass.restricted.title': {
    fr: 'Dossiers que vous ne pouvez pas ouvrir',
    nl: 'Dossiers die u niet kunt openen',
    de: 'Akten, die Sie nicht öffnen können',
    en: 'Files you cannot open',
  },
  'breakGlass.restricted.intro': {
    fr:
      'Cette personne a aussi des dossiers suivis par des collègues : vous n’en voyez que la date et le statut. Si ' +
      'une situation ne peut pas attendre le travailleur social chargé du dossier ou son responsable, vous pouvez en ' +
      'ouvrir un à titre exceptionnel.',
    nl:
      'Deze persoon heeft ook dossiers die collega’s behandelen: u ziet er alleen de datum en de status van. Als een ' +
      'situatie niet kan wachten op de maatschappelijk werker van het dossier of diens verantwoordelijke, kunt u er ' +
      'uitzonderlijk een openen.',
    de:
      'Diese Person hat auch Akten, die Kollegen betreuen: Sie sehen davon nur Datum und Status. Wenn eine Situation ' +
      'nicht auf den zuständigen Sozialarbeiter oder dessen Verantwortlichen warten kann, können Sie eine davon ausnahmsweise öffnen.',
    en:
      'This person also has files handled by colleagues: you see only their date and status. If a situation cannot ' +
      'wait for the worker in charge or their supervisor, you can open one exceptionally.',
  },
  'breakGlass.restricted.caption': {
    fr: 'Dossiers de cette personne que vous ne pouvez pas ouvrir',
    nl: 'Dossiers van deze persoon die u niet kunt openen',
    de: 'Akten dieser Person, die Sie nicht öffnen können',
    en: 'Files of this person you cannot open',
  },
  'breakGlass.restricted.action': { fr: 'Accès d’urgence', nl: 'Noodtoegang', de: 'Notfallzugriff', en: 'Emergency access' },
  'breakGlass.restricted.link': {
    fr: 'Accès d’urgence au dossier du {date}',
    nl: 'Noodtoegang tot het dossier van {date}',
    de: 'Notfallzugriff auf die Akte vom {date}',
    en: 'Emergency access to the file of {date}',
  },
  'breakGlass.form.title': {
    fr: 'Accès d’urgence à un dossier',
    nl: 'Noodtoegang tot een dossier',
    de: 'Notfallzugriff auf eine Akte',
    en: 'Emergency access to a file',
  },
  'breakGlass.form.file': {
    fr: 'Dossier reçu le {date}, statut : {status}.',
    nl: 'Dossier ontvangen op {date}, status: {status}.',
    de: 'Akte eingegangen am {date}, Status: {status}.',
    en: 'File received on {date}, status: {status}.',
  },
  'breakGlass.form.warningTitle': {
    fr: 'Ce dossier n’est pas le vôtre',
    nl: 'Dit dossier is niet het uwe',
    de: 'Diese Akte ist nicht Ihre',
    en: 'This file is not yours',
  },
  'breakGlass.form.warning': {
    fr:
      'Ne l’ouvrez que si la situation ne peut pas attendre le travailleur social chargé du dossier ou son ' +
      'responsable. L’ouverture est enregistrée à votre nom, l’accès prend fin de lui-même après un temps limité, le ' +
      'travailleur social chargé du dossier et la personne en sont informés, et le conseiller en sécurité examine chaque ouverture.',
    nl:
      'Open het alleen als de situatie niet kan wachten op de maatschappelijk werker van het dossier of diens ' +
      'verantwoordelijke. De opening wordt op uw naam geregistreerd, de toegang loopt vanzelf af na een beperkte ' +
      'tijd, de maatschappelijk werker van het dossier en de persoon worden ingelicht, en de ' +
      'informatieveiligheidsconsulent onderzoekt elke opening.',
    de:
      'Öffnen Sie sie nur, wenn die Situation nicht auf den zuständigen Sozialarbeiter oder dessen Verantwortlichen ' +
      'warten kann. Die Öffnung wird unter Ihrem Namen aufgezeichnet, der Zugriff endet nach begrenzter Zeit von ' +
      'selbst, der zuständige Sozialarbeiter und die Person werden informiert, und der Berater für ' +
      'Informationssicherheit prüft jede Öffnung.',
    en:
      'Open it only if the situation cannot wait for the worker in charge or their supervisor. The opening is ' +
      'recorded under your name, the access ends by itself after a limited time, the worker in charge and the person ' +
      'are told, and the security advisor reviews every opening.',
  },
  'breakGlass.form.reason': {
    fr: 'Pourquoi devez-vous ouvrir ce dossier maintenant ?',
    nl: 'Waarom moet u dit dossier nu openen?',
    de: 'Warum müssen Sie diese Akte jetzt öffnen?',
    en: 'Why must you open this file now?',
  },
  'breakGlass.form.reason.hint': {
    fr:
      'Au moins 10 caractères. Le motif figure dans le courrier envoyé à la personne : formulez-le comme vous le lui ' +
      'diriez, et n’y mettez jamais une confidence.',
    nl:
      'Minstens 10 tekens. De reden staat in de brief aan de persoon: formuleer ze zoals u ze hem of haar zou zeggen, ' +
      'en zet er nooit een vertrouwelijke mededeling in.',
    de:
      'Mindestens 10 Zeichen. Der Grund steht im Schreiben an die Person: Formulieren Sie ihn so, wie Sie ihn ihr ' +
      'sagen würden, und schreiben Sie nie eine vertrauliche Mitteilung hinein.',
    en:
      'At least 10 characters. The reason is printed in the letter sent to the person: write it as you would say it ' +
      'to them, and never put a confidence in it.',
  },
  'breakGlass.form.submit': {
    fr: 'Ouvrir le dossier à titre exceptionnel',
    nl: 'Het dossier uitzonderlijk openen',
    de: 'Die Akte ausnahmsweise öffnen',
    en: 'Open the file exceptionally',
  },
  'breakGlass.form.back': { fr: 'Retour à la personne', nl: 'Terug naar de persoon', de: 'Zurück zur Person', en: 'Back to the person' },
  'breakGlass.form.alreadyOpen': {
    fr: 'Vous pouvez déjà ouvrir ce dossier : un accès d’urgence n’est pas nécessaire.',
    nl: 'U kunt dit dossier al openen: noodtoegang is niet nodig.',
    de: 'Sie können diese Akte bereits öffnen: Ein Notfallzugriff ist nicht nötig.',
    en: 'You can already open this file: no emergency access is needed.',
  },
  'breakGlass.form.openFile': { fr: 'Ouvrir le dossier', nl: 'Het dossier openen', de: 'Die Akte öffnen', en: 'Open the file' },
  'done.break-glass': {
    fr:
      'Le dossier vous est ouvert pour un temps limité. L’ouverture est enregistrée ; le travailleur social chargé du ' +
      'dossier, la personne et le conseiller en sécurité en sont informés.',
    nl:
      'Het dossier is voor beperkte tijd voor u open. De opening is geregistreerd; de maatschappelijk werker van het ' +
      'dossier, de persoon en de informatieveiligheidsconsulent worden ingelicht.',
    de:
      'Die Akte ist für begrenzte Zeit für Sie geöffnet. Die Öffnung ist aufgezeichnet; der zuständige ' +
      'Sozialarbeiter, die Person und der Berater für Informationssicherheit werden informiert.',
    en:
      'The file is open to you for a limited time. The opening is recorded; the worker in charge, the person and the ' +
      'security advisor are told.',
  },
  'error.break-glass.reason-required': {
    fr: 'Indiquez le motif en 10 caractères au moins.',
    nl: 'Geef de reden op in minstens 10 tekens.',
    de: 'Geben Sie den Grund mit mindestens 10 Zeichen an.',
    en: 'State the reason in at least 10 characters.',
  },
  'breakGlass.notice.title': {
    fr: 'Accès d’urgence à ce dossier',
    nl: 'Noodtoegang tot dit dossier',
    de: 'Notfallzugriff auf diese Akte',
    en: 'Emergency access to this file',
  },
  'breakGlass.notice.intro': {
    fr:
      'Un collègue qui n’est pas chargé de ce dossier l’a ouvert à titre exceptionnel. La personne doit en être ' +
      'informée par courrier ; le conseiller en sécurité examine l’ouverture.',
    nl:
      'Een collega die dit dossier niet behandelt, heeft het uitzonderlijk geopend. De persoon moet daarvan per brief ' +
      'op de hoogte worden gebracht; de informatieveiligheidsconsulent onderzoekt de opening.',
    de:
      'Ein Kollege, der diese Akte nicht betreut, hat sie ausnahmsweise geöffnet. Die Person muss schriftlich darüber ' +
      'informiert werden; der Berater für Informationssicherheit prüft die Öffnung.',
    en:
      'A colleague who is not assigned to this file opened it exceptionally. The person must be told by letter; the ' +
      'security advisor reviews the opening.',
  },
  'breakGlass.notice.none': {
    fr: 'Personne n’a ouvert ce dossier par un accès d’urgence.',
    nl: 'Niemand heeft dit dossier via noodtoegang geopend.',
    de: 'Niemand hat diese Akte über einen Notfallzugriff geöffnet.',
    en: 'Nobody has opened this file through emergency access.',
  },
  'breakGlass.notice.heading': { fr: 'Ouverture du {date}', nl: 'Opening van {date}', de: 'Öffnung vom {date}', en: 'Opening of {date}' },
  'breakGlass.notice.openedBy': { fr: 'Ouvert par', nl: 'Geopend door', de: 'Geöffnet von', en: 'Opened by' },
  'breakGlass.notice.openedAt': { fr: 'Ouvert le', nl: 'Geopend op', de: 'Geöffnet am', en: 'Opened on' },
  'breakGlass.notice.expiresAt': { fr: 'Accès jusqu’au', nl: 'Toegang tot', de: 'Zugriff bis', en: 'Access until' },
  'breakGlass.notice.reason': { fr: 'Motif indiqué', nl: 'Opgegeven reden', de: 'Angegebener Grund', en: 'Reason given' },
  'breakGlass.notice.letter': {
    fr: 'Courrier à la personne',
    nl: 'Brief aan de persoon',
    de: 'Schreiben an die Person',
    en: 'Letter to the person',
  },
  'breakGlass.notice.status.due': { fr: 'À envoyer', nl: 'Te versturen', de: 'Zu versenden', en: 'To be sent' },
  'breakGlass.notice.status.sent': { fr: 'Envoyé le {date}', nl: 'Verstuurd op {date}', de: 'Versandt am {date}', en: 'Sent on {date}' },
  'breakGlass.notice.status.none': { fr: 'Pas de courrier', nl: 'Geen brief', de: 'Kein Schreiben', en: 'No letter' },
  'breakGlass.notice.download.fr': {
    fr: 'Courrier en français (PDF)',
    nl: 'Brief in het Frans (pdf)',
    de: 'Schreiben auf Französisch (PDF)',
    en: 'Letter in French (PDF)',
  },
  'breakGlass.notice.download.nl': {
    fr: 'Courrier en néerlandais (PDF)',
    nl: 'Brief in het Nederlands (pdf)',
    de: 'Schreiben auf Niederländisch (PDF)',
    en: 'Letter in Dutch (PDF)',
  },
  'breakGlass.notice.download.de': {
    fr: 'Courrier en allemand (PDF)',
    nl: 'Brief in het Duits (pdf)',
    de: 'Schreiben auf Deutsch (PDF)',
    en: 'Letter in German (PDF)',
  },
  'breakGlass.notice.personLanguage': {
    fr: 'langue de la personne',
    nl: 'taal van de persoon',
    de: 'Sprache der Person',
    en: 'the person’s language',
  },
  'breakGlass.notice.markSent': {
    fr: 'Enregistrer l’envoi du courrier',
    nl: 'De verzending van de brief registreren',
    de: 'Den Versand des Schreibens erfassen',
    en: 'Record that the letter was sent',
  },
  'breakGlass.notice.sentAt': { fr: 'Date d’envoi', nl: 'Datum van verzending', de: 'Versanddatum', en: 'Date of sending' },
  'breakGlass.notice.method': { fr: 'Mode d’envoi', nl: 'Verzonden per', de: 'Versandart', en: 'Sent by' },
  'breakGlass.notice.submit': {
    fr: 'Enregistrer l’envoi',
    nl: 'De verzending registreren',
    de: 'Den Versand erfassen',
    en: 'Record the sending',
  },
  'breakGlass.notice.done': {
    fr: 'L’envoi du courrier est enregistré.',
    nl: 'De verzending van de brief is geregistreerd.',
    de: 'Der Versand des Schreibens ist erfasst.',
    en: 'The sending of the letter is recorded.',
  },
  'breakGlass.notice.sentAt.required': {
    fr: 'Indiquez la date d’envoi.',
    nl: 'Vul de datum van verzending in.',
    de: 'Geben Sie das Versanddatum an.',
    en: 'Enter the date of sending.',
  },
  'breakGlass.notice.method.required': {
    fr: 'Choisissez le mode d’envoi du courrier.',
    nl: 'Kies hoe de brief werd verzonden.',
    de: 'Wählen Sie, wie das Schreiben versandt wurde.',
    en: 'Choose how the letter was sent.',
  },
  'breakGlass.notice.back': { fr: 'Retour au dossier', nl: 'Terug naar het dossier', de: 'Zurück zur Akte', en: 'Back to the file' },
  'breakGlass.method.letter': { fr: 'Courrier ordinaire', nl: 'Gewone brief', de: 'Gewöhnlicher Brief', en: 'Ordinary letter' },
  'breakGlass.method.registered-letter': {
    fr: 'Courrier recommandé',
    nl: 'Aangetekende brief',
    de: 'Einschreiben',
    en: 'Registered letter',
  },
  'breakGlass.method.ebox': { fr: 'eBox', nl: 'eBox', de: 'eBox', en: 'eBox' },
  'breakGlass.method.handed-over': {
    fr: 'Remis en main propre',
    nl: 'Persoonlijk overhandigd',
    de: 'Persönlich übergeben',
    en: 'Handed over in person',
  },
  'error.break-glass.sent-at-invalid': {
    fr: 'La date doit se situer entre l’ouverture et aujourd’hui.',
    nl: 'De datum moet tussen de opening en vandaag liggen.',
    de: 'Das Datum muss zwischen der Öffnung und heute liegen.',
    en: 'The date must fall between the opening and today.',
  },
  'error.break-glass.notice-already-sent': {
    fr: 'L’envoi du courrier est déjà enregistré.',
    nl: 'De verzending van de brief is al geregistreerd.',
    de: 'Der Versand des Schreibens ist bereits erfasst.',
    en: 'The letter is already recorded as sent.',
  },
  'breakGlass.queue.title': {
    fr: 'Accès d’urgence à examiner',
    nl: 'Te onderzoeken noodtoegangen',
    de: 'Zu prüfende Notfallzugriffe',
    en: 'Emergency accesses to review',
  },
  'breakGlass.queue.intro': {
    fr:
      'Chaque ouverture d’un dossier en dehors des règles d’accès attend ici que vous la clôturiez par un avis. Vous ' +
      'voyez qui a ouvert quel dossier, pourquoi et ce qui a été fait — jamais le contenu du dossier.',
    nl:
      'Elke opening van een dossier buiten de toegangsregels wacht hier tot u ze met een oordeel afsluit. U ziet wie ' +
      'welk dossier opende, waarom en wat er gebeurde — nooit de inhoud van het dossier.',
    de:
      'Jede Öffnung einer Akte außerhalb der Zugriffsregeln wartet hier, bis Sie sie mit einer Bewertung abschließen. ' +
      'Sie sehen, wer welche Akte warum geöffnet hat und was dabei getan wurde — nie den Inhalt der Akte.',
    en:
      'Every opening of a file outside the case-based rules waits here until you close it with a verdict. You see who ' +
      'opened which file, why and what they did — never the content of the file.',
  },
  'breakGlass.queue.filter': { fr: 'Afficher', nl: 'Tonen', de: 'Anzeigen', en: 'Show' },
  'breakGlass.queue.filter.pending': { fr: 'À examiner', nl: 'Te onderzoeken', de: 'Zu prüfen', en: 'To review' },
  'breakGlass.queue.filter.reviewed': { fr: 'Examinés', nl: 'Onderzocht', de: 'Geprüft', en: 'Reviewed' },
  'breakGlass.queue.filter.all': { fr: 'Tous', nl: 'Alle', de: 'Alle', en: 'All' },
  'breakGlass.queue.empty': {
    fr: 'Aucun accès d’urgence à afficher.',
    nl: 'Geen noodtoegang om te tonen.',
    de: 'Kein Notfallzugriff anzuzeigen.',
    en: 'No emergency access to show.',
  },
  'breakGlass.queue.item': { fr: 'Dossier de {person}', nl: 'Dossier van {person}', de: 'Akte von {person}', en: 'File of {person}' },
  'breakGlass.queue.status': { fr: 'Examen', nl: 'Onderzoek', de: 'Prüfung', en: 'Review' },
  'breakGlass.queue.active': {
    fr: 'accès toujours en cours',
    nl: 'toegang loopt nog',
    de: 'Zugriff läuft noch',
    en: 'access still running',
  },
  'breakGlass.queue.actions': {
    fr: 'Actions pendant l’accès',
    nl: 'Handelingen tijdens de toegang',
    de: 'Handlungen während des Zugriffs',
    en: 'Actions during the access',
  },
  'breakGlass.queue.actions.none': {
    fr: 'Aucune action enregistrée pendant l’accès.',
    nl: 'Geen handeling geregistreerd tijdens de toegang.',
    de: 'Keine Handlung während des Zugriffs aufgezeichnet.',
    en: 'No action recorded during the access.',
  },
  'breakGlass.queue.action.at': { fr: 'Quand', nl: 'Wanneer', de: 'Wann', en: 'When' },
  'breakGlass.queue.action.what': { fr: 'Action', nl: 'Handeling', de: 'Handlung', en: 'Action' },
  'breakGlass.queue.action.denied': { fr: 'refusée', nl: 'geweigerd', de: 'verweigert', en: 'refused' },
  'breakGlass.action.person.create': {
    fr: 'A enregistré la personne',
    nl: 'Registreerde de persoon',
    de: 'Hat die Person erfasst',
    en: 'Registered the person',
  },
  'breakGlass.action.aid-request.create': {
    fr: 'A enregistré une demande d’aide',
    nl: 'Registreerde een hulpaanvraag',
    de: 'Hat einen Hilfeantrag erfasst',
    en: 'Registered an aid request',
  },
  'breakGlass.action.aid-request.assign': {
    fr: 'A attribué le dossier',
    nl: 'Wees het dossier toe',
    de: 'Hat die Akte zugewiesen',
    en: 'Assigned the file',
  },
  'breakGlass.action.aid-request.close': {
    fr: 'A clôturé le dossier',
    nl: 'Sloot het dossier af',
    de: 'Hat die Akte abgeschlossen',
    en: 'Closed the file',
  },
  'breakGlass.action.decision.create': {
    fr: 'A enregistré une décision',
    nl: 'Registreerde een beslissing',
    de: 'Hat einen Beschluss erfasst',
    en: 'Recorded a decision',
  },
  'breakGlass.action.decision.notify': {
    fr: 'A enregistré la notification',
    nl: 'Registreerde de kennisgeving',
    de: 'Hat die Zustellung erfasst',
    en: 'Recorded the notification',
  },
  'breakGlass.action.person-informed.record': {
    fr: 'A noté que la personne a été informée',
    nl: 'Noteerde dat de persoon geïnformeerd werd',
    de: 'Hat vermerkt, dass die Person informiert wurde',
    en: 'Recorded that the person was informed',
  },
  'breakGlass.action.social-report.sign': {
    fr: 'A signé le rapport social',
    nl: 'Ondertekende het sociaal verslag',
    de: 'Hat den Sozialbericht unterzeichnet',
    en: 'Signed the social report',
  },
  'breakGlass.action.break-glass.open': {
    fr: 'A ouvert le dossier en urgence',
    nl: 'Opende het dossier met noodtoegang',
    de: 'Hat die Akte im Notfall geöffnet',
    en: 'Opened the file in an emergency',
  },
  'breakGlass.action.access-report.generate': {
    fr: 'A établi le rapport d’accès',
    nl: 'Maakte het inzagerapport op',
    de: 'Hat den Auskunftsbericht erstellt',
    en: 'Produced the access report',
  },
  'breakGlass.action.aid-request.read': {
    fr: 'A ouvert la demande d’aide',
    nl: 'Opende de hulpaanvraag',
    de: 'Hat den Hilfeantrag geöffnet',
    en: 'Opened the aid request',
  },
  'breakGlass.action.aid-request.list': {
    fr: 'A listé les demandes de la personne',
    nl: 'Bekeek de aanvragen van de persoon',
    de: 'Hat die Anträge der Person aufgelistet',
    en: 'Listed the person’s requests',
  },
  'breakGlass.action.person.read': {
    fr: 'A ouvert la fiche de la personne',
    nl: 'Opende de persoonsfiche',
    de: 'Hat die Personenakte geöffnet',
    en: 'Opened the person',
  },
  'breakGlass.action.person.search-by-niss': {
    fr: 'A cherché la personne par NISS',
    nl: 'Zocht de persoon op INSZ',
    de: 'Hat die Person nach NISS gesucht',
    en: 'Searched the person by NISS',
  },
  'breakGlass.action.person.search-by-name': {
    fr: 'A cherché par nom',
    nl: 'Zocht op naam',
    de: 'Hat nach Namen gesucht',
    en: 'Searched by name',
  },
  'breakGlass.action.social-report.read': {
    fr: 'A lu le rapport social',
    nl: 'Las het sociaal verslag',
    de: 'Hat den Sozialbericht gelesen',
    en: 'Read the social report',
  },
  'breakGlass.action.social-report.update': {
    fr: 'A modifié le rapport social',
    nl: 'Wijzigde het sociaal verslag',
    de: 'Hat den Sozialbericht geändert',
    en: 'Changed the social report',
  },
  'breakGlass.action.note.list': {
    fr: 'A lu les notes confidentielles',
    nl: 'Las de vertrouwelijke notities',
    de: 'Hat die vertraulichen Notizen gelesen',
    en: 'Read the confidential notes',
  },
  'breakGlass.action.note.create': {
    fr: 'A ajouté une note confidentielle',
    nl: 'Voegde een vertrouwelijke notitie toe',
    de: 'Hat eine vertrauliche Notiz hinzugefügt',
    en: 'Added a confidential note',
  },
  'breakGlass.action.document.list': {
    fr: 'A listé les documents',
    nl: 'Bekeek de lijst van documenten',
    de: 'Hat die Dokumente aufgelistet',
    en: 'Listed the documents',
  },
  'breakGlass.action.document.read': {
    fr: 'A ouvert un document',
    nl: 'Opende een document',
    de: 'Hat ein Dokument geöffnet',
    en: 'Opened a document',
  },
  'breakGlass.action.decision.read': {
    fr: 'A lu une décision',
    nl: 'Las een beslissing',
    de: 'Hat einen Beschluss gelesen',
    en: 'Read a decision',
  },
  'breakGlass.action.decision.letter.print': {
    fr: 'A imprimé une lettre de décision',
    nl: 'Drukte een beslissingsbrief af',
    de: 'Hat einen Beschlussbrief gedruckt',
    en: 'Printed a decision letter',
  },
  'breakGlass.action.acknowledgement.print': {
    fr: 'A imprimé l’accusé de réception',
    nl: 'Drukte het ontvangstbewijs af',
    de: 'Hat die Empfangsbestätigung gedruckt',
    en: 'Printed the acknowledgement',
  },
  'breakGlass.action.rse-consultation.list': {
    fr: 'A consulté les consultations RSE',
    nl: 'Bekeek de ESV-raadplegingen',
    de: 'Hat die ESB-Abfragen angesehen',
    en: 'Looked at the RSE consultations',
  },
  'breakGlass.action.rse-consultation.read': {
    fr: 'A lu une consultation RSE',
    nl: 'Las een ESV-raadpleging',
    de: 'Hat eine ESB-Abfrage gelesen',
    en: 'Read an RSE consultation',
  },
  'breakGlass.action.rse-consultation.create': {
    fr: 'A interrogé d’autres CPAS (RSE)',
    nl: 'Vroeg andere OCMW’s (ESV)',
    de: 'Hat andere ÖSHZ abgefragt (ESB)',
    en: 'Asked other CPAS (RSE)',
  },
  'breakGlass.queue.verdict': { fr: 'Avis', nl: 'Oordeel', de: 'Bewertung', en: 'Verdict' },
  'breakGlass.queue.comment': { fr: 'Commentaire', nl: 'Opmerking', de: 'Bemerkung', en: 'Comment' },
  'breakGlass.queue.comment.hint': {
    fr: 'Obligatoire si l’ouverture n’était pas justifiée : il fonde toute suite éventuelle.',
    nl: 'Verplicht als de opening niet gerechtvaardigd was: ze is de basis voor elk gevolg.',
    de: 'Pflicht, wenn die Öffnung nicht gerechtfertigt war: Sie ist die Grundlage jeder weiteren Maßnahme.',
    en: 'Required when the opening was not justified: it is the basis of any follow-up.',
  },
  'breakGlass.queue.submit': {
    fr: 'Clôturer l’examen',
    nl: 'Het onderzoek afsluiten',
    de: 'Die Prüfung abschließen',
    en: 'Close the review',
  },
  'breakGlass.queue.reviewedBy': {
    fr: 'Examiné par {name} le {date}',
    nl: 'Onderzocht door {name} op {date}',
    de: 'Geprüft von {name} am {date}',
    en: 'Reviewed by {name} on {date}',
  },
  'breakGlass.queue.done': {
    fr: 'L’examen est enregistré.',
    nl: 'Het onderzoek is geregistreerd.',
    de: 'Die Prüfung ist erfasst.',
    en: 'The review is recorded.',
  },
  'breakGlass.queue.verdict.required': {
    fr: 'Choisissez un avis.',
    nl: 'Kies een oordeel.',
    de: 'Wählen Sie eine Bewertung.',
    en: 'Choose a verdict.',
  },
  'breakGlass.queue.weeklyLink': {
    fr: 'Rapport hebdomadaire (26 semaines)',
    nl: 'Weekrapport (26 weken)',
    de: 'Wochenbericht (26 Wochen)',
    en: 'Weekly report (26 weeks)',
  },
  'breakGlass.status.pending': { fr: 'À examiner', nl: 'Te onderzoeken', de: 'Zu prüfen', en: 'To review' },
  'breakGlass.status.reviewed': { fr: 'Examiné', nl: 'Onderzocht', de: 'Geprüft', en: 'Reviewed' },
  'breakGlass.verdict.justified': { fr: 'Justifié', nl: 'Gerechtvaardigd', de: 'Gerechtfertigt', en: 'Justified' },
  'breakGlass.verdict.unjustified': { fr: 'Non justifié', nl: 'Niet gerechtvaardigd', de: 'Nicht gerechtfertigt', en: 'Not justified' },
  'error.break-glass.comment-required': {
    fr: 'Expliquez pourquoi l’ouverture n’était pas justifiée.',
    nl: 'Leg uit waarom de opening niet gerechtvaardigd was.',
    de: 'Erläutern Sie, warum die Öffnung nicht gerechtfertigt war.',
    en: 'Say why the opening was not justified.',
  },
  'error.break-glass.already-reviewed': {
    fr: 'Cette ouverture a déjà été examinée.',
    nl: 'Deze opening werd al onderzocht.',
    de: 'Diese Öffnung wurde bereits geprüft.',
    en: 'This opening has already been reviewed.',
  },
  'breakGlass.weekly.title': {
    fr: 'Accès d’urgence par semaine',
    nl: 'Noodtoegangen per week',
    de: 'Notfallzugriffe pro Woche',
    en: 'Emergency accesses per week',
  },
  'breakGlass.weekly.intro': {
    fr: 'Les 26 dernières semaines, du lundi au dimanche (heure de Bruxelles) : chaque ouverture, si elle a été examinée, et l’avis.',
    nl: 'De laatste 26 weken, van maandag tot zondag (Brusselse tijd): elke opening, of ze onderzocht werd, en het oordeel.',
    de: 'Die letzten 26 Wochen, von Montag bis Sonntag (Brüsseler Zeit): jede Öffnung, ob sie geprüft wurde, und die Bewertung.',
    en: 'The last 26 weeks, Monday to Sunday (Brussels time): every opening, whether it was reviewed, and the verdict.',
  },
  'breakGlass.weekly.caption': {
    fr: 'Accès d’urgence des {weeks} dernières semaines',
    nl: 'Noodtoegangen van de laatste {weeks} weken',
    de: 'Notfallzugriffe der letzten {weeks} Wochen',
    en: 'Emergency accesses over the last {weeks} weeks',
  },
  'breakGlass.weekly.week': { fr: 'Semaine', nl: 'Week', de: 'Woche', en: 'Week' },
  'breakGlass.weekly.openings': { fr: 'Ouvertures', nl: 'Openingen', de: 'Öffnungen', en: 'Openings' },
  'breakGlass.weekly.reviewed': { fr: 'Examinées', nl: 'Onderzocht', de: 'Geprüft', en: 'Reviewed' },
  'breakGlass.weekly.justified': { fr: 'Justifiées', nl: 'Gerechtvaardigd', de: 'Gerechtfertigt', en: 'Justified' },
  'breakGlass.weekly.unjustified': { fr: 'Non justifiées', nl: 'Niet gerechtvaardigd', de: 'Nicht gerechtfertigt', en: 'Not justified' },
  'breakGlass.weekly.pending': { fr: 'À examiner', nl: 'Te onderzoeken', de: 'Zu prüfen', en: 'To review' },
  'breakGlass.weekly.byUser': { fr: 'Par utilisateur', nl: 'Per gebruiker', de: 'Pro Benutzer', en: 'By user' },
  'breakGlass.weekly.person': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'breakGlass.weekly.weekLabel': {
    fr: '{week} (du {from} au {to})',
    nl: '{week} (van {from} tot {to})',
    de: '{week} (vom {from} bis zum {to})',
    en: '{week} ({from} – {to})',
  },
  'breakGlass.weekly.userCount': { fr: '{name} : {count}', nl: '{name}: {count}', de: '{name}: {count}', en: '{name}: {count}' },
  'breakGlass.weekly.oneWeek.title': {
    fr: 'Accès d’urgence de la semaine {week}',
    nl: 'Noodtoegangen van week {week}',
    de: 'Notfallzugriffe der Woche {week}',
    en: 'Emergency accesses of week {week}',
  },
  'breakGlass.weekly.oneWeek.caption': {
    fr: 'Ouvertures du {from} au {to}',
    nl: 'Openingen van {from} tot {to}',
    de: 'Öffnungen vom {from} bis zum {to}',
    en: 'Openings from {from} to {to}',
  },
  'breakGlass.weekly.back': {
    fr: 'Retour aux 26 semaines',
    nl: 'Terug naar de 26 weken',
    de: 'Zurück zu den 26 Wochen',
    en: 'Back to the 26 weeks',
  },
  'breakGlass.weekly.queueLink': {
    fr: 'Retour aux accès à examiner',
    nl: 'Terug naar de te onderzoeken noodtoegangen',
    de: 'Zurück zu den zu prüfenden Notfallzugriffen',
    en: 'Back to the review queue',
  },
  'error.break-glass.week-invalid': {
    fr: 'Cette semaine n’existe pas.',
    nl: 'Deze week bestaat niet.',
    de: 'Diese Woche gibt es nicht.',
    en: 'This week does not exist.',
  },
});
