/**
 * The security advisor’s oversight pages.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const oversight = defineCatalog({
  'oversight.title': { fr: 'Contrôle des accès', nl: 'Toezicht op toegang', de: 'Zugriffskontrolle', en: 'Access oversight' },
  'oversight.intro': {
    fr:
      'Ce que montre le journal d’audit du {cpas} pour la période. Un indicateur signale un endroit où regarder, pas ' +
      'une faute : vérifiez le contexte avant de conclure.',
    nl:
      'Wat het auditlogboek van {cpas} toont voor de periode. Een indicator wijst op een plaats om te kijken, niet op ' +
      'een fout: ga de context na voor u besluit.',
    de:
      'Was das Auditprotokoll des {cpas} für den Zeitraum zeigt. Ein Indikator zeigt, wo man hinsehen sollte, keinen ' +
      'Verstoß: Prüfen Sie den Zusammenhang, bevor Sie urteilen.',
    en:
      'What the audit log of {cpas} shows for the period. An indicator is a place to look, not a verdict: check the ' +
      'context before you draw conclusions.',
  },
  'oversight.period': { fr: 'Période', nl: 'Periode', de: 'Zeitraum', en: 'Period' },
  'oversight.from': { fr: 'Du', nl: 'Van', de: 'Vom', en: 'From' },
  'oversight.to': { fr: 'Au', nl: 'Tot', de: 'Bis', en: 'To' },
  'oversight.show': { fr: 'Afficher', nl: 'Tonen', de: 'Anzeigen', en: 'Show' },
  'oversight.raised.title': {
    fr: 'Indicateurs au-delà de leur seuil',
    nl: 'Indicatoren boven hun drempel',
    de: 'Indikatoren über ihrem Schwellenwert',
    en: 'Indicators above their threshold',
  },
  'oversight.raised.caption': {
    fr: 'Indicateurs au-delà de leur seuil',
    nl: 'Indicatoren boven hun drempel',
    de: 'Indikatoren über ihrem Schwellenwert',
    en: 'Indicators above their threshold',
  },
  'oversight.raised.none': {
    fr: 'Aucun indicateur ne dépasse son seuil pour cette période.',
    nl: 'Geen enkele indicator overschrijdt zijn drempel in deze periode.',
    de: 'Kein Indikator überschreitet in diesem Zeitraum seinen Schwellenwert.',
    en: 'No indicator is above its threshold for this period.',
  },
  'oversight.raised.count': {
    fr: '{count} indicateurs dépassent leur seuil : examinez chacun d’eux.',
    nl: '{count} indicatoren overschrijden hun drempel: bekijk ze elk.',
    de: '{count} Indikatoren überschreiten ihren Schwellenwert: Prüfen Sie jeden einzeln.',
    en: '{count} indicators above their threshold: look at each one.',
  },
  'oversight.raised.one': {
    fr: 'Un indicateur dépasse son seuil : examinez-le.',
    nl: 'Eén indicator overschrijdt zijn drempel: bekijk hem.',
    de: 'Ein Indikator überschreitet seinen Schwellenwert: Prüfen Sie ihn.',
    en: 'One indicator above its threshold: look at it.',
  },
  'oversight.col.indicator': { fr: 'Indicateur', nl: 'Indicator', de: 'Indikator', en: 'Indicator' },
  'oversight.col.concerns': { fr: 'Concerne', nl: 'Betreft', de: 'Betrifft', en: 'Concerns' },
  'oversight.col.count': { fr: 'Nombre', nl: 'Aantal', de: 'Anzahl', en: 'Count' },
  'oversight.col.threshold': { fr: 'Seuil', nl: 'Drempel', de: 'Schwellenwert', en: 'Threshold' },
  'oversight.col.user': { fr: 'Utilisateur', nl: 'Gebruiker', de: 'Benutzer', en: 'User' },
  'oversight.col.role': { fr: 'Rôle', nl: 'Rol', de: 'Rolle', en: 'Role' },
  'oversight.col.actions': { fr: 'Actions', nl: 'Handelingen', de: 'Vorgänge', en: 'Actions' },
  'oversight.col.persons': { fr: 'Personnes', nl: 'Personen', de: 'Personen', en: 'Persons' },
  'oversight.col.byName': { fr: 'Recherches par nom', nl: 'Zoekopdrachten op naam', de: 'Suchen nach Namen', en: 'Searches by name' },
  'oversight.col.byNiss': { fr: 'Recherches par NISS', nl: 'Zoekopdrachten op INSZ', de: 'Suchen nach NISS', en: 'Searches by NISS' },
  'oversight.col.outOfHours': { fr: 'Hors heures', nl: 'Buiten de uren', de: 'Außerhalb der Dienstzeit', en: 'Out of hours' },
  'oversight.col.denied': { fr: 'Refusées', nl: 'Geweigerd', de: 'Verweigert', en: 'Refused' },
  'oversight.col.consultations': { fr: 'Consultations RSE', nl: 'ESV-raadplegingen', de: 'ESB-Abfragen', en: 'RSE consultations' },
  'oversight.col.person': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'oversight.col.users': {
    fr: 'Utilisateurs différents',
    nl: 'Verschillende gebruikers',
    de: 'Verschiedene Benutzer',
    en: 'Different users',
  },
  'oversight.indicator.search-by-name': {
    fr: 'Recherches par nom plutôt que par NISS',
    nl: 'Zoekopdrachten op naam in plaats van INSZ',
    de: 'Suchen nach Namen statt nach NISS',
    en: 'Searches by name instead of NISS',
  },
  'oversight.indicator.out-of-hours': {
    fr: 'Actions hors des heures de bureau, le week-end ou un jour férié',
    nl: 'Handelingen buiten de kantooruren, in het weekend of op een feestdag',
    de: 'Vorgänge außerhalb der Dienstzeit, am Wochenende oder an Feiertagen',
    en: 'Actions outside office hours, at the weekend or on a public holiday',
  },
  'oversight.indicator.denied-attempts': {
    fr: 'Refus répétés',
    nl: 'Herhaalde weigeringen',
    de: 'Wiederholte Verweigerungen',
    en: 'Repeated refusals',
  },
  'oversight.indicator.volume': {
    fr: 'Nombre inhabituel de personnes consultées',
    nl: 'Ongewoon aantal geraadpleegde personen',
    de: 'Ungewöhnliche Zahl abgefragter Personen',
    en: 'Unusual number of persons consulted',
  },
  'oversight.indicator.person-many-users': {
    fr: 'Personne consultée par de nombreux utilisateurs',
    nl: 'Persoon geraadpleegd door veel gebruikers',
    de: 'Person von vielen Benutzern abgefragt',
    en: 'Person consulted by many users',
  },
  'oversight.indicator.sensitive-person-access': {
    fr: 'Personne sous surveillance consultée hors de son dossier',
    nl: 'Persoon onder toezicht geraadpleegd buiten het dossier',
    de: 'Überwachte Person außerhalb ihrer Akte abgefragt',
    en: 'Person under watch consulted from outside the file',
  },
  'oversight.indicator.consultations-volume': {
    fr: 'Nombreuses consultations RSE',
    nl: 'Veel ESV-raadplegingen',
    de: 'Viele ESB-Abfragen',
    en: 'Many RSE consultations',
  },
  'oversight.indicator.person-requested-by-many-cpas': {
    fr: 'Résumé demandé par plusieurs autres CPAS',
    nl: 'Samenvatting gevraagd door meerdere andere OCMW’s',
    de: 'Zusammenfassung von mehreren anderen ÖSHZ angefragt',
    en: 'Summary asked by several other CPAS',
  },
  'oversight.explain.title': {
    fr: 'Comment les indicateurs sont calculés',
    nl: 'Hoe de indicatoren berekend worden',
    de: 'Wie die Indikatoren berechnet werden',
    en: 'How the indicators are computed',
  },
  'oversight.explain.text': {
    fr:
      'Une action est une demande d’un utilisateur, quel que soit son résultat. Les seuils sont des paramètres du ' +
      'CPAS, donnés par 30 jours et relevés pour une période plus longue ; les heures de bureau vont de {start} h à ' +
      '{end} h, heure de Bruxelles, du lundi au vendredi sauf les jours fériés légaux.',
    nl:
      'Eén handeling is één verzoek van een gebruiker, wat het ook opleverde. De drempels zijn instellingen van het ' +
      'OCMW, per 30 dagen, en worden verhoogd voor een langere periode; de kantooruren lopen van {start}.00 tot ' +
      '{end}.00 uur, Brusselse tijd, van maandag tot vrijdag behalve op de wettelijke feestdagen.',
    de:
      'Ein Vorgang ist eine Anfrage eines Benutzers, gleich mit welchem Ergebnis. Die Schwellenwerte sind ' +
      'Einstellungen des ÖSHZ, je 30 Tage, und werden für längere Zeiträume angehoben; die Dienstzeit reicht von ' +
      '{start} bis {end} Uhr Brüsseler Zeit, montags bis freitags außer an den gesetzlichen Feiertagen.',
    en:
      'One action is one request of a user, whatever it found. Thresholds are settings of the CPAS, given per 30 days ' +
      'and raised for a longer period; office hours are {start}:00 to {end}:00, Brussels time, Monday to Friday ' +
      'except the Belgian public holidays.',
  },
  'oversight.rankings.users': {
    fr: 'Utilisateurs les plus actifs',
    nl: 'Meest actieve gebruikers',
    de: 'Aktivste Benutzer',
    en: 'Heaviest users',
  },
  'oversight.rankings.persons': {
    fr: 'Personnes les plus consultées',
    nl: 'Meest geraadpleegde personen',
    de: 'Am häufigsten abgefragte Personen',
    en: 'Most consulted persons',
  },
  'oversight.watched': { fr: 'sous surveillance', nl: 'onder toezicht', de: 'unter Beobachtung', en: 'under watch' },
  'oversight.watch.title': {
    fr: 'Personnes sous surveillance',
    nl: 'Personen onder toezicht',
    de: 'Personen unter Beobachtung',
    en: 'Persons under watch',
  },
  'oversight.watch.intro': {
    fr:
      'Membres du personnel, personnalités publiques ou personnes en danger : tout accès par quelqu’un qui ne ' +
      'travaille pas sur leur dossier est un indicateur.',
    nl:
      'Personeelsleden, publieke figuren of personen in gevaar: elke toegang door iemand die niet aan hun dossier ' +
      'werkt, is een indicator.',
    de:
      'Personalmitglieder, Personen des öffentlichen Lebens oder gefährdete Personen: Jeder Zugriff durch jemanden, ' +
      'der nicht an ihrer Akte arbeitet, ist ein Indikator.',
    en: 'Staff members, public figures or persons at risk: every access by someone who is not working on their file is an indicator.',
  },
  'oversight.watch.none': {
    fr: 'Personne n’est sous surveillance.',
    nl: 'Niemand staat onder toezicht.',
    de: 'Niemand steht unter Beobachtung.',
    en: 'Nobody is under watch.',
  },
  'oversight.watch.caption': {
    fr: 'Personnes sous surveillance',
    nl: 'Personen onder toezicht',
    de: 'Personen unter Beobachtung',
    en: 'Persons under watch',
  },
  'oversight.watch.reason': { fr: 'Motif', nl: 'Reden', de: 'Grund', en: 'Reason' },
  'oversight.watch.since': { fr: 'Depuis le', nl: 'Sinds', de: 'Seit', en: 'Since' },
  'oversight.watch.by': { fr: 'Par', nl: 'Door', de: 'Durch', en: 'By' },
  'oversight.watch.add': {
    fr: 'Placer une personne sous surveillance',
    nl: 'Een persoon onder toezicht plaatsen',
    de: 'Eine Person unter Beobachtung stellen',
    en: 'Put a person under watch',
  },
  'oversight.watch.niss': {
    fr: 'NISS ou numéro BIS de la personne',
    nl: 'INSZ of BIS-nummer van de persoon',
    de: 'NISS oder BIS-Nummer der Person',
    en: 'NISS or BIS number of the person',
  },
  'oversight.watch.reason.hint': {
    fr: 'Par exemple : membre du personnel du CPAS, personnalité publique, protection d’une victime.',
    nl: 'Bijvoorbeeld: personeelslid van het OCMW, publieke figuur, bescherming van een slachtoffer.',
    de: 'Zum Beispiel: Personalmitglied des ÖSHZ, Person des öffentlichen Lebens, Opferschutz.',
    en: 'For example: staff member of the CPAS, public figure, victim protection.',
  },
  'oversight.watch.submit': {
    fr: 'Placer sous surveillance',
    nl: 'Onder toezicht plaatsen',
    de: 'Unter Beobachtung stellen',
    en: 'Put under watch',
  },
  'oversight.watch.lift': {
    fr: 'Lever la surveillance de {name}',
    nl: 'Toezicht op {name} opheffen',
    de: 'Beobachtung von {name} aufheben',
    en: 'Lift the watch on {name}',
  },
  'oversight.watch.added': {
    fr: 'La personne est sous surveillance.',
    nl: 'De persoon staat onder toezicht.',
    de: 'Die Person steht unter Beobachtung.',
    en: 'The person is under watch.',
  },
  'oversight.watch.lifted': {
    fr: 'La surveillance est levée.',
    nl: 'Het toezicht is opgeheven.',
    de: 'Die Beobachtung ist aufgehoben.',
    en: 'The watch is lifted.',
  },
  'oversight.watch.niss.required': {
    fr: 'Indiquez le NISS ou le numéro BIS de la personne',
    nl: 'Vul het INSZ of BIS-nummer van de persoon in',
    de: 'Geben Sie die NISS oder BIS-Nummer der Person ein',
    en: 'Enter the NISS or BIS number of the person',
  },
  'oversight.watch.reason.required': {
    fr: 'Indiquez pourquoi cette personne est sous surveillance',
    nl: 'Geef aan waarom deze persoon onder toezicht staat',
    de: 'Geben Sie an, warum diese Person beobachtet wird',
    en: 'Say why this person is under watch',
  },
  'oversight.watch.notFound': {
    fr: 'Personne n’est enregistré sous ce numéro dans votre CPAS.',
    nl: 'Niemand is met dit nummer geregistreerd in uw OCMW.',
    de: 'In Ihrem ÖSHZ ist niemand mit dieser Nummer erfasst.',
    en: 'Nobody is registered with this number at your CPAS.',
  },
  'oversight.monthly.link': { fr: 'Rapport mensuel', nl: 'Maandrapport', de: 'Monatsbericht', en: 'Monthly report' },
  'oversight.monthly.month': { fr: 'Mois', nl: 'Maand', de: 'Monat', en: 'Month' },
  'oversight.monthly.open': { fr: 'Ouvrir le rapport', nl: 'Rapport openen', de: 'Bericht öffnen', en: 'Open the report' },
  'oversight.monthly.title': {
    fr: 'Rapport mensuel de contrôle des accès — {month}',
    nl: 'Maandrapport toezicht op toegang — {month}',
    de: 'Monatsbericht der Zugriffskontrolle — {month}',
    en: 'Monthly oversight report — {month}',
  },
  'oversight.monthly.intro': {
    fr: '{cpas}, établi le {date}. La première partie ne nomme personne ; la seconde est réservée au conseiller en sécurité.',
    nl: '{cpas}, opgemaakt op {date}. Het eerste deel noemt niemand; het tweede deel is enkel voor de veiligheidsconsulent.',
    de: '{cpas}, erstellt am {date}. Der erste Teil nennt niemanden; der zweite Teil ist nur für den Sicherheitsberater bestimmt.',
    en: '{cpas}, generated on {date}. The first part names nobody; the second part is for the security advisor only.',
  },
  'oversight.monthly.generic': {
    fr: 'Utilisation générale (ne nomme personne)',
    nl: 'Algemeen gebruik (noemt niemand)',
    de: 'Allgemeine Nutzung (nennt niemanden)',
    en: 'General usage (names nobody)',
  },
  'oversight.monthly.specific': {
    fr: 'Indicateurs et classements (confidentiel)',
    nl: 'Indicatoren en rangschikkingen (vertrouwelijk)',
    de: 'Indikatoren und Ranglisten (vertraulich)',
    en: 'Indicators and rankings (confidential)',
  },
  'oversight.monthly.activeUsers': { fr: 'Utilisateurs actifs', nl: 'Actieve gebruikers', de: 'Aktive Benutzer', en: 'Active users' },
  'oversight.monthly.actions': { fr: 'Actions', nl: 'Handelingen', de: 'Vorgänge', en: 'Actions' },
  'oversight.monthly.searchesByNiss': {
    fr: 'Recherches par NISS',
    nl: 'Zoekopdrachten op INSZ',
    de: 'Suchen nach NISS',
    en: 'Searches by NISS',
  },
  'oversight.monthly.searchesByName': {
    fr: 'Recherches par nom',
    nl: 'Zoekopdrachten op naam',
    de: 'Suchen nach Namen',
    en: 'Searches by name',
  },
  'oversight.monthly.nameShare': {
    fr: 'Part des recherches par nom',
    nl: 'Aandeel zoekopdrachten op naam',
    de: 'Anteil der Suchen nach Namen',
    en: 'Share of searches by name',
  },
  'oversight.monthly.outOfHours': {
    fr: 'Actions hors heures',
    nl: 'Handelingen buiten de uren',
    de: 'Vorgänge außerhalb der Dienstzeit',
    en: 'Actions out of hours',
  },
  'oversight.monthly.outOfHoursShare': {
    fr: 'Part des actions hors heures',
    nl: 'Aandeel handelingen buiten de uren',
    de: 'Anteil der Vorgänge außerhalb der Dienstzeit',
    en: 'Share of actions out of hours',
  },
  'oversight.monthly.denied': { fr: 'Actions refusées', nl: 'Geweigerde handelingen', de: 'Verweigerte Vorgänge', en: 'Refused actions' },
  'oversight.monthly.consultations': { fr: 'Consultations RSE', nl: 'ESV-raadplegingen', de: 'ESB-Abfragen', en: 'RSE consultations' },
  'oversight.monthly.breakGlass': {
    fr: 'Ouvertures d’urgence (examinées / injustifiées)',
    nl: 'Noodopeningen (beoordeeld / onterecht)',
    de: 'Notfallöffnungen (geprüft / ungerechtfertigt)',
    en: 'Emergency openings (reviewed / unjustified)',
  },
  'oversight.monthly.breakGlass.value': {
    fr: '{opened} ({reviewed} / {unjustified})',
    nl: '{opened} ({reviewed} / {unjustified})',
    de: '{opened} ({reviewed} / {unjustified})',
    en: '{opened} ({reviewed} / {unjustified})',
  },
  'oversight.monthly.byRole': { fr: 'Activité par rôle', nl: 'Activiteit per rol', de: 'Aktivität nach Rolle', en: 'Activity by role' },
  'oversight.monthly.back': {
    fr: 'Retour au contrôle des accès',
    nl: 'Terug naar toezicht op toegang',
    de: 'Zurück zur Zugriffskontrolle',
    en: 'Back to access oversight',
  },
  'oversight.audit.titleUser': {
    fr: 'Journal d’audit de {name}',
    nl: 'Auditlogboek van {name}',
    de: 'Auditprotokoll von {name}',
    en: 'Audit log of {name}',
  },
  'oversight.audit.titlePerson': {
    fr: 'Journal d’audit concernant {name}',
    nl: 'Auditlogboek over {name}',
    de: 'Auditprotokoll zu {name}',
    en: 'Audit log about {name}',
  },
  'oversight.audit.intro': {
    fr:
      'Du {from} au {to} : {count} événements, du plus récent au plus ancien. Noms d’actions et identifiants ' +
      'seulement : le journal ne contient aucun contenu.',
    nl:
      'Van {from} tot {to}: {count} gebeurtenissen, de recentste eerst. Alleen namen van handelingen en ' +
      'identificatoren: het logboek bevat geen inhoud.',
    de:
      'Vom {from} bis {to}: {count} Ereignisse, die neuesten zuerst. Nur Namen von Vorgängen und Kennungen: das ' +
      'Protokoll enthält keinen Inhalt.',
    en: 'From {from} to {to}: {count} events, newest first. Action names and identifiers only: the log holds no content.',
  },
  'oversight.audit.none': {
    fr: 'Aucun événement pendant cette période.',
    nl: 'Geen gebeurtenis in deze periode.',
    de: 'Kein Ereignis in diesem Zeitraum.',
    en: 'No event in this period.',
  },
  'oversight.audit.at': { fr: 'Quand', nl: 'Wanneer', de: 'Wann', en: 'When' },
  'oversight.audit.action': { fr: 'Action', nl: 'Handeling', de: 'Vorgang', en: 'Action' },
  'oversight.audit.outcome': { fr: 'Résultat', nl: 'Resultaat', de: 'Ergebnis', en: 'Outcome' },
  'oversight.audit.allowed': { fr: 'autorisée', nl: 'toegestaan', de: 'erlaubt', en: 'allowed' },
  'oversight.audit.denied': { fr: 'refusée', nl: 'geweigerd', de: 'verweigert', en: 'refused' },
  'oversight.audit.system': { fr: 'le système', nl: 'het systeem', de: 'das System', en: 'the system' },
  'oversight.settings.link': {
    fr: 'Seuils et durées de conservation',
    nl: 'Drempels en bewaartermijnen',
    de: 'Schwellenwerte und Aufbewahrungsfristen',
    en: 'Thresholds and retention periods',
  },
  'oversight.settings.title': {
    fr: 'Seuils et durées de conservation',
    nl: 'Drempels en bewaartermijnen',
    de: 'Schwellenwerte und Aufbewahrungsfristen',
    en: 'Thresholds and retention periods',
  },
  'oversight.settings.intro': {
    fr: 'Les paramètres du {cpas} qui relèvent du conseiller en sécurité. Chaque modification est journalisée avec la valeur précédente.',
    nl: 'De instellingen van {cpas} die onder de veiligheidsconsulent vallen. Elke wijziging wordt gelogd met de vorige waarde.',
    de:
      'Die Einstellungen des {cpas}, für die der Sicherheitsberater zuständig ist. Jede Änderung wird mit dem ' +
      'vorherigen Wert protokolliert.',
    en: 'The settings of {cpas} that the security advisor owns. Every change is logged with its previous value.',
  },
  'oversight.settings.save': { fr: 'Enregistrer', nl: 'Opslaan', de: 'Speichern', en: 'Save' },
  'oversight.settings.saved': {
    fr: 'Le paramètre est enregistré.',
    nl: 'De instelling is opgeslagen.',
    de: 'Die Einstellung ist gespeichert.',
    en: 'The setting is saved.',
  },
  'oversight.settings.invalid': {
    fr: 'Indiquez un nombre entier dans les limites permises',
    nl: 'Vul een geheel getal binnen de toegestane grenzen in',
    de: 'Geben Sie eine ganze Zahl im erlaubten Bereich ein',
    en: 'Enter a whole number within the allowed range',
  },
  'oversight.settings.lastChange': {
    fr: 'Dernière modification le {date}',
    nl: 'Laatst gewijzigd op {date}',
    de: 'Zuletzt geändert am {date}',
    en: 'Last changed on {date}',
  },
  'oversight.settings.section.oversight': {
    fr: 'Indicateurs d’abus (par 30 jours)',
    nl: 'Misbruikindicatoren (per 30 dagen)',
    de: 'Missbrauchsindikatoren (je 30 Tage)',
    en: 'Misuse indicators (per 30 days)',
  },
  'oversight.settings.section.access': {
    fr: 'Autorisations et accès d’urgence',
    nl: 'Machtigingen en noodtoegang',
    de: 'Berechtigungen und Notfallzugriff',
    en: 'Grants and emergency access',
  },
  'oversight.settings.section.retention': {
    fr: 'Durées de conservation',
    nl: 'Bewaartermijnen',
    de: 'Aufbewahrungsfristen',
    en: 'Retention periods',
  },
  'oversight.settings.section.statistics': { fr: 'Statistiques', nl: 'Statistieken', de: 'Statistiken', en: 'Statistics' },
  'oversight.settings.section.dataProtection': {
    fr: 'Délégué à la protection des données',
    nl: 'Functionaris voor gegevensbescherming',
    de: 'Datenschutzbeauftragter',
    en: 'Data protection officer',
  },
  'oversight.settings.field.officeHoursStart': {
    fr: 'Début des heures de bureau (heure de Bruxelles)',
    nl: 'Begin van de kantooruren (uur, Brusselse tijd)',
    de: 'Beginn der Dienstzeit (Stunde, Brüsseler Zeit)',
    en: 'Office hours start (hour, Brussels time)',
  },
  'oversight.settings.field.officeHoursEnd': {
    fr: 'Fin des heures de bureau (heure de Bruxelles)',
    nl: 'Einde van de kantooruren (uur, Brusselse tijd)',
    de: 'Ende der Dienstzeit (Stunde, Brüsseler Zeit)',
    en: 'Office hours end (hour, Brussels time)',
  },
  'oversight.settings.field.nameSearchThreshold': {
    fr: 'Recherches par nom',
    nl: 'Zoekopdrachten op naam',
    de: 'Suchen nach Namen',
    en: 'Searches by name',
  },
  'oversight.settings.field.outOfHoursThreshold': {
    fr: 'Actions hors heures',
    nl: 'Handelingen buiten de uren',
    de: 'Vorgänge außerhalb der Dienstzeit',
    en: 'Actions out of hours',
  },
  'oversight.settings.field.denialThreshold': { fr: 'Refus', nl: 'Weigeringen', de: 'Verweigerungen', en: 'Refusals' },
  'oversight.settings.field.volumeThreshold': {
    fr: 'Personnes consultées par un utilisateur (plancher)',
    nl: 'Personen geraadpleegd door één gebruiker (ondergrens)',
    de: 'Von einem Benutzer abgefragte Personen (Untergrenze)',
    en: 'Persons consulted by one user (floor)',
  },
  'oversight.settings.field.volumeOutlierFactor': {
    fr: 'Personnes consultées : multiple de la médiane des collègues',
    nl: 'Geraadpleegde personen: veelvoud van de mediaan van de collega’s',
    de: 'Abgefragte Personen: Vielfaches des Medians der Kollegen',
    en: 'Persons consulted: times the colleagues’ median',
  },
  'oversight.settings.field.personUsersThreshold': {
    fr: 'Utilisateurs différents sur une personne',
    nl: 'Verschillende gebruikers op één persoon',
    de: 'Verschiedene Benutzer bei einer Person',
    en: 'Different users on one person',
  },
  'oversight.settings.field.sensitivePersonThreshold': {
    fr: 'Actions sur une personne sous surveillance',
    nl: 'Handelingen op een persoon onder toezicht',
    de: 'Vorgänge bei einer beobachteten Person',
    en: 'Actions on a person under watch',
  },
  'oversight.settings.field.consultationThreshold': {
    fr: 'Consultations RSE par un utilisateur',
    nl: 'ESV-raadplegingen door één gebruiker',
    de: 'ESB-Abfragen eines Benutzers',
    en: 'RSE consultations by one user',
  },
  'oversight.settings.field.requesterInstitutionsThreshold': {
    fr: 'Autres CPAS demandant une même personne',
    nl: 'Andere OCMW’s die naar één persoon vragen',
    de: 'Andere ÖSHZ, die nach einer Person fragen',
    en: 'Other CPAS asking about one person',
  },
  'oversight.settings.field.rankingSize': {
    fr: 'Longueur des classements',
    nl: 'Lengte van de rangschikkingen',
    de: 'Länge der Ranglisten',
    en: 'Length of the rankings',
  },
  'oversight.settings.field.grantMaxHours': {
    fr: 'Autorisation la plus longue d’un responsable (heures)',
    nl: 'Langste machtiging door een verantwoordelijke (uren)',
    de: 'Längste Berechtigung durch einen Vorgesetzten (Stunden)',
    en: 'Longest grant by a supervisor (hours)',
  },
  'oversight.settings.field.breakGlassMinutes': {
    fr: 'Durée d’un accès d’urgence (minutes)',
    nl: 'Duur van een noodtoegang (minuten)',
    de: 'Dauer eines Notfallzugriffs (Minuten)',
    en: 'Duration of an emergency opening (minutes)',
  },
  'oversight.settings.field.closedFileMonths': {
    fr: 'Dossiers clôturés (mois après la clôture)',
    nl: 'Afgesloten dossiers (maanden na afsluiting)',
    de: 'Abgeschlossene Akten (Monate nach Abschluss)',
    en: 'Closed files (months after closing)',
  },
  'oversight.settings.field.purgeIntervalHours': {
    fr: 'La purge tourne toutes les (heures)',
    nl: 'De opschoning loopt om de (uren)',
    de: 'Die Bereinigung läuft alle (Stunden)',
    en: 'Purge runs every (hours)',
  },
  'oversight.settings.field.auditLogMonths': {
    fr: 'Journal d’audit (mois, au moins 12)',
    nl: 'Auditlogboek (maanden, minstens 12)',
    de: 'Auditprotokoll (Monate, mindestens 12)',
    en: 'Audit log (months, at least 12)',
  },
  'oversight.settings.field.sessionDays': {
    fr: 'Sessions expirées (jours)',
    nl: 'Verlopen sessies (dagen)',
    de: 'Abgelaufene Sitzungen (Tage)',
    en: 'Expired sessions (days)',
  },
  'oversight.settings.field.outboxSentDays': {
    fr: 'Messages envoyés au hub (jours)',
    nl: 'Naar de hub verzonden berichten (dagen)',
    de: 'An den Hub gesendete Nachrichten (Tage)',
    en: 'Messages sent to the hub (days)',
  },
  'oversight.settings.field.handledNoticeMonths': {
    fr: 'Avis traités de la liste de travail (mois)',
    nl: 'Afgehandelde meldingen op de werklijst (maanden)',
    de: 'Erledigte Hinweise der Arbeitsliste (Monate)',
    en: 'Handled worklist notices (months)',
  },
  'oversight.settings.field.purgeRunMonths': {
    fr: 'Traces des purges (mois)',
    nl: 'Verslagen van opschoningen (maanden)',
    de: 'Protokolle der Bereinigungen (Monate)',
    en: 'Records of purge runs (months)',
  },
  'oversight.settings.field.incomingTransferMonths': {
    fr: 'Transferts reçus et contestés (mois, au moins 3)',
    nl: 'Ontvangen en betwiste overdrachten (maanden, minstens 3)',
    de: 'Erhaltene und bestrittene Übertragungen (Monate, mindestens 3)',
    en: 'Transfers received and disputed (months, at least 3)',
  },
  'oversight.settings.field.smallCellThreshold': {
    fr: 'Plus petit nombre publié (au moins 2)',
    nl: 'Kleinste gepubliceerde aantal (minstens 2)',
    de: 'Kleinste veröffentlichte Zahl (mindestens 2)',
    en: 'Smallest count published (at least 2)',
  },
  'oversight.settings.field.dpoContact': {
    fr: 'Comment joindre le DPO (imprimé dans les lettres)',
    nl: 'Hoe een persoon de DPO bereikt (gedrukt in de brieven)',
    de: 'Wie eine Person den DSB erreicht (in Briefen gedruckt)',
    en: 'How a person reaches the DPO (printed in letters)',
  },
});
