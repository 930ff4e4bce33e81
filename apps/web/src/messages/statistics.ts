/**
 * The statistics pages.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const statistics = defineCatalog({
  'statistics.title': { fr: 'Statistiques', nl: 'Statistieken', de: 'Statistiken', en: 'Statistics' },
  'statistics.intro': {
    fr: 'Chiffres agrégés du {cpas} : uniquement des comptages, sans numéro national, sans nom, rien par travailleur social.',
    nl:
      'Geaggregeerde cijfers van {cpas}: enkel tellingen, zonder rijksregisternummer, zonder naam, niets per ' + 'maatschappelijk werker.',
    de: 'Zusammengefasste Zahlen des {cpas}: nur Zählungen, keine Nationalregisternummer, kein Name, nichts pro Sozialarbeiter.',
    en: 'Aggregated figures of {cpas}: counts only, no national number, no name, nothing per worker.',
  },
  'statistics.period.legend': { fr: 'Période', nl: 'Periode', de: 'Zeitraum', en: 'Period' },
  'statistics.period.from': { fr: 'Du', nl: 'Van', de: 'Vom', en: 'From' },
  'statistics.period.to': { fr: 'Au', nl: 'Tot en met', de: 'Bis zum', en: 'To' },
  'statistics.period.show': { fr: 'Afficher', nl: 'Tonen', de: 'Anzeigen', en: 'Show' },
  'statistics.period.invalid': {
    fr: 'Indiquez deux dates, la première ne pouvant pas être postérieure à la seconde.',
    nl: 'Vul twee datums in; de eerste mag niet na de tweede vallen.',
    de: 'Geben Sie zwei Daten an; das erste darf nicht nach dem zweiten liegen.',
    en: 'Enter two dates, the first one not after the second.',
  },
  'statistics.period.tooLong': {
    fr: 'Une période couvre au maximum vingt ans.',
    nl: 'Een periode beslaat ten hoogste twintig jaar.',
    de: 'Ein Zeitraum umfasst höchstens zwanzig Jahre.',
    en: 'A period spans at most twenty years.',
  },
  'statistics.period.shown': {
    fr: 'Du {from} au {to}.',
    nl: 'Van {from} tot en met {to}.',
    de: 'Vom {from} bis zum {to}.',
    en: 'From {from} to {to}.',
  },
  'statistics.hidden': { fr: 'masqué', nl: 'afgeschermd', de: 'gesperrt', en: 'hidden' },
  'statistics.hidden.explanation': {
    fr:
      'Un chiffre inférieur à {threshold} n’est pas affiché (« masqué ») afin que personne ne puisse y être reconnu. ' +
      'Certains chiffres plus élevés sont également masqués, pour qu’un petit chiffre ne puisse pas être retrouvé par ' +
      'soustraction à partir d’un total. Un 0 est affiché.',
    nl:
      'Een cijfer kleiner dan {threshold} wordt niet getoond („afgeschermd”), zodat niemand erin herkend kan worden. ' +
      'Ook sommige grotere cijfers worden afgeschermd, zodat een klein cijfer niet kan worden teruggevonden door het ' +
      'van een totaal af te trekken. Een 0 wordt wel getoond.',
    de:
      'Eine Zahl unter {threshold} wird nicht angezeigt („gesperrt“), damit niemand darin erkannt werden kann. Auch ' +
      'einige größere Zahlen werden gesperrt, damit eine kleine Zahl nicht durch Abziehen von einer Summe ermittelt ' +
      'werden kann. Eine 0 wird angezeigt.',
    en:
      'A figure below {threshold} is not shown (“hidden”), so that nobody can be recognised in it. Some larger ' +
      'figures are hidden as well, so that a small figure cannot be worked out by subtracting from a total. A 0 is shown.',
  },
  'statistics.empty': {
    fr: 'Rien pour cette période.',
    nl: 'Niets in deze periode.',
    de: 'Nichts in diesem Zeitraum.',
    en: 'Nothing in this period.',
  },
  'statistics.total': { fr: 'Total', nl: 'Totaal', de: 'Insgesamt', en: 'Total' },
  'statistics.downloads': { fr: 'Téléchargements', nl: 'Downloads', de: 'Downloads', en: 'Downloads' },
  'statistics.csv': {
    fr: 'Télécharger ces chiffres (CSV)',
    nl: 'Deze cijfers downloaden (CSV)',
    de: 'Diese Zahlen herunterladen (CSV)',
    en: 'Download these figures (CSV)',
  },
  'statistics.federal.title': {
    fr: 'Relevé trimestriel pour l’administration fédérale (SPP Intégration sociale)',
    nl: 'Kwartaalopgave voor de federale overheid (POD Maatschappelijke Integratie)',
    de: 'Vierteljährliche Meldung an die Föderalverwaltung (ÖPD Sozialeingliederung)',
    en: 'Quarterly return to the federal administration (SPP Social Integration)',
  },
  'statistics.federal.year': { fr: 'Année', nl: 'Jaar', de: 'Jahr', en: 'Year' },
  'statistics.federal.quarter': { fr: 'Trimestre', nl: 'Kwartaal', de: 'Quartal', en: 'Quarter' },
  'statistics.federal.quarter.option': { fr: '{n}e trimestre', nl: 'Kwartaal {n}', de: '{n}. Quartal', en: 'Quarter {n}' },
  'statistics.federal.download': {
    fr: 'Télécharger le relevé (CSV)',
    nl: 'De opgave downloaden (CSV)',
    de: 'Die Meldung herunterladen (CSV)',
    en: 'Download the return (CSV)',
  },
  'statistics.requests.title': { fr: 'Demandes d’aide', nl: 'Hulpaanvragen', de: 'Hilfeanträge', en: 'Aid requests' },
  'statistics.requests.byKind': {
    fr: 'Demandes d’aide reçues, par type',
    nl: 'Ontvangen hulpaanvragen, per soort',
    de: 'Eingegangene Hilfeanträge, nach Art',
    en: 'Aid requests received, by kind',
  },
  'statistics.requests.byMonth': {
    fr: 'Demandes d’aide reçues, par mois',
    nl: 'Ontvangen hulpaanvragen, per maand',
    de: 'Eingegangene Hilfeanträge, nach Monat',
    en: 'Aid requests received, by month',
  },
  'statistics.requests.chart': {
    fr: 'Graphique en barres des demandes d’aide reçues par mois ; les mêmes chiffres figurent dans le tableau ci-dessous.',
    nl: 'Staafdiagram van de ontvangen hulpaanvragen per maand; dezelfde cijfers staan in de tabel hieronder.',
    de: 'Balkendiagramm der eingegangenen Hilfeanträge pro Monat; dieselben Zahlen stehen in der Tabelle darunter.',
    en: 'Bar chart of the aid requests received per month; the same figures are in the table below.',
  },
  'statistics.kind': { fr: 'Type d’aide', nl: 'Soort hulp', de: 'Art der Hilfe', en: 'Kind of aid' },
  'statistics.month': { fr: 'Mois', nl: 'Maand', de: 'Monat', en: 'Month' },
  'statistics.count': { fr: 'Nombre', nl: 'Aantal', de: 'Anzahl', en: 'Number' },
  'statistics.decisions.title': { fr: 'Décisions', nl: 'Beslissingen', de: 'Beschlüsse', en: 'Decisions' },
  'statistics.decisions.caption': {
    fr: 'Décisions prises, par aide et par issue (décisions annulées exclues)',
    nl: 'Genomen beslissingen, per hulp en per uitkomst (vernietigde beslissingen niet meegeteld)',
    de: 'Gefasste Beschlüsse, nach Hilfe und Ergebnis (ohne aufgehobene Beschlüsse)',
    en: 'Decisions taken, by aid and outcome (annulled decisions excluded)',
  },
  'statistics.aid': { fr: 'Aide', nl: 'Hulp', de: 'Hilfe', en: 'Aid' },
  'statistics.deadline.title': { fr: 'Délais légaux', nl: 'Wettelijke termijnen', de: 'Gesetzliche Fristen', en: 'Legal deadlines' },
  'statistics.deadline.caption': {
    fr: 'Décision dans le délai légal (30 jours pour le RIS, un mois pour l’aide sociale), par aide',
    nl: 'Beslissing binnen de wettelijke termijn (30 dagen voor het leefloon, één maand voor maatschappelijke dienstverlening), per hulp',
    de: 'Beschluss innerhalb der gesetzlichen Frist (30 Tage für das Eingliederungseinkommen, ein Monat für Sozialhilfe), nach Hilfe',
    en: 'Decision within the legal deadline (30 days for the RIS, one month for social aid), by aid',
  },
  'statistics.deadline.yes': { fr: 'dans le délai', nl: 'binnen de termijn', de: 'fristgerecht', en: 'within the deadline' },
  'statistics.deadline.no': { fr: 'hors délai', nl: 'laattijdig', de: 'verspätet', en: 'late' },
  'statistics.deadline.later-decision': {
    fr: 'décision ultérieure sur la même demande (non mesurée)',
    nl: 'latere beslissing over dezelfde aanvraag (niet gemeten)',
    de: 'späterer Beschluss zum selben Antrag (nicht gemessen)',
    en: 'later decision on the same request (not measured)',
  },
  'statistics.notification.caption': {
    fr: 'Notification dans les 8 jours de la décision, par aide',
    nl: 'Kennisgeving binnen 8 dagen na de beslissing, per hulp',
    de: 'Zustellung innerhalb von 8 Tagen nach dem Beschluss, nach Hilfe',
    en: 'Notification within 8 days of the decision, by aid',
  },
  'statistics.notification.yes': { fr: 'dans les 8 jours', nl: 'binnen 8 dagen', de: 'innerhalb von 8 Tagen', en: 'within 8 days' },
  'statistics.notification.no': {
    fr: 'après 8 jours ou non notifiée',
    nl: 'na 8 dagen of niet ter kennis gebracht',
    de: 'nach 8 Tagen oder nicht zugestellt',
    en: 'after 8 days or not notified',
  },
  'statistics.notification.pending': {
    fr: 'pas encore notifiée, encore dans les 8 jours',
    nl: 'nog niet ter kennis gebracht, nog binnen 8 dagen',
    de: 'noch nicht zugestellt, noch innerhalb von 8 Tagen',
    en: 'not yet notified, still within 8 days',
  },
  'statistics.consultations.title': {
    fr: 'Consultations du rapport social électronique',
    nl: 'Raadplegingen van het elektronisch sociaal verslag',
    de: 'Abfragen des elektronischen Sozialberichts',
    en: 'Electronic social report consultations',
  },
  'statistics.consultations.caption': {
    fr: 'Résumés demandés par ce CPAS, par finalité',
    nl: 'Samenvattingen opgevraagd door dit OCMW, per doeleinde',
    de: 'Von diesem ÖSHZ angeforderte Zusammenfassungen, nach Zweck',
    en: 'Summaries requested by this CPAS, by purpose',
  },
  'statistics.responses.caption': {
    fr: 'Réponses reçues, par statut',
    nl: 'Ontvangen antwoorden, per status',
    de: 'Erhaltene Antworten, nach Status',
    en: 'Answers received, by status',
  },
  'statistics.answered.caption': {
    fr: 'Demandes d’autres CPAS auxquelles ce CPAS a répondu, par statut',
    nl: 'Aanvragen van andere OCMW’s die dit OCMW heeft beantwoord, per status',
    de: 'Anfragen anderer ÖSHZ, die dieses ÖSHZ beantwortet hat, nach Status',
    en: 'Requests from other CPAS answered by this CPAS, by status',
  },
  'statistics.purpose': { fr: 'Finalité', nl: 'Doeleinde', de: 'Zweck', en: 'Purpose' },
  'statistics.status': { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' },
  'statistics.status.answered': { fr: 'résumé reçu', nl: 'samenvatting ontvangen', de: 'Zusammenfassung erhalten', en: 'summary received' },
  'statistics.status.no-file': { fr: 'pas de dossier', nl: 'geen dossier', de: 'keine Akte', en: 'no file' },
  'statistics.status.withheld': { fr: 'non communiqué', nl: 'niet meegedeeld', de: 'nicht mitgeteilt', en: 'not shared' },
  'statistics.status.pending': { fr: 'réponse attendue', nl: 'antwoord verwacht', de: 'Antwort ausstehend', en: 'awaiting an answer' },
  'statistics.status.error': { fr: 'réponse inutilisable', nl: 'antwoord onbruikbaar', de: 'Antwort unbrauchbar', en: 'answer unusable' },
  'statistics.answered.answered': {
    fr: 'résumé communiqué',
    nl: 'samenvatting meegedeeld',
    de: 'Zusammenfassung mitgeteilt',
    en: 'summary shared',
  },
  'statistics.answered.no-file': { fr: 'pas de dossier', nl: 'geen dossier', de: 'keine Akte', en: 'no file' },
  'statistics.answered.withheld': { fr: 'non communiqué', nl: 'niet meegedeeld', de: 'nicht mitgeteilt', en: 'withheld' },
});
