/**
 * The CPAS administrator's settings page (issue 12, scope 2): what the CPAS shares in its summary
 * and how long it keeps each record class. French, Dutch, German and English side by side.
 */
import { defineCatalog } from '#ui/index.ts';

export const cpasSettings = defineCatalog({
  'nav.settings': { fr: 'Paramètres du CPAS', nl: 'Instellingen van het OCMW', de: 'Einstellungen des ÖSHZ', en: 'CPAS settings' },
  'cpasSettings.title': {
    fr: 'Partage et conservation',
    nl: 'Delen en bewaren',
    de: 'Weitergabe und Aufbewahrung',
    en: 'Sharing and retention',
  },
  'cpasSettings.intro': {
    fr:
      'Ce que {cpas} partage dans son résumé avec les autres CPAS, et combien de temps il conserve chaque type de données. ' +
      'La loi fixe les limites : une valeur en dehors est refusée. Chaque modification est enregistrée avec son motif et la valeur ' +
      'précédente.',
    nl:
      'Wat {cpas} in zijn samenvatting met andere OCMW’s deelt, en hoe lang het elk soort gegevens bewaart. De wet bepaalt de grenzen: ' +
      'een waarde daarbuiten wordt geweigerd. Elke wijziging wordt geregistreerd met haar reden en de vorige waarde.',
    de:
      'Was {cpas} in seiner Zusammenfassung mit anderen ÖSHZ teilt und wie lange es jede Art von Daten aufbewahrt. ' +
      'Das Gesetz setzt die Grenzen: Ein Wert außerhalb wird abgelehnt. Jede Änderung wird mit ihrem Grund und dem vorherigen Wert ' +
      'erfasst.',
    en:
      'What {cpas} shares in its summary with other CPAS, and how long it keeps each kind of record. The law sets the bounds: ' +
      'a value outside them is refused. Every change is recorded with its reason and the previous value.',
  },
  'cpasSettings.saved': {
    fr: 'Paramètres enregistrés.',
    nl: 'Instellingen opgeslagen.',
    de: 'Einstellungen gespeichert.',
    en: 'Settings saved.',
  },
  'cpasSettings.save': { fr: 'Enregistrer', nl: 'Opslaan', de: 'Speichern', en: 'Save' },
  'cpasSettings.invalid': {
    fr: 'Indiquez un nombre entier.',
    nl: 'Geef een geheel getal op.',
    de: 'Geben Sie eine ganze Zahl an.',
    en: 'Enter a whole number.',
  },
  'cpasSettings.lastChange': {
    fr: 'Dernière modification : {date}',
    nl: 'Laatste wijziging: {date}',
    de: 'Letzte Änderung: {date}',
    en: 'Last changed: {date}',
  },
  'cpasSettings.section.sharing': {
    fr: 'Ce que le CPAS partage',
    nl: 'Wat het OCMW deelt',
    de: 'Was das ÖSHZ teilt',
    en: 'What the CPAS shares',
  },
  'cpasSettings.sharing.intro': {
    fr:
      'Le résumé reste limité aux éléments codés prévus par la loi (aucun texte libre). Vous pouvez le restreindre, jamais l’élargir. ' +
      'Une personne protégée se retire dans son dossier (refus motivé).',
    nl:
      'De samenvatting blijft beperkt tot de gecodeerde elementen die de wet voorziet (geen vrije tekst). ' +
      'U kunt ze beperken, nooit uitbreiden. Een beschermde persoon wordt in het dossier zelf afgeschermd (gemotiveerde weigering).',
    de:
      'Die Zusammenfassung bleibt auf die gesetzlich vorgesehenen codierten Angaben beschränkt (kein freier Text). ' +
      'Sie können sie einschränken, nie erweitern. Eine geschützte Person wird in ihrer Akte zurückgehalten (begründete Verweigerung).',
    en:
      'The summary stays limited to the coded items the law provides (no free text). You may narrow it, never widen it. ' +
      'A protected person is withheld in their own file (reasoned refusal).',
  },
  'cpasSettings.field.windowMonths': {
    fr: 'Période des décisions partagées (mois)',
    nl: 'Periode van de gedeelde beslissingen (maanden)',
    de: 'Zeitraum der geteilten Entscheidungen (Monate)',
    en: 'Period of shared decisions (months)',
  },
  'cpasSettings.field.windowMonths.hint': {
    fr: 'De 1 à {max} mois : les décisions plus anciennes ne quittent jamais le CPAS.',
    nl: 'Van 1 tot {max} maanden: oudere beslissingen verlaten het OCMW nooit.',
    de: 'Von 1 bis {max} Monaten: Ältere Entscheidungen verlassen das ÖSHZ nie.',
    en: 'From 1 to {max} months: older decisions never leave the CPAS.',
  },
  'cpasSettings.field.shareAmounts': {
    fr: 'Partager les montants',
    nl: 'De bedragen delen',
    de: 'Die Beträge teilen',
    en: 'Share the amounts',
  },
  'cpasSettings.field.sharePiis': {
    fr: 'Partager l’existence et les dates du PIIS',
    nl: 'Het bestaan en de data van het GPMI delen',
    de: 'Bestehen und Daten des IPSI teilen',
    en: 'Share whether there is a PIIS and its dates',
  },
  'cpasSettings.field.sharePiis.hint': {
    fr: 'Désactivé par défaut.',
    nl: 'Standaard uitgeschakeld.',
    de: 'Standardmäßig ausgeschaltet.',
    en: 'Off by default.',
  },
  'cpasSettings.field.excludedAidTypes': {
    fr: 'Types d’aide jamais partagés',
    nl: 'Soorten hulp die nooit gedeeld worden',
    de: 'Hilfearten, die nie geteilt werden',
    en: 'Aid kinds never shared',
  },
  'cpasSettings.field.reason': {
    fr: 'Motif de la modification',
    nl: 'Reden voor de wijziging',
    de: 'Grund für die Änderung',
    en: 'Reason for the change',
  },
  'cpasSettings.field.reason.hint': {
    fr: 'Par exemple la décision du conseil qui la prévoit. Conservé dans l’historique.',
    nl: 'Bijvoorbeeld de raadsbeslissing die ze voorziet. Bewaard in de geschiedenis.',
    de: 'Zum Beispiel der Ratsbeschluss, der sie vorsieht. In der Historie aufbewahrt.',
    en: 'For example the council decision that provides for it. Kept in the history.',
  },
  'cpasSettings.section.retention': {
    fr: 'Durées de conservation',
    nl: 'Bewaartermijnen',
    de: 'Aufbewahrungsfristen',
    en: 'Retention periods',
  },
  'cpasSettings.retention.intro': {
    fr: 'La purge automatique applique ces durées à chaque type de données. Le journal d’audit est conservé au moins {min} mois.',
    nl: 'De automatische opschoning past deze termijnen toe op elk soort gegevens. Het auditlogboek wordt minstens {min} maanden bewaard.',
    de: 'Die automatische Bereinigung wendet diese Fristen auf jede Art von Daten an. Das Prüfprotokoll wird mindestens {min} Monate aufbewahrt.',
    en: 'The automatic purge applies these periods to every kind of record. The audit log is kept at least {min} months.',
  },
  'cpasSettings.section.exchange': {
    fr: 'Résumés reçus d’autres CPAS',
    nl: 'Samenvattingen ontvangen van andere OCMW’s',
    de: 'Von anderen ÖSHZ erhaltene Zusammenfassungen',
    en: 'Summaries received from other CPAS',
  },
  'cpasSettings.field.receivedSummaryDays': {
    fr: 'Conservation d’un résumé reçu (jours)',
    nl: 'Bewaring van een ontvangen samenvatting (dagen)',
    de: 'Aufbewahrung einer erhaltenen Zusammenfassung (Tage)',
    en: 'Keeping a received summary (days)',
  },
  'cpasSettings.field.receivedSummaryDays.hint': {
    fr: 'De 1 à {max} jours.',
    nl: 'Van 1 tot {max} dagen.',
    de: 'Von 1 bis {max} Tagen.',
    en: 'From 1 to {max} days.',
  },
  'cpasSettings.history': { fr: 'Historique', nl: 'Geschiedenis', de: 'Historie', en: 'History' },
  'cpasSettings.history.caption': {
    fr: 'Modifications de « {section} »',
    nl: 'Wijzigingen van ‘{section}’',
    de: 'Änderungen von „{section}“',
    en: 'Changes of “{section}”',
  },
  'cpasSettings.history.none': { fr: 'Aucune modification.', nl: 'Geen wijzigingen.', de: 'Keine Änderungen.', en: 'No changes.' },
  'cpasSettings.col.at': { fr: 'Date', nl: 'Datum', de: 'Datum', en: 'Date' },
  'cpasSettings.col.by': { fr: 'Par', nl: 'Door', de: 'Von', en: 'By' },
  'cpasSettings.col.change': { fr: 'Modification', nl: 'Wijziging', de: 'Änderung', en: 'Change' },
  'cpasSettings.col.reason': { fr: 'Motif', nl: 'Reden', de: 'Grund', en: 'Reason' },
  'cpasSettings.yes': { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' },
  'cpasSettings.no': { fr: 'non', nl: 'nee', de: 'nein', en: 'no' },
  'cpasSettings.none': { fr: 'aucun', nl: 'geen', de: 'keine', en: 'none' },
  'error.setting.reason-required': {
    fr: 'Indiquez le motif de la modification.',
    nl: 'Geef de reden voor de wijziging op.',
    de: 'Geben Sie den Grund für die Änderung an.',
    en: 'Give the reason for the change.',
  },
});
