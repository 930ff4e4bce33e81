/**
 * The file's workflow pages: documents (R17, R18), home visits (R13), hearings (R11), the PIIS (R14),
 * access grants (R23) and shared professional secrecy (R28).
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const fileWorkflow = defineCatalog({
  // Links on the request page
  'fw.link.documents': {
    fr: 'Documents du dossier',
    nl: 'Documenten van het dossier',
    de: 'Dokumente der Akte',
    en: 'Documents of the file',
  },
  'fw.link.homeVisits': { fr: 'Visites à domicile', nl: 'Huisbezoeken', de: 'Hausbesuche', en: 'Home visits' },
  'fw.link.hearings': { fr: 'Auditions', nl: 'Hoorzittingen', de: 'Anhörungen', en: 'Hearings' },
  'fw.link.piis': {
    fr: 'Projet individualisé d’intégration sociale (PIIS)',
    nl: 'Geïndividualiseerd project voor maatschappelijke integratie (GPMI)',
    de: 'Individualisiertes Projekt zur sozialen Eingliederung (PIIS)',
    en: 'Individualised social integration project (PIIS)',
  },
  'fw.link.grants': { fr: 'Accès au dossier', nl: 'Toegang tot het dossier', de: 'Zugriff auf die Akte', en: 'Access to the file' },
  'fw.link.secrecy': {
    fr: 'Secret professionnel partagé',
    nl: 'Gedeeld beroepsgeheim',
    de: 'Geteiltes Berufsgeheimnis',
    en: 'Shared professional secrecy',
  },
  'fw.activeGrants': {
    fr: 'Accès temporaires en cours',
    nl: 'Lopende tijdelijke toegang',
    de: 'Laufende befristete Zugriffe',
    en: 'Temporary access in force',
  },
  'fw.grantLine': {
    fr: '{name}, jusqu’au {date} — {reason}',
    nl: '{name}, tot {date} — {reason}',
    de: '{name}, bis {date} — {reason}',
    en: '{name}, until {date} — {reason}',
  },
  'alert.piis-evaluation-due': {
    fr: 'Évaluation du PIIS à faire',
    nl: 'Evaluatie van het GPMI te doen',
    de: 'Bewertung des PIIS fällig',
    en: 'PIIS evaluation due',
  },
  'fw.required': {
    fr: 'Ce champ est obligatoire.',
    nl: 'Dit veld is verplicht.',
    de: 'Dieses Feld ist erforderlich.',
    en: 'This field is required.',
  },
  'fw.date.invalid': {
    fr: 'Indiquez une date valide (jj/mm/aaaa).',
    nl: 'Geef een geldige datum op (dd/mm/jjjj).',
    de: 'Geben Sie ein gültiges Datum an (TT.MM.JJJJ).',
    en: 'Enter a valid date.',
  },
  'fw.none': {
    fr: 'Rien n’est encore enregistré.',
    nl: 'Er is nog niets geregistreerd.',
    de: 'Noch nichts erfasst.',
    en: 'Nothing recorded yet.',
  },
  'fw.save': { fr: 'Enregistrer', nl: 'Opslaan', de: 'Speichern', en: 'Save' },
  'fw.done': { fr: 'Enregistré.', nl: 'Opgeslagen.', de: 'Gespeichert.', en: 'Saved.' },

  // Documents
  'documents.title': {
    fr: 'Documents du dossier',
    nl: 'Documenten van het dossier',
    de: 'Dokumente der Akte',
    en: 'Documents of the file',
  },
  'documents.intro': {
    fr: 'Pièces justificatives avec leur type, leur date, leur source et leur classe de conservation. Formats acceptés : PDF, JPEG, PNG, texte ; 6 Mo au plus.',
    nl: 'Bewijsstukken met hun type, datum, bron en bewaarklasse. Aanvaarde formaten: PDF, JPEG, PNG, tekst; maximaal 6 MB.',
    de: 'Belege mit Typ, Datum, Quelle und Aufbewahrungsklasse. Zulässige Formate: PDF, JPEG, PNG, Text; höchstens 6 MB.',
    en: 'Supporting documents with their type, date, source and retention class. Accepted: PDF, JPEG, PNG, plain text; 6 MiB at most.',
  },
  'documents.col.title': { fr: 'Document', nl: 'Document', de: 'Dokument', en: 'Document' },
  'documents.col.type': { fr: 'Type', nl: 'Type', de: 'Typ', en: 'Type' },
  'documents.col.date': { fr: 'Date', nl: 'Datum', de: 'Datum', en: 'Date' },
  'documents.col.source': { fr: 'Source', nl: 'Bron', de: 'Quelle', en: 'Source' },
  'documents.col.retention': { fr: 'Conservation', nl: 'Bewaring', de: 'Aufbewahrung', en: 'Retention' },
  'documents.col.open': { fr: 'Consulter', nl: 'Openen', de: 'Öffnen', en: 'Open' },
  'documents.download': { fr: 'Télécharger', nl: 'Downloaden', de: 'Herunterladen', en: 'Download' },
  'documents.view': { fr: 'Afficher', nl: 'Weergeven', de: 'Anzeigen', en: 'View' },
  'documents.restricted': {
    fr: 'Réservé à l’équipe du dossier (flux BCSS)',
    nl: 'Voorbehouden aan het team van het dossier (KSZ-stroom)',
    de: 'Dem Team der Akte vorbehalten (ZDSS-Datenfluss)',
    en: 'For the file’s team only (BCSS flow)',
  },
  'documents.noContent': {
    fr: 'Sans fichier (pièce vue)',
    nl: 'Zonder bestand (stuk ingezien)',
    de: 'Ohne Datei (Beleg eingesehen)',
    en: 'No file (document seen)',
  },
  'documents.provenance': {
    fr: 'Flux {flow} du {date}, ticket {ticket}',
    nl: 'Stroom {flow} van {date}, ticket {ticket}',
    de: 'Datenfluss {flow} vom {date}, Ticket {ticket}',
    en: 'Flow {flow} of {date}, ticket {ticket}',
  },
  'documents.add': { fr: 'Ajouter un document', nl: 'Een document toevoegen', de: 'Ein Dokument hinzufügen', en: 'Add a document' },
  'documents.field.title': { fr: 'Intitulé', nl: 'Titel', de: 'Bezeichnung', en: 'Title' },
  'documents.field.type': { fr: 'Type de document', nl: 'Documenttype', de: 'Dokumenttyp', en: 'Document type' },
  'documents.field.date': { fr: 'Date du document', nl: 'Datum van het document', de: 'Datum des Dokuments', en: 'Date of the document' },
  'documents.field.source': { fr: 'Source', nl: 'Bron', de: 'Quelle', en: 'Source' },
  'documents.field.retention': { fr: 'Classe de conservation', nl: 'Bewaarklasse', de: 'Aufbewahrungsklasse', en: 'Retention class' },
  'documents.field.flowName': { fr: 'Flux BCSS', nl: 'KSZ-stroom', de: 'ZDSS-Datenfluss', en: 'BCSS flow' },
  'documents.field.flowDate': { fr: 'Date du flux', nl: 'Datum van de stroom', de: 'Datum des Datenflusses', en: 'Date of the flow' },
  'documents.field.flowTicket': { fr: 'Numéro de ticket', nl: 'Ticketnummer', de: 'Ticketnummer', en: 'Ticket number' },
  'documents.field.flowHint': {
    fr: 'Uniquement pour un document reçu par un flux BCSS (par exemple Tx25).',
    nl: 'Alleen voor een document ontvangen via een KSZ-stroom (bijvoorbeeld Tx25).',
    de: 'Nur für ein über einen ZDSS-Datenfluss erhaltenes Dokument (zum Beispiel Tx25).',
    en: 'Only for a document received through a BCSS flow (for example Tx25).',
  },
  'documents.field.file': { fr: 'Fichier', nl: 'Bestand', de: 'Datei', en: 'File' },
  'documents.field.fileHint': {
    fr: 'PDF, JPEG, PNG ou texte, 6 Mo au plus. Facultatif pour une pièce seulement vue.',
    nl: 'PDF, JPEG, PNG of tekst, maximaal 6 MB. Facultatief voor een stuk dat alleen werd ingezien.',
    de: 'PDF, JPEG, PNG oder Text, höchstens 6 MB. Freiwillig für einen nur eingesehenen Beleg.',
    en: 'PDF, JPEG, PNG or text, 6 MiB at most. Optional for a document only seen.',
  },
  'documents.submit': { fr: 'Ajouter le document', nl: 'Het document toevoegen', de: 'Das Dokument hinzufügen', en: 'Add the document' },
  'documents.done': {
    fr: 'Document ajouté au dossier.',
    nl: 'Document aan het dossier toegevoegd.',
    de: 'Dokument zur Akte hinzugefügt.',
    en: 'Document added to the file.',
  },
  'documents.type.payslip': { fr: 'Fiche de paie', nl: 'Loonfiche', de: 'Lohnzettel', en: 'Payslip' },
  'documents.type.bank-statement': { fr: 'Extrait de compte', nl: 'Rekeninguittreksel', de: 'Kontoauszug', en: 'Bank statement' },
  'documents.type.lease': { fr: 'Bail', nl: 'Huurovereenkomst', de: 'Mietvertrag', en: 'Lease' },
  'documents.type.attestation': { fr: 'Attestation', nl: 'Attest', de: 'Bescheinigung', en: 'Certificate' },
  'documents.type.identity-document': { fr: 'Pièce d’identité', nl: 'Identiteitsbewijs', de: 'Ausweisdokument', en: 'Identity document' },
  'documents.type.home-visit-report': {
    fr: 'Rapport de visite à domicile',
    nl: 'Verslag van huisbezoek',
    de: 'Bericht über den Hausbesuch',
    en: 'Home-visit report',
  },
  'documents.type.other': { fr: 'Autre', nl: 'Andere', de: 'Sonstiges', en: 'Other' },
  'documents.source.person': { fr: 'La personne', nl: 'De persoon', de: 'Die Person', en: 'The person' },
  'documents.source.bcss-flow': { fr: 'Flux BCSS', nl: 'KSZ-stroom', de: 'ZDSS-Datenfluss', en: 'BCSS flow' },
  'documents.source.other-institution': {
    fr: 'Autre institution',
    nl: 'Andere instelling',
    de: 'Andere Einrichtung',
    en: 'Another institution',
  },
  'documents.source.cpas': { fr: 'Le CPAS', nl: 'Het OCMW', de: 'Das ÖSHZ', en: 'The CPAS' },
  'documents.retention.supporting-document': {
    fr: 'Pièce justificative (5 ans)',
    nl: 'Bewijsstuk (5 jaar)',
    de: 'Beleg (5 Jahre)',
    en: 'Supporting document (5 years)',
  },
  'documents.retention.identity-copy': {
    fr: 'Copie d’identité (1 an)',
    nl: 'Kopie van identiteitsbewijs (1 jaar)',
    de: 'Ausweiskopie (1 Jahr)',
    en: 'Identity copy (1 year)',
  },
  'documents.retention.file-standard': { fr: 'Dossier (10 ans)', nl: 'Dossier (10 jaar)', de: 'Akte (10 Jahre)', en: 'File (10 years)' },
  'error.document.type-not-allowed': {
    fr: 'Seuls les fichiers PDF, JPEG, PNG et texte sont acceptés.',
    nl: 'Alleen PDF-, JPEG-, PNG- en tekstbestanden worden aanvaard.',
    de: 'Nur PDF-, JPEG-, PNG- und Textdateien sind zulässig.',
    en: 'Only PDF, JPEG, PNG and text files are accepted.',
  },
  'error.document.type-mismatch': {
    fr: 'Le contenu du fichier ne correspond pas à son type.',
    nl: 'De inhoud van het bestand komt niet overeen met het type.',
    de: 'Der Inhalt der Datei entspricht nicht ihrem Typ.',
    en: 'The file’s content does not match its type.',
  },
  'error.document.executable': {
    fr: 'Ce fichier contient du contenu exécutable : il est refusé.',
    nl: 'Dit bestand bevat uitvoerbare inhoud: het wordt geweigerd.',
    de: 'Diese Datei enthält ausführbaren Inhalt: sie wird abgelehnt.',
    en: 'This file holds executable content: it is refused.',
  },
  'error.document.too-large': {
    fr: 'Le fichier dépasse 6 Mo.',
    nl: 'Het bestand is groter dan 6 MB.',
    de: 'Die Datei ist größer als 6 MB.',
    en: 'The file is larger than 6 MiB.',
  },
  'documents.unreadable': {
    fr: 'Le fichier envoyé n’a pas pu être lu. Réessayez.',
    nl: 'Het verzonden bestand kon niet worden gelezen. Probeer opnieuw.',
    de: 'Die gesendete Datei konnte nicht gelesen werden. Versuchen Sie es erneut.',
    en: 'The file sent could not be read. Try again.',
  },
  'error.document.empty': { fr: 'Le fichier est vide.', nl: 'Het bestand is leeg.', de: 'Die Datei ist leer.', en: 'The file is empty.' },
  'error.document.provenance-required': {
    fr: 'Pour un flux BCSS, indiquez le flux, sa date et le numéro de ticket.',
    nl: 'Vermeld voor een KSZ-stroom de stroom, de datum en het ticketnummer.',
    de: 'Geben Sie für einen ZDSS-Datenfluss den Datenfluss, sein Datum und die Ticketnummer an.',
    en: 'For a BCSS flow, give the flow, its date and the ticket number.',
  },

  // Home visits
  'homeVisits.title': { fr: 'Visites à domicile', nl: 'Huisbezoeken', de: 'Hausbesuche', en: 'Home visits' },
  'homeVisits.intro': {
    fr:
      'Une visite enregistrée ici figure dans la section « Visite à domicile » du rapport social et fixe la ' +
      'prochaine visite annuelle : pas de double encodage.',
    nl:
      'Een hier geregistreerd bezoek staat in de rubriek „Huisbezoek” van het sociaal verslag en bepaalt het ' +
      'volgende jaarlijkse bezoek: niets dubbel invoeren.',
    de:
      'Ein hier erfasster Besuch erscheint im Abschnitt „Hausbesuch“ des Sozialberichts und bestimmt den ' +
      'nächsten jährlichen Besuch: keine doppelte Erfassung.',
    en: 'A visit recorded here is the social report’s home-visit section and sets the next yearly visit: no double entry.',
  },
  'homeVisits.due': {
    fr: 'Prochaine visite due le {date}',
    nl: 'Volgend bezoek uiterlijk op {date}',
    de: 'Nächster Besuch fällig am {date}',
    en: 'Next visit due on {date}',
  },
  'homeVisits.col.date': { fr: 'Date', nl: 'Datum', de: 'Datum', en: 'Date' },
  'homeVisits.col.by': { fr: 'Par', nl: 'Door', de: 'Durch', en: 'By' },
  'homeVisits.col.findings': { fr: 'Constats', nl: 'Vaststellingen', de: 'Feststellungen', en: 'Findings' },
  'homeVisits.add': { fr: 'Enregistrer une visite', nl: 'Een bezoek registreren', de: 'Einen Besuch erfassen', en: 'Record a visit' },
  'homeVisits.field.date': { fr: 'Date de la visite', nl: 'Datum van het bezoek', de: 'Datum des Besuchs', en: 'Date of the visit' },
  'homeVisits.field.by': { fr: 'Visite effectuée par', nl: 'Bezoek afgelegd door', de: 'Besuch durchgeführt von', en: 'Visit made by' },
  'homeVisits.field.byHint': {
    fr: 'Laissez vide si c’est vous.',
    nl: 'Laat leeg als u het zelf was.',
    de: 'Leer lassen, wenn Sie es waren.',
    en: 'Leave empty if it was you.',
  },
  'homeVisits.field.findings': {
    fr: 'Constats (résidence effective, composition du ménage)',
    nl: 'Vaststellingen (werkelijke verblijfplaats, gezinssamenstelling)',
    de: 'Feststellungen (tatsächlicher Wohnort, Zusammensetzung des Haushalts)',
    en: 'Findings (actual residence, household)',
  },
  'homeVisits.done': { fr: 'Visite enregistrée.', nl: 'Bezoek geregistreerd.', de: 'Besuch erfasst.', en: 'Visit recorded.' },
  'error.home-visit.in-future': {
    fr: 'Une visite ne peut pas être datée dans le futur.',
    nl: 'Een bezoek kan niet in de toekomst gedateerd zijn.',
    de: 'Ein Besuch kann nicht in der Zukunft datiert sein.',
    en: 'A visit cannot be dated in the future.',
  },

  // Hearings
  'hearings.title': { fr: 'Auditions', nl: 'Hoorzittingen', de: 'Anhörungen', en: 'Hearings' },
  'hearings.intro': {
    fr:
      'La personne peut demander à être entendue avant la décision (loi DIS, art. 20). Tant qu’une audition ' +
      'demandée n’a pas eu lieu ou n’est pas clôturée, un refus de revenu d’intégration ne peut pas être ' +
      'enregistré.',
    nl:
      'De persoon kan vragen om vóór de beslissing gehoord te worden (RMI-wet, art. 20). Zolang een gevraagde ' +
      'hoorzitting niet plaatsvond of niet is afgesloten, kan een weigering van het leefloon niet worden ' +
      'geregistreerd.',
    de:
      'Die Person kann verlangen, vor der Entscheidung angehört zu werden (Gesetz über die soziale ' +
      'Eingliederung, Art. 20). Solange eine beantragte Anhörung nicht stattgefunden hat oder nicht ' +
      'abgeschlossen ist, kann eine Ablehnung des Eingliederungseinkommens nicht erfasst werden.',
    en:
      'The person may ask to be heard before the decision (RIS law art. 20). While a requested hearing has ' +
      'neither taken place nor been closed, a refusal of the integration income cannot be recorded.',
  },
  'hearings.state.requested': { fr: 'Demandée', nl: 'Gevraagd', de: 'Beantragt', en: 'Requested' },
  'hearings.state.scheduled': { fr: 'Planifiée', nl: 'Gepland', de: 'Geplant', en: 'Scheduled' },
  'hearings.state.held': { fr: 'Tenue', nl: 'Gehouden', de: 'Stattgefunden', en: 'Held' },
  'hearings.state.not-held': { fr: 'Non tenue', nl: 'Niet gehouden', de: 'Nicht stattgefunden', en: 'Not held' },
  'hearings.reason.person-absent': {
    fr: 'La personne ne s’est pas présentée',
    nl: 'De persoon is niet verschenen',
    de: 'Die Person ist nicht erschienen',
    en: 'The person did not come',
  },
  'hearings.reason.request-withdrawn': {
    fr: 'Demande retirée par la personne',
    nl: 'Aanvraag ingetrokken door de persoon',
    de: 'Antrag von der Person zurückgezogen',
    en: 'Request withdrawn by the person',
  },
  'hearings.heading': {
    fr: 'Audition demandée le {date}',
    nl: 'Hoorzitting gevraagd op {date}',
    de: 'Anhörung beantragt am {date}',
    en: 'Hearing requested on {date}',
  },
  'hearings.state': { fr: 'État', nl: 'Stand', de: 'Stand', en: 'State' },
  'hearings.scheduledAt': { fr: 'Date prévue', nl: 'Geplande datum', de: 'Geplantes Datum', en: 'Scheduled for' },
  'hearings.heldAt': { fr: 'Tenue le', nl: 'Gehouden op', de: 'Stattgefunden am', en: 'Held on' },
  'hearings.notHeldAt': { fr: 'Clôturée le', nl: 'Afgesloten op', de: 'Abgeschlossen am', en: 'Closed on' },
  'hearings.notHeldReason': { fr: 'Motif', nl: 'Reden', de: 'Grund', en: 'Reason' },
  'hearings.attendees': { fr: 'Personnes présentes', nl: 'Aanwezigen', de: 'Anwesende', en: 'Attendees' },
  'hearings.assistedBy': {
    fr: 'Personne assistée par',
    nl: 'Persoon bijgestaan door',
    de: 'Person begleitet von',
    en: 'Person assisted by',
  },
  'hearings.minutes': {
    fr: 'Résumé du procès-verbal',
    nl: 'Samenvatting van de notulen',
    de: 'Zusammenfassung des Protokolls',
    en: 'Summary of the minutes',
  },
  'hearings.request': {
    fr: 'Enregistrer une demande d’audition',
    nl: 'Een aanvraag tot hoorzitting registreren',
    de: 'Einen Antrag auf Anhörung erfassen',
    en: 'Record a hearing request',
  },
  'hearings.requestedAt': { fr: 'Date de la demande', nl: 'Datum van de aanvraag', de: 'Datum des Antrags', en: 'Date of the request' },
  'hearings.schedule': { fr: 'Planifier', nl: 'Plannen', de: 'Planen', en: 'Schedule' },
  'hearings.recordHeld': {
    fr: 'L’audition a eu lieu',
    nl: 'De hoorzitting heeft plaatsgevonden',
    de: 'Die Anhörung hat stattgefunden',
    en: 'The hearing took place',
  },
  'hearings.recordNotHeld': {
    fr: 'L’audition n’a pas eu lieu',
    nl: 'De hoorzitting heeft niet plaatsgevonden',
    de: 'Die Anhörung hat nicht stattgefunden',
    en: 'The hearing did not take place',
  },
  'hearings.done': { fr: 'Audition mise à jour.', nl: 'Hoorzitting bijgewerkt.', de: 'Anhörung aktualisiert.', en: 'Hearing updated.' },
  'error.hearing.closed': {
    fr: 'Cette audition est déjà clôturée.',
    nl: 'Deze hoorzitting is al afgesloten.',
    de: 'Diese Anhörung ist bereits abgeschlossen.',
    en: 'This hearing is already closed.',
  },
  'error.hearing.in-future': {
    fr: 'Cette date ne peut pas être dans le futur.',
    nl: 'Deze datum kan niet in de toekomst liggen.',
    de: 'Dieses Datum kann nicht in der Zukunft liegen.',
    en: 'This date cannot be in the future.',
  },
  'error.hearing.before-request': {
    fr: 'Cette date précède la demande d’audition.',
    nl: 'Deze datum ligt vóór de aanvraag tot hoorzitting.',
    de: 'Dieses Datum liegt vor dem Antrag auf Anhörung.',
    en: 'This date is before the hearing request.',
  },

  // PIIS
  'piis.title': {
    fr: 'Projet individualisé d’intégration sociale (PIIS)',
    nl: 'Geïndividualiseerd project voor maatschappelijke integratie (GPMI)',
    de: 'Individualisiertes Projekt zur sozialen Eingliederung (PIIS)',
    en: 'Individualised social integration project (PIIS)',
  },
  'piis.intro': {
    fr:
      'Le contrat, ses objectifs, ses évaluations (au moins deux par an) et ses avenants. Un nouveau ' +
      'bénéficiaire du revenu d’intégration conclut un PIIS dans les 3 mois de la décision.',
    nl:
      'Het contract, de doelstellingen, de evaluaties (minstens twee per jaar) en de aanhangsels. Een nieuwe ' +
      'leefloongerechtigde sluit binnen 3 maanden na de beslissing een GPMI.',
    de:
      'Der Vertrag, seine Ziele, seine Bewertungen (mindestens zwei pro Jahr) und seine Nachträge. Ein neuer ' +
      'Bezieher des Eingliederungseinkommens schließt innerhalb von 3 Monaten nach der Entscheidung ein PIIS.',
    en:
      'The contract, its objectives, its evaluations (at least twice a year) and amendments. A new ' +
      'integration-income beneficiary concludes a PIIS within 3 months of the decision.',
  },
  'piis.due': {
    fr: 'PIIS à conclure au plus tard le {date}',
    nl: 'GPMI af te sluiten uiterlijk op {date}',
    de: 'PIIS abzuschließen bis spätestens {date}',
    en: 'PIIS to conclude by {date}',
  },
  'piis.evaluationDue': {
    fr: 'Prochaine évaluation due le {date}',
    nl: 'Volgende evaluatie uiterlijk op {date}',
    de: 'Nächste Bewertung fällig am {date}',
    en: 'Next evaluation due on {date}',
  },
  'piis.none': {
    fr: 'Aucun PIIS dans ce dossier.',
    nl: 'Geen GPMI in dit dossier.',
    de: 'Kein PIIS in dieser Akte.',
    en: 'No PIIS on this file.',
  },
  'piis.signedAt': { fr: 'Date de signature', nl: 'Datum van ondertekening', de: 'Datum der Unterzeichnung', en: 'Signature date' },
  'piis.kind': { fr: 'Orientation', nl: 'Oriëntatie', de: 'Ausrichtung', en: 'Orientation' },
  'piis.kind.employment': { fr: 'Emploi', nl: 'Tewerkstelling', de: 'Beschäftigung', en: 'Employment' },
  'piis.kind.studies': { fr: 'Études', nl: 'Studies', de: 'Studium', en: 'Studies' },
  'piis.kind.social-integration': {
    fr: 'Intégration sociale',
    nl: 'Maatschappelijke integratie',
    de: 'Soziale Eingliederung',
    en: 'Social integration',
  },
  'piis.duration': { fr: 'Durée (mois)', nl: 'Duur (maanden)', de: 'Dauer (Monate)', en: 'Duration (months)' },
  'piis.objectives': { fr: 'Objectifs', nl: 'Doelstellingen', de: 'Ziele', en: 'Objectives' },
  'piis.objectivesHint': {
    fr: 'Un objectif par ligne.',
    nl: 'Eén doelstelling per regel.',
    de: 'Ein Ziel pro Zeile.',
    en: 'One objective per line.',
  },
  'piis.withdrawn': {
    fr: 'retiré par avenant',
    nl: 'ingetrokken bij aanhangsel',
    de: 'durch Nachtrag zurückgenommen',
    en: 'withdrawn by amendment',
  },
  'piis.sign': {
    fr: 'Enregistrer le PIIS signé',
    nl: 'Het ondertekende GPMI registreren',
    de: 'Das unterzeichnete PIIS erfassen',
    en: 'Record the signed PIIS',
  },
  'piis.evaluations': { fr: 'Évaluations', nl: 'Evaluaties', de: 'Bewertungen', en: 'Evaluations' },
  'piis.evaluatedAt': { fr: 'Date de l’évaluation', nl: 'Datum van de evaluatie', de: 'Datum der Bewertung', en: 'Date of the evaluation' },
  'piis.outcome': { fr: 'Résultat', nl: 'Resultaat', de: 'Ergebnis', en: 'Outcome' },
  'piis.outcome.on-track': { fr: 'En bonne voie', nl: 'Op schema', de: 'Auf gutem Weg', en: 'On track' },
  'piis.outcome.partly-met': { fr: 'Partiellement atteint', nl: 'Gedeeltelijk bereikt', de: 'Teilweise erreicht', en: 'Partly met' },
  'piis.outcome.not-met': { fr: 'Non atteint', nl: 'Niet bereikt', de: 'Nicht erreicht', en: 'Not met' },
  'piis.outcome.met': { fr: 'Atteint', nl: 'Bereikt', de: 'Erreicht', en: 'Met' },
  'piis.summary': { fr: 'Synthèse', nl: 'Samenvatting', de: 'Zusammenfassung', en: 'Summary' },
  'piis.addEvaluation': {
    fr: 'Enregistrer une évaluation',
    nl: 'Een evaluatie registreren',
    de: 'Eine Bewertung erfassen',
    en: 'Record an evaluation',
  },
  'piis.amendments': { fr: 'Avenants', nl: 'Aanhangsels', de: 'Nachträge', en: 'Amendments' },
  'piis.amendment.reason': {
    fr: 'Motif de l’avenant',
    nl: 'Reden van het aanhangsel',
    de: 'Grund des Nachtrags',
    en: 'Reason for the amendment',
  },
  'piis.amendment.add': { fr: 'Nouveaux objectifs', nl: 'Nieuwe doelstellingen', de: 'Neue Ziele', en: 'New objectives' },
  'piis.amendment.withdraw': {
    fr: 'Objectifs retirés',
    nl: 'Ingetrokken doelstellingen',
    de: 'Zurückgenommene Ziele',
    en: 'Objectives withdrawn',
  },
  'piis.addAmendment': {
    fr: 'Enregistrer un avenant signé',
    nl: 'Een ondertekend aanhangsel registreren',
    de: 'Einen unterzeichneten Nachtrag erfassen',
    en: 'Record a signed amendment',
  },
  'piis.done': { fr: 'PIIS mis à jour.', nl: 'GPMI bijgewerkt.', de: 'PIIS aktualisiert.', en: 'PIIS updated.' },
  'error.piis.exists': {
    fr: 'Ce dossier a déjà un PIIS : enregistrez un avenant.',
    nl: 'Dit dossier heeft al een GPMI: registreer een aanhangsel.',
    de: 'Diese Akte hat bereits ein PIIS: erfassen Sie einen Nachtrag.',
    en: 'This file already has a PIIS: record an amendment.',
  },
  'error.piis.in-future': {
    fr: 'Cette date ne peut pas être dans le futur.',
    nl: 'Deze datum kan niet in de toekomst liggen.',
    de: 'Dieses Datum kann nicht in der Zukunft liegen.',
    en: 'This date cannot be in the future.',
  },
  'error.piis.before-signature': {
    fr: 'Cette date précède la signature du PIIS.',
    nl: 'Deze datum ligt vóór de ondertekening van het GPMI.',
    de: 'Dieses Datum liegt vor der Unterzeichnung des PIIS.',
    en: 'This date is before the PIIS was signed.',
  },
  'error.piis.objective-duplicate': {
    fr: 'Le même objectif figure deux fois.',
    nl: 'Dezelfde doelstelling staat er twee keer.',
    de: 'Dasselbe Ziel steht zweimal da.',
    en: 'The same objective is listed twice.',
  },
  'error.piis.amendment-empty': {
    fr: 'Un avenant ajoute ou retire au moins un objectif.',
    nl: 'Een aanhangsel voegt minstens één doelstelling toe of trekt er één in.',
    de: 'Ein Nachtrag fügt mindestens ein Ziel hinzu oder nimmt eines zurück.',
    en: 'An amendment adds or withdraws at least one objective.',
  },

  // Access grants
  'grants.title': { fr: 'Accès au dossier', nl: 'Toegang tot het dossier', de: 'Zugriff auf die Akte', en: 'Access to the file' },
  'grants.intro': {
    fr:
      'Seuls les travailleurs sociaux désignés et leur responsable ouvrent le dossier. Un responsable peut ' +
      'donner à un collègue un accès temporaire, motivé, inscrit au journal d’audit.',
    nl:
      'Alleen de aangewezen maatschappelijk werkers en hun verantwoordelijke openen het dossier. Een ' +
      'verantwoordelijke kan een collega tijdelijke, gemotiveerde toegang geven, die in het auditlogboek komt.',
    de:
      'Nur die zugewiesenen Sozialarbeiter und ihr Vorgesetzter öffnen die Akte. Ein Vorgesetzter kann einem ' +
      'Kollegen einen befristeten, begründeten Zugriff geben, der im Prüfprotokoll steht.',
    en:
      'Only the assigned social workers and their supervisor open the file. A supervisor may give a colleague ' +
      'temporary access with a reason, recorded in the audit log.',
  },
  'grants.col.user': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'grants.col.kind': { fr: 'Type', nl: 'Soort', de: 'Art', en: 'Kind' },
  'grants.col.reason': { fr: 'Motif', nl: 'Reden', de: 'Grund', en: 'Reason' },
  'grants.col.by': { fr: 'Accordé par', nl: 'Verleend door', de: 'Erteilt von', en: 'Granted by' },
  'grants.col.until': { fr: 'Jusqu’au', nl: 'Tot', de: 'Bis', en: 'Until' },
  'grants.col.state': { fr: 'État', nl: 'Stand', de: 'Stand', en: 'State' },
  'grants.kind.grant': { fr: 'Accès temporaire', nl: 'Tijdelijke toegang', de: 'Befristeter Zugriff', en: 'Temporary access' },
  'grants.kind.break-glass': { fr: 'Accès d’urgence', nl: 'Noodtoegang', de: 'Notfallzugriff', en: 'Emergency access' },
  'grants.active': { fr: 'En cours', nl: 'Lopend', de: 'Laufend', en: 'In force' },
  'grants.revoked': { fr: 'Retiré par {name}', nl: 'Ingetrokken door {name}', de: 'Entzogen von {name}', en: 'Revoked by {name}' },
  'grants.expired': { fr: 'Expiré', nl: 'Verlopen', de: 'Abgelaufen', en: 'Expired' },
  'grants.revoke': {
    fr: 'Retirer l’accès de {name}',
    nl: 'Toegang van {name} intrekken',
    de: 'Zugriff von {name} entziehen',
    en: 'Revoke {name}’s access',
  },
  'grants.add': {
    fr: 'Donner un accès temporaire',
    nl: 'Tijdelijke toegang geven',
    de: 'Befristeten Zugriff geben',
    en: 'Give temporary access',
  },
  'grants.worker': { fr: 'Collègue', nl: 'Collega', de: 'Kollege', en: 'Colleague' },
  'grants.reason': {
    fr: 'Motif (10 caractères au moins)',
    nl: 'Reden (minstens 10 tekens)',
    de: 'Grund (mindestens 10 Zeichen)',
    en: 'Reason (at least 10 characters)',
  },
  'grants.hours': { fr: 'Durée (heures)', nl: 'Duur (uren)', de: 'Dauer (Stunden)', en: 'Duration (hours)' },
  'grants.hoursHint': { fr: 'Au plus 72 heures.', nl: 'Maximaal 72 uur.', de: 'Höchstens 72 Stunden.', en: 'At most 72 hours.' },
  'grants.done': { fr: 'Accès mis à jour.', nl: 'Toegang bijgewerkt.', de: 'Zugriff aktualisiert.', en: 'Access updated.' },
  'error.grant.too-long': {
    fr: 'Un accès dure au plus 72 heures.',
    nl: 'Een toegang duurt maximaal 72 uur.',
    de: 'Ein Zugriff dauert höchstens 72 Stunden.',
    en: 'Access lasts at most 72 hours.',
  },
  'error.access-grant.ended': {
    fr: 'Cet accès a déjà pris fin.',
    nl: 'Deze toegang is al beëindigd.',
    de: 'Dieser Zugriff ist bereits beendet.',
    en: 'This access has already ended.',
  },

  // Shared professional secrecy
  'secrecy.title': {
    fr: 'Secret professionnel partagé',
    nl: 'Gedeeld beroepsgeheim',
    de: 'Geteiltes Berufsgeheimnis',
    en: 'Shared professional secrecy',
  },
  'secrecy.intro': {
    fr:
      'Avant de partager une information avec un autre professionnel, les quatre conditions doivent être ' +
      'réunies. Si l’une manque, le secret strict s’applique. Les confidences ne se partagent jamais.',
    nl:
      'Vóór u informatie met een andere beroepsbeoefenaar deelt, moeten de vier voorwaarden vervuld zijn. ' +
      'Ontbreekt er één, dan geldt het strikte beroepsgeheim. Vertrouwelijke mededelingen worden nooit gedeeld.',
    de:
      'Bevor Sie eine Information mit einer anderen Fachkraft teilen, müssen die vier Bedingungen erfüllt sein. ' +
      'Fehlt eine, gilt das strikte Berufsgeheimnis. Vertrauliche Mitteilungen werden nie geteilt.',
    en:
      'Before sharing information with another professional, the four conditions must all hold. If one is ' +
      'missing, strict secrecy applies. Confidences are never shared.',
  },
  'secrecy.recipient': { fr: 'Destinataire', nl: 'Ontvanger', de: 'Empfänger', en: 'Recipient' },
  'secrecy.recipientName': { fr: 'Nom du destinataire', nl: 'Naam van de ontvanger', de: 'Name des Empfängers', en: 'Recipient’s name' },
  'secrecy.organisation': {
    fr: 'Service ou institution',
    nl: 'Dienst of instelling',
    de: 'Dienst oder Einrichtung',
    en: 'Service or institution',
  },
  'secrecy.profession': { fr: 'Profession', nl: 'Beroep', de: 'Beruf', en: 'Profession' },
  'secrecy.condition1': {
    fr: '1. La personne est informée et d’accord',
    nl: '1. De persoon is geïnformeerd en akkoord',
    de: '1. Die Person ist informiert und einverstanden',
    en: '1. The person is informed and agrees',
  },
  'secrecy.informedAt': { fr: 'Informée le', nl: 'Geïnformeerd op', de: 'Informiert am', en: 'Informed on' },
  'secrecy.informedMethod': { fr: 'Comment', nl: 'Hoe', de: 'Wie', en: 'How' },
  'secrecy.method.in-person': { fr: 'En entretien', nl: 'In een gesprek', de: 'Im Gespräch', en: 'In person' },
  'secrecy.method.phone': { fr: 'Par téléphone', nl: 'Telefonisch', de: 'Telefonisch', en: 'By phone' },
  'secrecy.method.letter': { fr: 'Par courrier', nl: 'Per brief', de: 'Per Brief', en: 'By letter' },
  'secrecy.method.email': { fr: 'Par courriel', nl: 'Per e-mail', de: 'Per E-Mail', en: 'By email' },
  'secrecy.agrees': {
    fr: 'La personne a donné son accord',
    nl: 'De persoon heeft ingestemd',
    de: 'Die Person hat zugestimmt',
    en: 'The person agreed',
  },
  'secrecy.condition2': {
    fr: '2. Le destinataire est tenu au secret professionnel',
    nl: '2. De ontvanger is gebonden door het beroepsgeheim',
    de: '2. Der Empfänger ist an das Berufsgeheimnis gebunden',
    en: '2. The recipient is bound by professional secrecy',
  },
  'secrecy.bound': {
    fr: 'J’ai vérifié que le destinataire est tenu au secret professionnel',
    nl: 'Ik heb nagegaan dat de ontvanger door het beroepsgeheim gebonden is',
    de: 'Ich habe geprüft, dass der Empfänger an das Berufsgeheimnis gebunden ist',
    en: 'I checked that the recipient is bound by professional secrecy',
  },
  'secrecy.condition3': {
    fr: '3. Même mission, dans l’intérêt de la personne',
    nl: '3. Dezelfde opdracht, in het belang van de persoon',
    de: '3. Derselbe Auftrag, im Interesse der Person',
    en: '3. The same mission, in the person’s interest',
  },
  'secrecy.mission': { fr: 'Mission commune', nl: 'Gemeenschappelijke opdracht', de: 'Gemeinsamer Auftrag', en: 'Common mission' },
  'secrecy.condition4': {
    fr: '4. Seulement ce qui est strictement nécessaire',
    nl: '4. Alleen wat strikt noodzakelijk is',
    de: '4. Nur was unbedingt notwendig ist',
    en: '4. Only what is strictly necessary',
  },
  'secrecy.items': { fr: 'Informations partagées', nl: 'Gedeelde informatie', de: 'Geteilte Informationen', en: 'Information shared' },
  'secrecy.item.identity-contact': {
    fr: 'Identité et coordonnées',
    nl: 'Identiteit en contactgegevens',
    de: 'Identität und Kontaktdaten',
    en: 'Identity and contact',
  },
  'secrecy.item.aid-granted': { fr: 'Aide accordée', nl: 'Toegekende hulp', de: 'Gewährte Hilfe', en: 'Aid granted' },
  'secrecy.item.resources': { fr: 'Ressources', nl: 'Bestaansmiddelen', de: 'Mittel', en: 'Resources' },
  'secrecy.item.housing-situation': {
    fr: 'Situation de logement',
    nl: 'Huisvestingssituatie',
    de: 'Wohnsituation',
    en: 'Housing situation',
  },
  'secrecy.item.home-visit-findings': {
    fr: 'Constats de la visite à domicile',
    nl: 'Vaststellingen van het huisbezoek',
    de: 'Feststellungen des Hausbesuchs',
    en: 'Home-visit findings',
  },
  'secrecy.item.piis-objectives': {
    fr: 'Objectifs du PIIS',
    nl: 'Doelstellingen van het GPMI',
    de: 'Ziele des PIIS',
    en: 'PIIS objectives',
  },
  'secrecy.item.situation-summary': {
    fr: 'Synthèse de la situation',
    nl: 'Samenvatting van de situatie',
    de: 'Zusammenfassung der Lage',
    en: 'Situation summary',
  },
  'secrecy.onlyNecessary': {
    fr: 'Je ne partage que ce qui est strictement nécessaire à la mission commune, aucune confidence',
    nl: 'Ik deel alleen wat strikt noodzakelijk is voor de gemeenschappelijke opdracht, geen vertrouwelijke mededelingen',
    de: 'Ich teile nur, was für den gemeinsamen Auftrag unbedingt notwendig ist, keine vertraulichen Mitteilungen',
    en: 'I share only what the common mission strictly needs, no confidence',
  },
  'secrecy.sharedAt': { fr: 'Date du partage', nl: 'Datum van het delen', de: 'Datum der Weitergabe', en: 'Date shared' },
  'secrecy.submit': { fr: 'Enregistrer le partage', nl: 'Het delen registreren', de: 'Die Weitergabe erfassen', en: 'Record the sharing' },
  'secrecy.recorded': { fr: 'Partages enregistrés', nl: 'Geregistreerde delingen', de: 'Erfasste Weitergaben', en: 'Sharings recorded' },
  'secrecy.line': {
    fr: 'Le {date}, à {name} ({profession}, {organisation}) — mission : {mission}',
    nl: 'Op {date}, aan {name} ({profession}, {organisation}) — opdracht: {mission}',
    de: 'Am {date}, an {name} ({profession}, {organisation}) — Auftrag: {mission}',
    en: 'On {date}, to {name} ({profession}, {organisation}) — mission: {mission}',
  },
  'secrecy.informedLine': {
    fr: 'Personne informée le {date} ({method}) et d’accord ; enregistré par {by}',
    nl: 'Persoon geïnformeerd op {date} ({method}) en akkoord; geregistreerd door {by}',
    de: 'Person informiert am {date} ({method}) und einverstanden; erfasst von {by}',
    en: 'Person informed on {date} ({method}) and agreed; recorded by {by}',
  },
  'secrecy.done': { fr: 'Partage enregistré.', nl: 'Delen geregistreerd.', de: 'Weitergabe erfasst.', en: 'Sharing recorded.' },
  'secrecy.missing': {
    fr: 'Condition non remplie : le secret strict s’applique.',
    nl: 'Voorwaarde niet vervuld: het strikte beroepsgeheim geldt.',
    de: 'Bedingung nicht erfüllt: das strikte Berufsgeheimnis gilt.',
    en: 'Condition not met: strict secrecy applies.',
  },
  'error.secrecy.condition-missing.personInformedAt': {
    fr: 'La personne doit être informée avant le partage.',
    nl: 'De persoon moet vóór het delen geïnformeerd zijn.',
    de: 'Die Person muss vor der Weitergabe informiert sein.',
    en: 'The person must be informed before the sharing.',
  },
  'error.secrecy.condition-missing.sharedAt': {
    fr: 'Cette date ne peut pas être dans le futur.',
    nl: 'Deze datum kan niet in de toekomst liggen.',
    de: 'Dieses Datum kann nicht in der Zukunft liegen.',
    en: 'This date cannot be in the future.',
  },
});
