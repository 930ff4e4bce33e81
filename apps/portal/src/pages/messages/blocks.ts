/**
 * Blocking a CPAS.
 * Each key holds its French, Dutch and German texts side by side (a missing language does not compile).
 */
import { definePortalCatalog } from './languages.ts';

export const blocks = definePortalCatalog({
  blocksTitle: { fr: 'Bloquer un CPAS', nl: 'Een OCMW blokkeren', de: 'Ein ÖSHZ sperren' },
  blocksIntro: {
    fr:
      'Vous pouvez demander qu’un CPAS précis ne reçoive plus votre résumé. S’il le demande quand même, le carrefour ' +
      'refuse, et vous le voyez dans vos échanges.',
    nl:
      'U kunt vragen dat een bepaald OCMW uw samenvatting niet meer krijgt. Vraagt het die toch, dan weigert het ' +
      'knooppunt, en u ziet dat bij uw uitwisselingen.',
    de:
      'Sie können verlangen, dass ein bestimmtes ÖSHZ Ihre Zusammenfassung nicht mehr erhält. Fragt es trotzdem an, ' +
      'lehnt die Zentrale ab, und Sie sehen das bei Ihren Austauschen.',
  },
  blocksCurrent: { fr: 'Mes blocages', nl: 'Mijn blokkeringen', de: 'Meine Sperren' },
  blocksNone: { fr: 'Vous n’avez bloqué aucun CPAS.', nl: 'U hebt geen enkel OCMW geblokkeerd.', de: 'Sie haben kein ÖSHZ gesperrt.' },
  blockedSince: {
    fr: '{name} — bloqué depuis le {date}. Votre raison : « {reason} »',
    nl: '{name} — geblokkeerd sinds {date}. Uw reden: ‘{reason}’',
    de: '{name} — gesperrt seit {date}. Ihr Grund: „{reason}“',
  },
  blockNew: { fr: 'Nouveau blocage', nl: 'Nieuwe blokkering', de: 'Neue Sperre' },
  blockWhich: { fr: 'Quel CPAS ?', nl: 'Welk OCMW?', de: 'Welches ÖSHZ?' },
  blockReason: {
    fr: 'Pourquoi ? (votre raison est gardée avec le blocage)',
    nl: 'Waarom? (uw reden wordt bij de blokkering bewaard)',
    de: 'Warum? (Ihr Grund wird mit der Sperre gespeichert)',
  },
  sendBlock: { fr: 'Bloquer ce CPAS', nl: 'Dit OCMW blokkeren', de: 'Dieses ÖSHZ sperren' },
  doneBlock: {
    fr: 'C’est enregistré : ce CPAS ne recevra plus votre résumé.',
    nl: 'Het is geregistreerd: dit OCMW krijgt uw samenvatting niet meer.',
    de: 'Es ist gespeichert: Dieses ÖSHZ erhält Ihre Zusammenfassung nicht mehr.',
  },
});
