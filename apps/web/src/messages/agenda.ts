/**
 * The committee’s agenda.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const agenda = defineCatalog({
  'agenda.title': {
    fr: 'Ordre du jour de l’organe qui décide',
    nl: 'Agenda van het beslissingsorgaan',
    de: 'Tagesordnung des entscheidenden Organs',
    en: 'Agenda of the deciding body',
  },
  'agenda.intro': {
    fr:
      'Les rapports sociaux signés à l’ordre du jour des séances où vous siégez. Vous pouvez les lire jusqu’à peu après la séance ; ' +
      'vous ne pouvez pas les modifier.',
    nl: 'De ondertekende sociale verslagen op de agenda van de zittingen waarin u zetelt. U kunt ze lezen tot kort na de zitting, niet wijzigen.',
    de:
      'Die unterzeichneten Sozialberichte auf der Tagesordnung der Sitzungen, an denen Sie teilnehmen. ' +
      'Sie können sie bis kurz nach der Sitzung lesen, nicht ändern.',
    en: 'The signed social reports on the agenda of the sessions you sit on. You can read them until shortly after the session; you cannot change them.',
  },
  'agenda.empty': {
    fr: 'Aucun rapport n’attend de décision.',
    nl: 'Geen enkel verslag wacht op een beslissing.',
    de: 'Kein Bericht wartet auf eine Entscheidung.',
    en: 'No report is awaiting a decision.',
  },
  'agenda.caption': {
    fr: 'Rapports en attente de décision',
    nl: 'Verslagen die op een beslissing wachten',
    de: 'Berichte, die auf eine Entscheidung warten',
    en: 'Reports awaiting a decision',
  },
  'agenda.signedAt': { fr: 'Signé le', nl: 'Ondertekend op', de: 'Unterzeichnet am', en: 'Signed on' },
  'agenda.back': { fr: 'Retour à l’ordre du jour', nl: 'Terug naar de agenda', de: 'Zurück zur Tagesordnung', en: 'Back to the agenda' },
  'agenda.report.title': {
    fr: 'Rapport social : {name}',
    nl: 'Sociaal verslag: {name}',
    de: 'Sozialbericht: {name}',
    en: 'Social report: {name}',
  },
  'agenda.report.signed': {
    fr: '{kind}. Rapport signé le {date} par {name}.',
    nl: '{kind}. Verslag ondertekend op {date} door {name}.',
    de: '{kind}. Bericht unterzeichnet am {date} von {name}.',
    en: '{kind}. Report signed on {date} by {name}.',
  },
});
