/**
 * The titles of casework's own problem codes, in every language; `caseworkPlugin` gives them to the
 * HTTP app's registry (the platform knows only the generic ones).
 */
import type { ProblemTitles } from '#platform/problem-titles.ts';

export const CASEWORK_PROBLEM_TITLES = {
  'oversight.forbidden': {
    fr: 'Réservé au conseiller en sécurité',
    nl: 'Voorbehouden aan de veiligheidsconsulent',
    de: 'Dem Sicherheitsberater vorbehalten',
    en: 'For the security advisor only',
  },
  'period.invalid': { fr: 'Période invalide', nl: 'Ongeldige periode', de: 'Ungültiger Zeitraum', en: 'Invalid period' },
  'break-glass.reason-required': {
    fr: 'Motif de l’accès d’urgence requis',
    nl: 'Reden voor de noodtoegang vereist',
    de: 'Grund für den Notfallzugriff erforderlich',
    en: 'A reason for the emergency access is required',
  },
  'break-glass.not-needed': {
    fr: 'Vous avez déjà accès à ce dossier',
    nl: 'U hebt al toegang tot dit dossier',
    de: 'Sie haben bereits Zugriff auf diese Akte',
    en: 'You can already open this file',
  },
  'sensitivity.reason-required': {
    fr: 'Motif de la surveillance requis',
    nl: 'Reden voor het toezicht vereist',
    de: 'Grund für die Beobachtung erforderlich',
    en: 'A reason for the watch is required',
  },
  'setting.invalid': {
    fr: 'Valeur hors des limites permises',
    nl: 'Waarde buiten de toegestane grenzen',
    de: 'Wert außerhalb des erlaubten Bereichs',
    en: 'Value outside the allowed range',
  },
  'disclosure.legal-basis-required': {
    fr: 'Base légale requise',
    nl: 'Rechtsgrond vereist',
    de: 'Rechtsgrundlage erforderlich',
    en: 'A legal basis is required',
  },
  'disclosure.items-required': {
    fr: 'Aucune donnée sélectionnée',
    nl: 'Geen gegevens geselecteerd',
    de: 'Keine Daten ausgewählt',
    en: 'No item selected',
  },
  'disclosure.same-officer': {
    fr: 'Un autre responsable doit approuver',
    nl: 'Een andere verantwoordelijke moet goedkeuren',
    de: 'Ein anderer Verantwortlicher muss genehmigen',
    en: 'Another officer must approve',
  },
  'disclosure.already-exported': {
    fr: 'Déjà communiquée une fois',
    nl: 'Al één keer meegedeeld',
    de: 'Bereits einmal mitgeteilt',
    en: 'Already exported once',
  },
  'person.exists': {
    fr: 'Cette personne est déjà enregistrée',
    nl: 'Deze persoon is al geregistreerd',
    de: 'Diese Person ist bereits erfasst',
    en: 'Person already registered',
  },
  'report.incomplete': {
    fr: 'Rapport social incomplet',
    nl: 'Sociaal verslag onvolledig',
    de: 'Sozialbericht unvollständig',
    en: 'Social report incomplete',
  },
  'consultation.person-not-informed': {
    fr: 'La personne n’a pas encore été informée',
    nl: 'De persoon is nog niet geïnformeerd',
    de: 'Die Person wurde noch nicht informiert',
    en: 'Person not yet informed',
  },
  'consultation.blocked': {
    fr: 'La personne a demandé que votre CPAS ne reçoive plus son résumé',
    nl: 'De persoon heeft gevraagd dat uw OCMW haar samenvatting niet meer ontvangt',
    de: 'Die Person hat verlangt, dass Ihr ÖSHZ ihre Zusammenfassung nicht mehr erhält',
    en: 'The person asked that your CPAS no longer receive their summary',
  },
  'transfer.to-self': {
    fr: 'Une demande est transmise à un autre CPAS',
    nl: 'Een aanvraag wordt naar een ander OCMW doorgestuurd',
    de: 'Ein Antrag wird an ein anderes ÖSHZ weitergeleitet',
    en: 'A request is transferred to another CPAS',
  },
  'transfer.not-found': {
    fr: 'Cette demande n’a pas été transmise',
    nl: 'Deze aanvraag is niet doorgestuurd',
    de: 'Dieser Antrag wurde nicht weitergeleitet',
    en: 'This request has not been transferred',
  },
  'incoming-transfer.not-found': {
    fr: 'Transmission reçue introuvable',
    nl: 'Ontvangen doorzending niet gevonden',
    de: 'Empfangene Weiterleitung nicht gefunden',
    en: 'No such incoming transfer',
  },
  'incoming-transfer.decided': {
    fr: 'Cette transmission a déjà été acceptée ou contestée',
    nl: 'Deze doorzending is al aanvaard of betwist',
    de: 'Diese Weiterleitung wurde bereits angenommen oder bestritten',
    en: 'This transfer has already been accepted or disputed',
  },
  'incoming-transfer.reason-required': {
    fr: 'Indiquez pourquoi ce CPAS n’est pas compétent',
    nl: 'Geef aan waarom dit OCMW niet bevoegd is',
    de: 'Geben Sie an, warum dieses ÖSHZ nicht zuständig ist',
    en: 'Say why this CPAS is not competent',
  },
  'incoming-transfer.not-disputed': {
    fr: 'Seule une transmission contestée est soumise au SPP IS',
    nl: 'Alleen een betwiste doorzending wordt aan de POD MI voorgelegd',
    de: 'Nur eine bestrittene Weiterleitung wird dem ÖPD SE vorgelegt',
    en: 'Only a disputed transfer is referred to the SPP IS',
  },
  'incoming-transfer.escalated': {
    fr: 'Ce conflit a déjà été soumis au SPP IS',
    nl: 'Dit conflict is al aan de POD MI voorgelegd',
    de: 'Dieser Konflikt wurde dem ÖPD SE bereits vorgelegt',
    en: 'This conflict has already been referred to the SPP IS',
  },
  'incoming-transfer.escalated-in-future': {
    fr: 'La saisine ne peut pas être datée dans le futur',
    nl: 'De voorlegging kan niet in de toekomst gedateerd zijn',
    de: 'Die Vorlage kann nicht in der Zukunft datiert sein',
    en: 'The referral cannot be dated in the future',
  },
  'withholding.note-required': {
    fr: 'Expliquez le motif « autre »',
    nl: 'Licht de reden ‘andere’ toe',
    de: 'Erläutern Sie den Grund „anderer“',
    en: 'Explain the reason "other"',
  },
  'withholding.not-withheld': {
    fr: 'Le résumé de cette personne n’est pas retenu',
    nl: 'De samenvatting van deze persoon wordt niet tegengehouden',
    de: 'Die Zusammenfassung dieser Person wird nicht zurückgehalten',
    en: 'This person’s summary is not withheld',
  },
  'person-statement.not-found': {
    fr: 'Déclaration introuvable dans ce dossier',
    nl: 'Verklaring niet gevonden in dit dossier',
    de: 'Erklärung in dieser Akte nicht gefunden',
    en: 'No such statement on this file',
  },
  'person-statement.answered': {
    fr: 'Cette déclaration a déjà reçu une réponse',
    nl: 'Deze verklaring is al beantwoord',
    de: 'Diese Erklärung wurde bereits beantwortet',
    en: 'This statement has already been answered',
  },
  'person-contest.not-found': {
    fr: 'Contestation introuvable dans ce dossier',
    nl: 'Betwisting niet gevonden in dit dossier',
    de: 'Anfechtung in dieser Akte nicht gefunden',
    en: 'No such contest on this file',
  },
  'person-contest.not-received': {
    fr: 'Cette contestation est déjà en cours d’examen ou tranchée',
    nl: 'Deze betwisting wordt al onderzocht of is beslecht',
    de: 'Diese Anfechtung wird bereits geprüft oder ist entschieden',
    en: 'This contest is already under review or decided',
  },
  'person-contest.decided': {
    fr: 'Cette contestation a déjà son issue',
    nl: 'Deze betwisting heeft al een uitkomst',
    de: 'Diese Anfechtung hat bereits ein Ergebnis',
    en: 'This contest already has its outcome',
  },
  'attached-item.not-found': {
    fr: 'Élément introuvable parmi les résumés reçus pour ce dossier',
    nl: 'Element niet gevonden in de ontvangen samenvattingen van dit dossier',
    de: 'Element in den für diese Akte erhaltenen Zusammenfassungen nicht gefunden',
    en: 'No such item among the summaries received on this file',
  },
  'attached-item.expired': {
    fr: 'Ce résumé a expiré : ses éléments ne peuvent plus être joints',
    nl: 'Deze samenvatting is vervallen: haar elementen kunnen niet meer worden toegevoegd',
    de: 'Diese Zusammenfassung ist abgelaufen: Ihre Elemente können nicht mehr beigefügt werden',
    en: 'This summary has expired: its items can no longer be attached',
  },
  'attached-item.exists': {
    fr: 'Cet élément est déjà joint au dossier',
    nl: 'Dit element is al bij het dossier gevoegd',
    de: 'Dieses Element ist der Akte bereits beigefügt',
    en: 'This item is already attached to the file',
  },
} satisfies ProblemTitles;
