/**
 * Disclosures to third parties.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const disclosures = defineCatalog({
  'disclosures.title': {
    fr: 'Communications à des tiers',
    nl: 'Verstrekkingen aan derden',
    de: 'Auskünfte an Dritte',
    en: 'Disclosures to third parties',
  },
  'disclosures.intro': {
    fr:
      'Tout ce que vous apprenez sur une personne est couvert par le secret professionnel (art. 458 du Code pénal). ' +
      'Le CPAS ne communique des données à un tiers que sur demande écrite fondée en droit — par exemple la demande ' +
      'écrite du procureur du Roi dans une enquête en matière de terrorisme (art. 46bis/1 du Code d’instruction ' +
      'criminelle) —, après examen par un second responsable, limitées aux éléments choisis, et une seule fois. Il ' +
      'n’existe aucune transmission automatique vers la police ou la justice, ni de signalement de soupçons.',
    nl:
      'Alles wat u over een persoon verneemt, valt onder het beroepsgeheim (art. 458 Strafwetboek). Het OCMW ' +
      'verstrekt alleen gegevens aan een derde op een schriftelijk verzoek met een wettelijke grondslag — ' +
      'bijvoorbeeld het schriftelijk verzoek van de procureur des Konings in een terrorismeonderzoek (art. 46bis/1 ' +
      'Wetboek van Strafvordering) —, na controle door een tweede verantwoordelijke, beperkt tot de gekozen gegevens, ' +
      'en één keer. Er bestaat geen automatisch kanaal naar politie of gerecht, en geen melding van vermoedens.',
    de:
      'Alles, was Sie über eine Person erfahren, unterliegt dem Berufsgeheimnis (Art. 458 Strafgesetzbuch). Das ÖSHZ ' +
      'teilt Dritten nur auf ein schriftliches Ersuchen mit gesetzlicher Grundlage Daten mit — zum Beispiel auf das ' +
      'schriftliche Ersuchen des Prokurators des Königs in einer Ermittlung wegen Terrorismus (Art. 46bis/1 ' +
      'Strafprozessgesetzbuch) —, nach Prüfung durch einen zweiten Verantwortlichen, beschränkt auf die gewählten ' +
      'Angaben und nur ein einziges Mal. Es gibt keinen automatischen Kanal zu Polizei oder Justiz und keine Meldung von Verdachtsfällen.',
    en:
      'Everything you learn about a person is covered by professional secrecy (art. 458 Criminal Code). The CPAS ' +
      'discloses data to a third party only on a lawful written request — for example a written request of the public ' +
      'prosecutor in a terrorism investigation (art. 46bis/1 Code of criminal procedure) — after review by a second ' +
      'officer, limited to the items chosen, and once. There is no automatic channel to the police or to justice, and ' +
      'no reporting of suspicions.',
  },
  'disclosures.new': {
    fr: 'Enregistrer une demande écrite',
    nl: 'Een schriftelijk verzoek registreren',
    de: 'Ein schriftliches Ersuchen erfassen',
    en: 'Record a written request',
  },
  'disclosures.filter': { fr: 'Afficher', nl: 'Tonen', de: 'Anzeigen', en: 'Show' },
  'disclosures.filter.all': { fr: 'Toutes', nl: 'Alle', de: 'Alle', en: 'All' },
  'disclosures.caption': {
    fr: 'Communications enregistrées, les plus récentes d’abord',
    nl: 'Geregistreerde verstrekkingen, de recentste eerst',
    de: 'Erfasste Auskünfte, die neuesten zuerst',
    en: 'Recorded disclosures, newest first',
  },
  'disclosures.col.person': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'disclosures.col.recipient': {
    fr: 'Autorité requérante',
    nl: 'Verzoekende overheid',
    de: 'Ersuchende Behörde',
    en: 'Requesting authority',
  },
  'disclosures.col.legalBasis': { fr: 'Base légale', nl: 'Rechtsgrond', de: 'Rechtsgrundlage', en: 'Legal basis' },
  'disclosures.col.status': { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' },
  'disclosures.col.recordedAt': { fr: 'Enregistrée le', nl: 'Geregistreerd op', de: 'Erfasst am', en: 'Recorded on' },
  'disclosures.empty': {
    fr: 'Aucune communication n’est enregistrée.',
    nl: 'Er is geen verstrekking geregistreerd.',
    de: 'Es ist keine Auskunft erfasst.',
    en: 'No disclosure is recorded.',
  },
  'disclosures.status.recorded': {
    fr: 'Enregistrée, à examiner',
    nl: 'Geregistreerd, te controleren',
    de: 'Erfasst, zu prüfen',
    en: 'Recorded, to be reviewed',
  },
  'disclosures.status.approved': {
    fr: 'Approuvée, pas encore exportée',
    nl: 'Goedgekeurd, nog niet geëxporteerd',
    de: 'Genehmigt, noch nicht exportiert',
    en: 'Approved, not yet exported',
  },
  'disclosures.status.refused': { fr: 'Refusée', nl: 'Geweigerd', de: 'Abgelehnt', en: 'Refused' },
  'disclosures.status.exported': { fr: 'Exportée', nl: 'Geëxporteerd', de: 'Exportiert', en: 'Exported' },
  'disclosures.basis.art-46bis1-cic': {
    fr: 'Demande écrite du procureur du Roi dans une enquête en matière de terrorisme (art. 46bis/1 du Code d’instruction criminelle)',
    nl: 'Schriftelijk verzoek van de procureur des Konings in een terrorismeonderzoek (art. 46bis/1 Wetboek van Strafvordering)',
    de: 'Schriftliches Ersuchen des Prokurators des Königs in einer Ermittlung wegen Terrorismus (Art. 46bis/1 Strafprozessgesetzbuch)',
    en: 'Written request of the public prosecutor in a terrorism investigation (art. 46bis/1 Code of criminal procedure)',
  },
  'disclosures.basis.court-order': {
    fr: 'Décision ou citation d’une juridiction (témoignage en justice)',
    nl: 'Beslissing of dagvaarding van een rechtscollege (getuigenis in rechte)',
    de: 'Entscheidung oder Ladung eines Gerichts (Zeugenaussage vor Gericht)',
    en: 'Decision or summons of a court (testimony in court)',
  },
  'disclosures.basis.art-458ter-case-consultation': {
    fr: 'Concertation de cas (art. 458ter du Code pénal)',
    nl: 'Casusoverleg (art. 458ter Strafwetboek)',
    de: 'Fallbesprechung (Art. 458ter Strafgesetzbuch)',
    en: 'Case consultation (art. 458ter Criminal Code)',
  },
  'disclosures.basis.person-consent': {
    fr: 'Consentement écrit de la personne',
    nl: 'Schriftelijke toestemming van de persoon',
    de: 'Schriftliche Einwilligung der Person',
    en: 'Written consent of the person',
  },
  'disclosures.basis.other-legal-obligation': {
    fr: 'Autre obligation légale (à préciser)',
    nl: 'Andere wettelijke verplichting (te vermelden)',
    de: 'Andere gesetzliche Verpflichtung (anzugeben)',
    en: 'Another legal obligation (name it)',
  },
  'disclosures.deferralBasis.secrecy-of-investigation': {
    fr: 'Secret de l’information ou de l’instruction (art. 28quinquies et 57 du Code d’instruction criminelle)',
    nl: 'Geheim van het opsporingsonderzoek of het gerechtelijk onderzoek (art. 28quinquies en 57 Wetboek van Strafvordering)',
    de: 'Geheimhaltung der Ermittlung oder der gerichtlichen Untersuchung (Art. 28quinquies und 57 Strafprozessgesetzbuch)',
    en: 'Secrecy of the investigation (art. 28quinquies and 57 Code of criminal procedure)',
  },
  'disclosures.deferralBasis.court-order': {
    fr: 'Ordonnance d’un juge',
    nl: 'Bevel van een rechter',
    de: 'Anordnung eines Richters',
    en: 'Order of a judge',
  },
  'disclosures.deferralBasis.other-legal-provision': {
    fr: 'Autre disposition légale (à préciser)',
    nl: 'Andere wettelijke bepaling (te vermelden)',
    de: 'Andere gesetzliche Bestimmung (anzugeben)',
    en: 'Another legal provision (name it)',
  },
  'disclosures.new.title': {
    fr: 'Enregistrer une demande écrite',
    nl: 'Een schriftelijk verzoek registreren',
    de: 'Ein schriftliches Ersuchen erfassen',
    en: 'Record a written request',
  },
  'disclosures.new.intro': {
    fr:
      'Seule une demande écrite compte : un appel téléphonique ou un courriel sans demande signée ne suffit pas. ' +
      'Indiquez qui demande, sur quelle base légale, la référence et la date du courrier et ce qu’il demande. ' +
      'L’enregistrement ne communique encore rien.',
    nl:
      'Alleen een schriftelijk verzoek telt: een telefoontje of een e-mail zonder ondertekend verzoek volstaat niet. ' +
      'Vermeld wie het vraagt, op welke rechtsgrond, de referentie en datum van de brief en wat er gevraagd wordt. ' +
      'Met de registratie wordt nog niets verstrekt.',
    de:
      'Nur ein schriftliches Ersuchen zählt: Ein Anruf oder eine E-Mail ohne unterzeichnetes Ersuchen reicht nicht ' +
      'aus. Geben Sie an, wer ersucht, auf welcher Rechtsgrundlage, Referenz und Datum des Schreibens und was es ' +
      'verlangt. Mit der Erfassung wird noch nichts mitgeteilt.',
    en:
      'Only a written request counts: a phone call or an e-mail without a signed request is not enough. Record who ' +
      'asks, on which legal basis, the reference and date of the letter and what it asks for. Recording discloses nothing yet.',
  },
  'disclosures.field.niss': {
    fr: 'NISS de la personne concernée',
    nl: 'INSZ van de betrokken persoon',
    de: 'ENSS der betroffenen Person',
    en: 'NISS of the person concerned',
  },
  'disclosures.field.niss.hint': {
    fr: '11 chiffres, par exemple 85.07.30-033.28',
    nl: '11 cijfers, bijvoorbeeld 85.07.30-033.28',
    de: '11 Ziffern, zum Beispiel 85.07.30-033.28',
    en: '11 digits, for example 85.07.30-033.28',
  },
  'disclosures.field.authority': {
    fr: 'Autorité requérante',
    nl: 'Verzoekende overheid',
    de: 'Ersuchende Behörde',
    en: 'Requesting authority',
  },
  'disclosures.field.authority.hint': {
    fr: 'Par exemple : Procureur du Roi de Bruxelles',
    nl: 'Bijvoorbeeld: Procureur des Konings te Brussel',
    de: 'Zum Beispiel: Prokurator des Königs Eupen',
    en: 'For example: Procureur du Roi de Bruxelles',
  },
  'disclosures.field.recipientName': {
    fr: 'Nom du magistrat ou de l’agent',
    nl: 'Naam van de magistraat of ambtenaar',
    de: 'Name des Magistrats oder Beamten',
    en: 'Name of the magistrate or official',
  },
  'disclosures.field.recipientLanguage': {
    fr: 'Langue du document transmis',
    nl: 'Taal van het verstrekte document',
    de: 'Sprache des übermittelten Dokuments',
    en: 'Language of the document sent',
  },
  'disclosures.field.legalBasis': { fr: 'Base légale', nl: 'Rechtsgrond', de: 'Rechtsgrundlage', en: 'Legal basis' },
  'disclosures.field.legalBasis.hint': {
    fr: 'Sans base légale, rien ne peut être communiqué.',
    nl: 'Zonder rechtsgrond kan niets verstrekt worden.',
    de: 'Ohne Rechtsgrundlage kann nichts mitgeteilt werden.',
    en: 'Without a legal basis, nothing can be disclosed.',
  },
  'disclosures.field.legalReference': {
    fr: 'Disposition légale, en toutes lettres',
    nl: 'Wettelijke bepaling, voluit',
    de: 'Gesetzliche Bestimmung, ausgeschrieben',
    en: 'Legal provision, in words',
  },
  'disclosures.field.legalReference.hint': {
    fr: 'Obligatoire pour « autre obligation légale » : l’article et la loi.',
    nl: 'Verplicht bij "andere wettelijke verplichting": het artikel en de wet.',
    de: 'Pflicht bei „andere gesetzliche Verpflichtung“: Artikel und Gesetz.',
    en: 'Required for "another legal obligation": the article and the law.',
  },
  'disclosures.field.requestReference': {
    fr: 'Référence de la demande écrite',
    nl: 'Referentie van het schriftelijk verzoek',
    de: 'Referenz des schriftlichen Ersuchens',
    en: 'Reference of the written request',
  },
  'disclosures.field.requestDate': {
    fr: 'Date de la demande écrite',
    nl: 'Datum van het schriftelijk verzoek',
    de: 'Datum des schriftlichen Ersuchens',
    en: 'Date of the written request',
  },
  'disclosures.field.statedScope': {
    fr: 'Objet de la demande',
    nl: 'Wat het verzoek vraagt',
    de: 'Was das Ersuchen verlangt',
    en: 'What the request asks for',
  },
  'disclosures.field.statedScope.hint': {
    fr: 'Tel qu’il figure dans la demande. Vous choisirez vous-même les éléments à l’étape suivante.',
    nl: 'Zoals het in het verzoek staat. U kiest de gegevens zelf in de volgende stap.',
    de: 'So wie es im Ersuchen steht. Die Angaben wählen Sie im nächsten Schritt selbst.',
    en: 'As written in the request. You will choose the items yourself in the next step.',
  },
  'disclosures.new.submit': {
    fr: 'Enregistrer la demande',
    nl: 'Het verzoek registreren',
    de: 'Das Ersuchen erfassen',
    en: 'Record the request',
  },
  'disclosures.detail.title': {
    fr: 'Communication concernant {name}',
    nl: 'Verstrekking over {name}',
    de: 'Auskunft über {name}',
    en: 'Disclosure concerning {name}',
  },
  'disclosures.back': {
    fr: 'Retour aux communications',
    nl: 'Terug naar de verstrekkingen',
    de: 'Zurück zu den Auskünften',
    en: 'Back to the disclosures',
  },
  'disclosures.field.person': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'disclosures.field.recipient': { fr: 'Destinataire', nl: 'Bestemmeling', de: 'Empfänger', en: 'Recipient' },
  'disclosures.field.writtenRequest': {
    fr: 'Demande écrite',
    nl: 'Schriftelijk verzoek',
    de: 'Schriftliches Ersuchen',
    en: 'Written request',
  },
  'disclosures.field.recordedBy': { fr: 'Enregistrée par', nl: 'Geregistreerd door', de: 'Erfasst von', en: 'Recorded by' },
  'disclosures.field.status': { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' },
  'disclosures.field.review': { fr: 'Examen', nl: 'Controle', de: 'Prüfung', en: 'Review' },
  'disclosures.field.items': { fr: 'Éléments communiqués', nl: 'Verstrekte gegevens', de: 'Mitgeteilte Angaben', en: 'Items disclosed' },
  'disclosures.review.summary': {
    fr: '{verdict} par {name} le {date} : {assessment}',
    nl: '{verdict} door {name} op {date}: {assessment}',
    de: '{verdict} von {name} am {date}: {assessment}',
    en: '{verdict} by {name} on {date}: {assessment}',
  },
  'disclosures.visible.yes': {
    fr: 'La personne voit cette communication dans son rapport d’accès.',
    nl: 'De persoon ziet deze verstrekking in zijn of haar inzageverslag.',
    de: 'Die Person sieht diese Auskunft in ihrem Auskunftsbericht.',
    en: 'The person sees this disclosure in their access report.',
  },
  'disclosures.visible.no': {
    fr: 'La personne ne voit pas (encore) cette communication dans son rapport d’accès.',
    nl: 'De persoon ziet deze verstrekking (nog) niet in zijn of haar inzageverslag.',
    de: 'Die Person sieht diese Auskunft (noch) nicht in ihrem Auskunftsbericht.',
    en: 'The person does not (yet) see this disclosure in their access report.',
  },
  'disclosures.items.title': {
    fr: 'Étape 1 — Choisir les éléments',
    nl: 'Stap 1 — De gegevens kiezen',
    de: 'Schritt 1 — Die Angaben wählen',
    en: 'Step 1 — Choose the items',
  },
  'disclosures.items.intro': {
    fr:
      'Ne choisissez que ce que la demande exige strictement. Rien n’est coché d’office. Les notes confidentielles, ' +
      'les documents et le rapport social ne peuvent jamais être communiqués ici : ils ne figurent pas dans cette liste.',
    nl:
      'Kies alleen wat het verzoek strikt nodig heeft. Niets is vooraf aangevinkt. Vertrouwelijke notities, ' +
      'documenten en het sociaal verslag kunnen hier nooit verstrekt worden: ze staan niet in deze lijst.',
    de:
      'Wählen Sie nur, was das Ersuchen unbedingt benötigt. Nichts ist vorab angekreuzt. Vertrauliche Notizen, ' +
      'Dokumente und der Sozialbericht können hier nie mitgeteilt werden: Sie stehen nicht in dieser Liste.',
    en:
      'Choose only what the request strictly needs. Nothing is selected by default. Confidential notes, documents and ' +
      'the social report can never be disclosed here: they are not in this list.',
  },
  'disclosures.items.legend': {
    fr: 'Éléments à communiquer',
    nl: 'Te verstrekken gegevens',
    de: 'Mitzuteilende Angaben',
    en: 'Items to disclose',
  },
  'disclosures.items.identity': {
    fr: 'Identité : nom, NISS et date de naissance',
    nl: 'Identiteit: naam, INSZ en geboortedatum',
    de: 'Identität: Name, ENSS und Geburtsdatum',
    en: 'Identity: name, NISS and date of birth',
  },
  'disclosures.items.request': {
    fr: 'Demande d’aide {number} : {kind}, reçue le {date} ({status})',
    nl: 'Hulpaanvraag {number}: {kind}, ontvangen op {date} ({status})',
    de: 'Hilfeantrag {number}: {kind}, eingegangen am {date} ({status})',
    en: 'Aid request {number}: {kind}, received on {date} ({status})',
  },
  'disclosures.items.decision': {
    fr: 'Décision {ref} : {aid}, {outcome}, du {date}',
    nl: 'Beslissing {ref}: {aid}, {outcome}, van {date}',
    de: 'Beschluss {ref}: {aid}, {outcome}, vom {date}',
    en: 'Decision {ref}: {aid}, {outcome}, of {date}',
  },
  'disclosures.items.submit': { fr: 'Enregistrer le choix', nl: 'De keuze opslaan', de: 'Die Auswahl speichern', en: 'Save the choice' },
  'disclosures.items.none': {
    fr: 'Aucun élément choisi pour l’instant.',
    nl: 'Nog geen gegevens gekozen.',
    de: 'Noch keine Angabe gewählt.',
    en: 'No item chosen yet.',
  },
  'disclosures.review.title': {
    fr: 'Étape 2 — Examen par un second responsable',
    nl: 'Stap 2 — Controle door een tweede verantwoordelijke',
    de: 'Schritt 2 — Prüfung durch einen zweiten Verantwortlichen',
    en: 'Step 2 — Review by a second officer',
  },
  'disclosures.review.intro': {
    fr:
      'Un autre responsable que celui qui a enregistré la demande ou choisi les éléments vérifie que la demande est ' +
      'écrite, que la base légale s’applique et que les éléments se limitent au nécessaire. Notez votre appréciation ' +
      'juridique ; elle est conservée avec la communication.',
    nl:
      'Een andere verantwoordelijke dan wie het verzoek registreerde of de gegevens koos, gaat na of het verzoek ' +
      'schriftelijk is, of de rechtsgrond van toepassing is en of de gegevens beperkt zijn tot wat nodig is. Noteer ' +
      'uw juridische beoordeling; ze wordt bij de verstrekking bewaard.',
    de:
      'Ein anderer Verantwortlicher als derjenige, der das Ersuchen erfasst oder die Angaben gewählt hat, prüft, ob ' +
      'das Ersuchen schriftlich vorliegt, ob die Rechtsgrundlage greift und ob die Angaben auf das Notwendige ' +
      'beschränkt sind. Halten Sie Ihre rechtliche Beurteilung fest; sie wird mit der Auskunft aufbewahrt.',
    en:
      'Another officer than the one who recorded the request or chose the items checks that the request is written, ' +
      'that the legal basis applies and that the items are limited to what is needed. Write down your legal ' +
      'assessment; it is kept with the disclosure.',
  },
  'disclosures.review.verdict': { fr: 'Décision', nl: 'Beslissing', de: 'Entscheidung', en: 'Verdict' },
  'disclosures.review.approve': {
    fr: 'Approuver la communication',
    nl: 'De verstrekking goedkeuren',
    de: 'Die Auskunft genehmigen',
    en: 'Approve the disclosure',
  },
  'disclosures.review.refuse': {
    fr: 'Refuser la communication',
    nl: 'De verstrekking weigeren',
    de: 'Die Auskunft ablehnen',
    en: 'Refuse the disclosure',
  },
  'disclosures.review.assessment': {
    fr: 'Appréciation juridique',
    nl: 'Juridische beoordeling',
    de: 'Rechtliche Beurteilung',
    en: 'Legal assessment',
  },
  'disclosures.review.reason': {
    fr: 'Motif du refus',
    nl: 'Reden van de weigering',
    de: 'Grund der Ablehnung',
    en: 'Reason for the refusal',
  },
  'disclosures.review.reason.hint': {
    fr: 'Obligatoire en cas de refus.',
    nl: 'Verplicht bij een weigering.',
    de: 'Pflicht bei einer Ablehnung.',
    en: 'Required when you refuse.',
  },
  'disclosures.review.submit': {
    fr: 'Enregistrer la décision',
    nl: 'De beslissing registreren',
    de: 'Die Entscheidung erfassen',
    en: 'Record the verdict',
  },
  'disclosures.review.approved': { fr: 'Approuvée', nl: 'Goedgekeurd', de: 'Genehmigt', en: 'Approved' },
  'disclosures.review.refused': { fr: 'Refusée', nl: 'Geweigerd', de: 'Abgelehnt', en: 'Refused' },
  'disclosures.export.title': {
    fr: 'Étape 3 — Exporter une seule fois',
    nl: 'Stap 3 — Eén keer exporteren',
    de: 'Schritt 3 — Ein einziges Mal exportieren',
    en: 'Step 3 — Export once',
  },
  'disclosures.export.intro': {
    fr:
      'L’export produit un PDF ne contenant que les éléments choisis, dans la langue du destinataire. Il n’est ' +
      'possible qu’une seule fois. Le CPAS conserve la liste des éléments et l’empreinte du document, pas le document lui-même.',
    nl:
      'De export maakt een pdf met alleen de gekozen gegevens, in de taal van de bestemmeling. Dat kan maar één keer. ' +
      'Het OCMW bewaart de lijst van de gegevens en de vingerafdruk van het document, niet het document zelf.',
    de:
      'Der Export erstellt ein PDF nur mit den gewählten Angaben, in der Sprache des Empfängers. Er ist nur ein ' +
      'einziges Mal möglich. Das ÖSHZ bewahrt die Liste der Angaben und den Fingerabdruck des Dokuments auf, nicht das Dokument selbst.',
    en:
      'The export produces a PDF with the chosen items only, in the language of the recipient. It can be done only ' +
      'once. The CPAS keeps the list of items and the fingerprint of the document, not the document itself.',
  },
  'disclosures.export.submit': {
    fr: 'Exporter et télécharger le PDF',
    nl: 'Exporteren en de pdf downloaden',
    de: 'Exportieren und das PDF herunterladen',
    en: 'Export and download the PDF',
  },
  'disclosures.export.done': {
    fr: 'Exportée le {date} par {name}. Empreinte du document transmis (SHA-256) : {sha}',
    nl: 'Geëxporteerd op {date} door {name}. Vingerafdruk van het verstrekte document (SHA-256): {sha}',
    de: 'Exportiert am {date} von {name}. Fingerabdruck des übermittelten Dokuments (SHA-256): {sha}',
    en: 'Exported on {date} by {name}. Fingerprint of the document sent (SHA-256): {sha}',
  },
  'disclosures.deferral.title': {
    fr: 'Reporter l’information de la personne',
    nl: 'De informatie aan de persoon uitstellen',
    de: 'Die Information der Person aufschieben',
    en: 'Postpone the information of the person',
  },
  'disclosures.deferral.intro': {
    fr:
      'La personne voit chaque communication dans son rapport d’accès. Seule une disposition légale — par exemple le ' +
      'secret de l’enquête — permet de reporter cette information, jusqu’à une date fixée. Après cette date, la personne la voit.',
    nl:
      'De persoon ziet elke verstrekking in zijn of haar inzageverslag. Alleen een wettelijke bepaling — bijvoorbeeld ' +
      'het geheim van het onderzoek — laat toe dat uit te stellen, tot een vastgestelde datum. Na die datum ziet de persoon ze.',
    de:
      'Die Person sieht jede Auskunft in ihrem Auskunftsbericht. Nur eine gesetzliche Bestimmung — zum Beispiel die ' +
      'Geheimhaltung der Ermittlung — erlaubt es, dies bis zu einem festgelegten Datum aufzuschieben. Nach diesem ' +
      'Datum sieht die Person sie.',
    en:
      'The person sees every disclosure in their access report. Only a legal provision — for example the secrecy of ' +
      'the investigation — allows you to postpone this, until a set date. After that date, the person sees it.',
  },
  'disclosures.deferral.until': { fr: 'Reportée jusqu’au', nl: 'Uitgesteld tot', de: 'Aufgeschoben bis', en: 'Postponed until' },
  'disclosures.deferral.basis': {
    fr: 'Base légale du report',
    nl: 'Rechtsgrond van het uitstel',
    de: 'Rechtsgrundlage des Aufschubs',
    en: 'Legal basis of the postponement',
  },
  'disclosures.deferral.reference': {
    fr: 'Référence ou disposition, en toutes lettres',
    nl: 'Referentie of bepaling, voluit',
    de: 'Referenz oder Bestimmung, ausgeschrieben',
    en: 'Reference or provision, in words',
  },
  'disclosures.deferral.submit': {
    fr: 'Enregistrer le report',
    nl: 'Het uitstel registreren',
    de: 'Den Aufschub erfassen',
    en: 'Record the postponement',
  },
  'disclosures.deferral.current': {
    fr: 'Masquée à la personne jusqu’au {date} ({basis}).',
    nl: 'Verborgen voor de persoon tot {date} ({basis}).',
    de: 'Für die Person verborgen bis zum {date} ({basis}).',
    en: 'Hidden from the person until {date} ({basis}).',
  },
  'disclosures.done.recorded': {
    fr: 'La demande est enregistrée. Choisissez maintenant les éléments.',
    nl: 'Het verzoek is geregistreerd. Kies nu de gegevens.',
    de: 'Das Ersuchen ist erfasst. Wählen Sie jetzt die Angaben.',
    en: 'The request is recorded. Choose the items now.',
  },
  'disclosures.done.items': {
    fr: 'Le choix des éléments est enregistré. Un autre responsable doit maintenant l’examiner.',
    nl: 'De keuze van de gegevens is opgeslagen. Een andere verantwoordelijke moet ze nu controleren.',
    de: 'Die Auswahl der Angaben ist gespeichert. Ein anderer Verantwortlicher muss sie jetzt prüfen.',
    en: 'The choice of items is saved. Another officer must now review it.',
  },
  'disclosures.done.reviewed': {
    fr: 'La décision est enregistrée.',
    nl: 'De beslissing is geregistreerd.',
    de: 'Die Entscheidung ist erfasst.',
    en: 'The verdict is recorded.',
  },
  'disclosures.done.deferred': {
    fr: 'Le report est enregistré.',
    nl: 'Het uitstel is geregistreerd.',
    de: 'Der Aufschub ist erfasst.',
    en: 'The postponement is recorded.',
  },
  'error.disclosure.legal-basis-required': {
    fr: 'Choisissez la base légale de la communication',
    nl: 'Kies de rechtsgrond van de verstrekking',
    de: 'Wählen Sie die Rechtsgrundlage der Auskunft',
    en: 'Choose the legal basis of the disclosure',
  },
  'error.disclosure.legal-reference-required': {
    fr: 'Précisez la disposition légale en toutes lettres',
    nl: 'Vermeld de wettelijke bepaling voluit',
    de: 'Schreiben Sie die gesetzliche Bestimmung aus',
    en: 'Name the legal provision in words',
  },
  'error.disclosure.items-required': {
    fr: 'Choisissez au moins un élément : rien n’est communiqué d’office',
    nl: 'Kies minstens één gegeven: niets wordt vanzelf verstrekt',
    de: 'Wählen Sie mindestens eine Angabe: Nichts wird von selbst mitgeteilt',
    en: 'Choose at least one item: nothing is disclosed by default',
  },
  'error.disclosure.item-unknown': {
    fr: 'Cet élément ne figure pas dans le dossier de la personne',
    nl: 'Dit gegeven staat niet in het dossier van de persoon',
    de: 'Diese Angabe steht nicht in der Akte der Person',
    en: 'This item is not in the person’s file',
  },
  'error.disclosure.same-officer': {
    fr: 'Un autre responsable doit examiner cette communication : vous l’avez enregistrée ou en avez choisi les éléments',
    nl: 'Een andere verantwoordelijke moet deze verstrekking controleren: u hebt ze geregistreerd of de gegevens gekozen',
    de: 'Ein anderer Verantwortlicher muss diese Auskunft prüfen: Sie haben sie erfasst oder die Angaben gewählt',
    en: 'Another officer must review this disclosure: you recorded it or chose its items',
  },
  'error.disclosure.wrong-status': {
    fr: 'Cette étape n’est pas possible à ce stade de la communication',
    nl: 'Deze stap is in dit stadium van de verstrekking niet mogelijk',
    de: 'Dieser Schritt ist in diesem Stadium der Auskunft nicht möglich',
    en: 'This step is not possible at this stage of the disclosure',
  },
  'error.disclosure.already-exported': {
    fr: 'Cette communication a déjà été exportée ; elle ne peut l’être qu’une seule fois',
    nl: 'Deze verstrekking is al geëxporteerd; dat kan maar één keer',
    de: 'Diese Auskunft wurde bereits exportiert; das ist nur ein einziges Mal möglich',
    en: 'This disclosure has already been exported; it can be exported only once',
  },
  'error.disclosure.assessment-required': {
    fr: 'Rédigez l’appréciation juridique (au moins 10 caractères)',
    nl: 'Schrijf de juridische beoordeling (minstens 10 tekens)',
    de: 'Schreiben Sie die rechtliche Beurteilung (mindestens 10 Zeichen)',
    en: 'Write the legal assessment (at least 10 characters)',
  },
  'error.disclosure.refusal-reason-required': {
    fr: 'Indiquez le motif du refus',
    nl: 'Vermeld de reden van de weigering',
    de: 'Geben Sie den Grund der Ablehnung an',
    en: 'State the reason for the refusal',
  },
  'error.disclosure.deferral-in-past': {
    fr: 'Le report doit se terminer après aujourd’hui',
    nl: 'Het uitstel moet na vandaag eindigen',
    de: 'Der Aufschub muss nach dem heutigen Tag enden',
    en: 'The postponement must end after today',
  },
  'error.disclosure.deferral-basis-required': {
    fr: 'Choisissez la base légale du report',
    nl: 'Kies de rechtsgrond van het uitstel',
    de: 'Wählen Sie die Rechtsgrundlage des Aufschubs',
    en: 'Choose the legal basis of the postponement',
  },
  'error.disclosure.person-unknown': {
    fr: 'Aucune personne portant ce numéro n’est connue de ce CPAS',
    nl: 'Dit OCMW kent geen persoon met dit nummer',
    de: 'Diesem ÖSHZ ist keine Person mit dieser Nummer bekannt',
    en: 'No person with this number is known to this CPAS',
  },
  'error.disclosure.person-required': {
    fr: 'Indiquez le NISS de la personne concernée',
    nl: 'Vermeld het INSZ van de betrokken persoon',
    de: 'Geben Sie die ENSS der betroffenen Person an',
    en: 'Give the NISS of the person concerned',
  },
  'error.disclosure.recipient-required': {
    fr: 'Indiquez l’autorité requérante',
    nl: 'Vermeld de verzoekende overheid',
    de: 'Geben Sie die ersuchende Behörde an',
    en: 'Name the requesting authority',
  },
  'error.disclosure.request-reference-required': {
    fr: 'Indiquez la référence de la demande écrite',
    nl: 'Vermeld de referentie van het schriftelijk verzoek',
    de: 'Geben Sie die Referenz des schriftlichen Ersuchens an',
    en: 'Give the reference of the written request',
  },
  'error.disclosure.request-date-future': {
    fr: 'La date de la demande ne peut pas être dans le futur',
    nl: 'De datum van het verzoek kan niet in de toekomst liggen',
    de: 'Das Datum des Ersuchens kann nicht in der Zukunft liegen',
    en: 'The date of the request cannot be in the future',
  },
});
