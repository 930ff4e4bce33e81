/**
 * Committee sessions (R24): the session of the deciding body, its agenda, attendance and decisions.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const committee = defineCatalog({
  'nav.committee': { fr: 'Séances', nl: 'Zittingen', de: 'Sitzungen', en: 'Sessions' },
  'committee.title': {
    fr: 'Séances de l’organe qui décide',
    nl: 'Zittingen van het beslissingsorgaan',
    de: 'Sitzungen des entscheidenden Organs',
    en: 'Sessions of the deciding body',
  },
  'committee.intro.secretary': {
    fr:
      'Comme secrétaire, vous préparez la séance du conseil de l’action sociale ou du comité spécial du service social : ' +
      'vous inscrivez à l’ordre du jour les rapports sociaux signés, vous notez les présences, puis une décision par point. ' +
      'Les membres ne lisent que les rapports de l’ordre du jour des séances où ils siègent, et leur accès prend fin peu après la séance.',
    nl:
      'Als secretaris bereidt u de zitting van de raad voor maatschappelijk welzijn of het bijzonder comité voor de sociale dienst voor: ' +
      'u zet ondertekende sociale verslagen op de agenda, u noteert de aanwezigheden en daarna één beslissing per punt. ' +
      'De leden lezen alleen de verslagen op de agenda van de zittingen waarin zij zetelen, en hun toegang vervalt kort na de zitting.',
    de:
      'Als Sekretär bereiten Sie die Sitzung des Sozialhilferates oder des Sonderausschusses für den Sozialdienst vor: ' +
      'Sie setzen unterzeichnete Sozialberichte auf die Tagesordnung, erfassen die Anwesenheit und danach eine Entscheidung pro Punkt. ' +
      'Die Mitglieder lesen nur die Berichte auf der Tagesordnung der Sitzungen, an denen sie teilnehmen, und ihr Zugriff endet kurz nach der Sitzung.',
    en:
      'As secretary you prepare the session of the council or the special committee for the social service: you put signed ' +
      'social reports on the agenda, record the attendance, then one decision per item. Members read only the reports on the ' +
      'agenda of the sessions they sit on, and their access ends shortly after the session.',
  },
  'committee.intro.member': {
    fr: 'Les séances où vous siégez. Vous lisez les rapports de leur ordre du jour jusqu’à la date indiquée ; ensuite l’accès prend fin.',
    nl: 'De zittingen waarin u zetelt. U leest de verslagen op hun agenda tot de vermelde datum; daarna vervalt de toegang.',
    de: 'Die Sitzungen, an denen Sie teilnehmen. Sie lesen die Berichte ihrer Tagesordnung bis zum angegebenen Datum; danach endet der Zugriff.',
    en: 'The sessions you sit on. You read the reports on their agenda until the date shown; then the access ends.',
  },
  'committee.new': { fr: 'Planifier une séance', nl: 'Een zitting plannen', de: 'Eine Sitzung planen', en: 'Plan a session' },
  'committee.empty': { fr: 'Aucune séance.', nl: 'Geen zittingen.', de: 'Keine Sitzungen.', en: 'No sessions.' },
  'committee.caption': { fr: 'Séances', nl: 'Zittingen', de: 'Sitzungen', en: 'Sessions' },
  'committee.sessionDate': { fr: 'Date de la séance', nl: 'Datum van de zitting', de: 'Datum der Sitzung', en: 'Session date' },
  'committee.body': { fr: 'Organe', nl: 'Orgaan', de: 'Organ', en: 'Body' },
  'committee.place': { fr: 'Lieu', nl: 'Plaats', de: 'Ort', en: 'Place' },
  'committee.status': { fr: 'État', nl: 'Status', de: 'Status', en: 'Status' },
  'committee.items': { fr: 'Points', nl: 'Punten', de: 'Punkte', en: 'Items' },
  'committee.decided': { fr: 'Décidés', nl: 'Beslist', de: 'Entschieden', en: 'Decided' },
  'committee.status.planned': { fr: 'Planifiée', nl: 'Gepland', de: 'Geplant', en: 'Planned' },
  'committee.status.closed': { fr: 'Clôturée', nl: 'Afgesloten', de: 'Abgeschlossen', en: 'Closed' },
  'committee.members': { fr: 'Membres', nl: 'Leden', de: 'Mitglieder', en: 'Members' },
  'committee.members.hint': {
    fr: 'Les membres qui siègent à cette séance : eux seuls liront les rapports de son ordre du jour.',
    nl: 'De leden die in deze zitting zetelen: alleen zij lezen de verslagen op de agenda.',
    de: 'Die Mitglieder dieser Sitzung: nur sie lesen die Berichte ihrer Tagesordnung.',
    en: 'The members sitting on this session: only they will read the reports on its agenda.',
  },
  'committee.members.required': {
    fr: 'Choisissez au moins un membre.',
    nl: 'Kies minstens één lid.',
    de: 'Wählen Sie mindestens ein Mitglied.',
    en: 'Choose at least one member.',
  },
  'committee.members.none': {
    fr: 'Aucun membre du comité n’a de compte : demandez-en un à l’administrateur.',
    nl: 'Geen enkel lid van het comité heeft een account: vraag er een aan de beheerder.',
    de: 'Kein Ausschussmitglied hat ein Konto: bitten Sie den Administrator darum.',
    en: 'No committee member has an account: ask the administrator for one.',
  },
  'committee.plan.submit': { fr: 'Planifier la séance', nl: 'Zitting plannen', de: 'Sitzung planen', en: 'Plan the session' },
  'committee.session.title': {
    fr: 'Séance du {date}',
    nl: 'Zitting van {date}',
    de: 'Sitzung vom {date}',
    en: 'Session of {date}',
  },
  'committee.back': { fr: 'Retour aux séances', nl: 'Terug naar de zittingen', de: 'Zurück zu den Sitzungen', en: 'Back to the sessions' },
  'committee.secretary': { fr: 'Secrétaire', nl: 'Secretaris', de: 'Sekretär', en: 'Secretary' },
  'committee.accessUntil': {
    fr: 'Accès des membres jusqu’au',
    nl: 'Toegang van de leden tot',
    de: 'Zugriff der Mitglieder bis',
    en: 'Members’ access until',
  },
  'committee.attendance': { fr: 'Présences', nl: 'Aanwezigheden', de: 'Anwesenheit', en: 'Attendance' },
  'committee.attendance.present': { fr: 'Présent', nl: 'Aanwezig', de: 'Anwesend', en: 'Present' },
  'committee.attendance.excused': { fr: 'Excusé', nl: 'Verontschuldigd', de: 'Entschuldigt', en: 'Excused' },
  'committee.attendance.absent': { fr: 'Absent', nl: 'Afwezig', de: 'Abwesend', en: 'Absent' },
  'committee.attendance.unknown': { fr: 'Non noté', nl: 'Niet genoteerd', de: 'Nicht erfasst', en: 'Not recorded' },
  'committee.attendance.of': {
    fr: 'Présence de {name}',
    nl: 'Aanwezigheid van {name}',
    de: 'Anwesenheit von {name}',
    en: 'Attendance of {name}',
  },
  'committee.attendance.submit': {
    fr: 'Enregistrer les présences',
    nl: 'Aanwezigheden opslaan',
    de: 'Anwesenheit speichern',
    en: 'Save the attendance',
  },
  'committee.attendance.later': {
    fr: 'Les présences, les décisions et la clôture s’enregistrent à partir du jour de la séance.',
    nl: 'Aanwezigheden, beslissingen en de afsluiting worden geregistreerd vanaf de dag van de zitting.',
    de: 'Anwesenheit, Entscheidungen und Abschluss werden ab dem Tag der Sitzung erfasst.',
    en: 'Attendance, decisions and the closing are recorded from the day of the session.',
  },
  'committee.quorum.ok': {
    fr: 'Quorum atteint : la séance peut décider.',
    nl: 'Quorum bereikt: de zitting kan beslissen.',
    de: 'Beschlussfähig: die Sitzung kann entscheiden.',
    en: 'Quorum reached: the session can decide.',
  },
  'committee.quorum.missing': {
    fr: 'La séance ne peut décider que lorsque les présences sont notées et que plus de la moitié des membres est présente.',
    nl: 'De zitting kan pas beslissen wanneer de aanwezigheden genoteerd zijn en meer dan de helft van de leden aanwezig is.',
    de: 'Die Sitzung kann erst entscheiden, wenn die Anwesenheit erfasst ist und mehr als die Hälfte der Mitglieder anwesend ist.',
    en: 'The session can decide only once the attendance is recorded and more than half of the members are present.',
  },
  'committee.agenda': { fr: 'Ordre du jour', nl: 'Agenda', de: 'Tagesordnung', en: 'Agenda' },
  'committee.agenda.empty': {
    fr: 'Aucun point à l’ordre du jour.',
    nl: 'Geen punten op de agenda.',
    de: 'Keine Punkte auf der Tagesordnung.',
    en: 'No items on the agenda.',
  },
  'committee.item.position': { fr: 'N°', nl: 'Nr.', de: 'Nr.', en: 'No.' },
  'committee.item.person': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'committee.item.kind': { fr: 'Demande', nl: 'Aanvraag', de: 'Antrag', en: 'Request' },
  'committee.item.state': { fr: 'Suite', nl: 'Gevolg', de: 'Stand', en: 'Outcome' },
  'committee.item.pending': { fr: 'À décider', nl: 'Te beslissen', de: 'Zu entscheiden', en: 'To decide' },
  'committee.item.postponed': { fr: 'Reporté', nl: 'Uitgesteld', de: 'Vertagt', en: 'Postponed' },
  'committee.item.decision': {
    fr: 'Décision {ref} : {outcome}',
    nl: 'Beslissing {ref}: {outcome}',
    de: 'Entscheidung {ref}: {outcome}',
    en: 'Decision {ref}: {outcome}',
  },
  'committee.item.decide': {
    fr: 'Enregistrer la décision pour {name}',
    nl: 'Beslissing registreren voor {name}',
    de: 'Entscheidung für {name} erfassen',
    en: 'Record the decision for {name}',
  },
  'committee.item.read': {
    fr: 'Lire le rapport de {name}',
    nl: 'Verslag van {name} lezen',
    de: 'Bericht von {name} lesen',
    en: 'Read the report of {name}',
  },
  'committee.item.remove': { fr: 'Retirer', nl: 'Verwijderen', de: 'Entfernen', en: 'Remove' },
  'committee.item.remove.label': {
    fr: 'Retirer {name} de l’ordre du jour',
    nl: '{name} van de agenda verwijderen',
    de: '{name} von der Tagesordnung entfernen',
    en: 'Remove {name} from the agenda',
  },
  'committee.add': {
    fr: 'Rapport signé à inscrire',
    nl: 'Ondertekend verslag om te agenderen',
    de: 'Unterzeichneter Bericht für die Tagesordnung',
    en: 'Signed report to put on the agenda',
  },
  'committee.add.submit': {
    fr: 'Inscrire à l’ordre du jour',
    nl: 'Op de agenda zetten',
    de: 'Auf die Tagesordnung setzen',
    en: 'Put on the agenda',
  },
  'committee.add.none': {
    fr: 'Aucun rapport signé n’attend d’être inscrit.',
    nl: 'Geen ondertekend verslag wacht om geagendeerd te worden.',
    de: 'Kein unterzeichneter Bericht wartet auf die Tagesordnung.',
    en: 'No signed report is waiting to be put on an agenda.',
  },
  'committee.close.submit': { fr: 'Clôturer la séance', nl: 'Zitting afsluiten', de: 'Sitzung abschließen', en: 'Close the session' },
  'committee.close.hint': {
    fr: 'Les points sans décision seront reportés et pourront être inscrits à une prochaine séance.',
    nl: 'Punten zonder beslissing worden uitgesteld en kunnen op een volgende zitting worden geagendeerd.',
    de: 'Punkte ohne Entscheidung werden vertagt und können auf eine nächste Sitzung gesetzt werden.',
    en: 'Items without a decision are postponed and may be put on a later session.',
  },
  'committee.decision.title': {
    fr: 'Décision de la séance : {name}',
    nl: 'Beslissing van de zitting: {name}',
    de: 'Entscheidung der Sitzung: {name}',
    en: 'Decision of the session: {name}',
  },
  'committee.decision.intro': {
    fr: '{body}, séance du {date}. La décision est datée du jour de la séance ; la lettre et la notification se font ensuite depuis le dossier.',
    nl: '{body}, zitting van {date}. De beslissing krijgt de datum van de zitting; de brief en de kennisgeving volgen daarna vanuit het dossier.',
    de: '{body}, Sitzung vom {date}. Die Entscheidung trägt das Datum der Sitzung; Schreiben und Zustellung folgen danach aus der Akte.',
    en: '{body}, session of {date}. The decision is dated the day of the session; the letter and notification follow from the file.',
  },
  'committee.done.planned': { fr: 'Séance planifiée.', nl: 'Zitting gepland.', de: 'Sitzung geplant.', en: 'Session planned.' },
  'committee.done.added': {
    fr: 'Rapport inscrit à l’ordre du jour.',
    nl: 'Verslag op de agenda gezet.',
    de: 'Bericht auf die Tagesordnung gesetzt.',
    en: 'Report put on the agenda.',
  },
  'committee.done.removed': {
    fr: 'Point retiré de l’ordre du jour.',
    nl: 'Punt van de agenda verwijderd.',
    de: 'Punkt von der Tagesordnung entfernt.',
    en: 'Item removed from the agenda.',
  },
  'committee.done.attendance': {
    fr: 'Présences enregistrées.',
    nl: 'Aanwezigheden opgeslagen.',
    de: 'Anwesenheit gespeichert.',
    en: 'Attendance saved.',
  },
  'committee.done.decided': {
    fr: 'Décision enregistrée.',
    nl: 'Beslissing geregistreerd.',
    de: 'Entscheidung erfasst.',
    en: 'Decision recorded.',
  },
  'committee.done.closed': { fr: 'Séance clôturée.', nl: 'Zitting afgesloten.', de: 'Sitzung abgeschlossen.', en: 'Session closed.' },
  'agenda.session': { fr: 'Séance du', nl: 'Zitting van', de: 'Sitzung vom', en: 'Session of' },
  'error.committee.not-found': {
    fr: 'Cette séance n’existe pas, ou votre accès a pris fin.',
    nl: 'Deze zitting bestaat niet, of uw toegang is vervallen.',
    de: 'Diese Sitzung existiert nicht, oder Ihr Zugriff ist abgelaufen.',
    en: 'This session does not exist, or your access has ended.',
  },
  'error.committee.date-implausible': {
    fr: 'Une séance se planifie au plus un an à l’avance et s’enregistre au plus un an après.',
    nl: 'Een zitting wordt ten hoogste een jaar vooraf gepland en ten hoogste een jaar nadien geregistreerd.',
    de: 'Eine Sitzung wird höchstens ein Jahr im Voraus geplant und höchstens ein Jahr danach erfasst.',
    en: 'A session is planned at most a year ahead and recorded at most a year after.',
  },
  'error.committee.member-unknown': {
    fr: 'Choisissez des membres actifs du comité.',
    nl: 'Kies actieve leden van het comité.',
    de: 'Wählen Sie aktive Ausschussmitglieder.',
    en: 'Choose active committee members.',
  },
  'error.committee.session-closed': {
    fr: 'La séance est clôturée : planifiez une nouvelle séance.',
    nl: 'De zitting is afgesloten: plan een nieuwe zitting.',
    de: 'Die Sitzung ist abgeschlossen: planen Sie eine neue Sitzung.',
    en: 'The session is closed: plan a new session.',
  },
  'error.committee.session-not-held': {
    fr: 'La séance n’a pas encore eu lieu.',
    nl: 'De zitting heeft nog niet plaatsgevonden.',
    de: 'Die Sitzung hat noch nicht stattgefunden.',
    en: 'The session has not taken place yet.',
  },
  'error.committee.attendance-missing': {
    fr: 'Notez d’abord la présence de chaque membre.',
    nl: 'Noteer eerst de aanwezigheid van elk lid.',
    de: 'Erfassen Sie zuerst die Anwesenheit jedes Mitglieds.',
    en: 'Record every member’s attendance first.',
  },
  'error.committee.no-quorum': {
    fr: 'Quorum non atteint : la moitié des membres ou moins était présente, la séance ne peut pas décider.',
    nl: 'Quorum niet bereikt: de helft van de leden of minder was aanwezig, de zitting kan niet beslissen.',
    de: 'Nicht beschlussfähig: die Hälfte der Mitglieder oder weniger war anwesend, die Sitzung kann nicht entscheiden.',
    en: 'No quorum: half of the members or fewer were present, the session cannot decide.',
  },
  'error.committee.report-not-signed': {
    fr: 'Seul un rapport social signé en attente de décision peut être inscrit.',
    nl: 'Alleen een ondertekend sociaal verslag dat op een beslissing wacht, kan worden geagendeerd.',
    de: 'Nur ein unterzeichneter Sozialbericht, der auf eine Entscheidung wartet, kann aufgenommen werden.',
    en: 'Only a signed social report awaiting a decision goes on the agenda.',
  },
  'error.committee.already-on-agenda': {
    fr: 'Cette demande est déjà à l’ordre du jour d’une séance planifiée.',
    nl: 'Deze aanvraag staat al op de agenda van een geplande zitting.',
    de: 'Dieser Antrag steht bereits auf der Tagesordnung einer geplanten Sitzung.',
    en: 'This request is already on the agenda of a planned session.',
  },
  'error.committee.item-decided': {
    fr: 'Ce point a déjà sa décision ; corrigez la décision si nécessaire.',
    nl: 'Dit punt heeft al een beslissing; verbeter de beslissing indien nodig.',
    de: 'Dieser Punkt hat bereits eine Entscheidung; berichtigen Sie sie bei Bedarf.',
    en: 'This item already has its decision; correct the decision if needed.',
  },
  'error.committee.not-a-member': {
    fr: 'Cette personne ne siège pas à cette séance.',
    nl: 'Deze persoon zetelt niet in deze zitting.',
    de: 'Diese Person gehört dieser Sitzung nicht an.',
    en: 'This person does not sit on this session.',
  },
});
