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
  'document.type-not-allowed': {
    fr: 'Type de document non accepté',
    nl: 'Documenttype niet aanvaard',
    de: 'Dokumenttyp nicht zulässig',
    en: 'Document type not accepted',
  },
  'document.type-mismatch': {
    fr: 'Le contenu ne correspond pas au type annoncé',
    nl: 'De inhoud komt niet overeen met het opgegeven type',
    de: 'Der Inhalt entspricht nicht dem angegebenen Typ',
    en: 'The content does not match its type',
  },
  'document.executable': {
    fr: 'Contenu exécutable refusé',
    nl: 'Uitvoerbare inhoud geweigerd',
    de: 'Ausführbarer Inhalt abgelehnt',
    en: 'Executable content refused',
  },
  'document.invalid-base64': {
    fr: 'Contenu illisible',
    nl: 'Onleesbare inhoud',
    de: 'Unlesbarer Inhalt',
    en: 'Unreadable content',
  },
  'document.empty': {
    fr: 'Document vide',
    nl: 'Leeg document',
    de: 'Leeres Dokument',
    en: 'Empty document',
  },
  'document.too-large': {
    fr: 'Document trop volumineux (6 Mo au plus)',
    nl: 'Document te groot (maximaal 6 MB)',
    de: 'Dokument zu groß (höchstens 6 MB)',
    en: 'Document too large (6 MiB at most)',
  },
  'document.provenance-required': {
    fr: 'Provenance du flux BCSS requise',
    nl: 'Herkomst van de KSZ-stroom vereist',
    de: 'Herkunft des ZDSS-Datenflusses erforderlich',
    en: 'Provenance of the BCSS flow required',
  },
  'home-visit.in-future': {
    fr: 'Visite à domicile datée dans le futur',
    nl: 'Huisbezoek in de toekomst gedateerd',
    de: 'Hausbesuch in der Zukunft datiert',
    en: 'Home visit dated in the future',
  },
  'hearing.closed': {
    fr: 'Audition déjà clôturée',
    nl: 'Hoorzitting al afgesloten',
    de: 'Anhörung bereits abgeschlossen',
    en: 'Hearing already closed',
  },
  'hearing.in-future': {
    fr: 'Date d’audition dans le futur',
    nl: 'Datum van de hoorzitting in de toekomst',
    de: 'Datum der Anhörung in der Zukunft',
    en: 'Hearing date in the future',
  },
  'hearing.before-request': {
    fr: 'Audition avant la demande',
    nl: 'Hoorzitting vóór de aanvraag',
    de: 'Anhörung vor dem Antrag',
    en: 'Hearing before its request',
  },
  'piis.exists': {
    fr: 'Ce dossier a déjà un PIIS',
    nl: 'Dit dossier heeft al een GPMI',
    de: 'Diese Akte hat bereits ein PIIS',
    en: 'This file already has a PIIS',
  },
  'piis.not-found': {
    fr: 'Pas encore de PIIS dans ce dossier',
    nl: 'Nog geen GPMI in dit dossier',
    de: 'Noch kein PIIS in dieser Akte',
    en: 'No PIIS on this file yet',
  },
  'piis.in-future': {
    fr: 'Date du PIIS dans le futur',
    nl: 'Datum van het GPMI in de toekomst',
    de: 'PIIS-Datum in der Zukunft',
    en: 'PIIS date in the future',
  },
  'piis.before-signature': {
    fr: 'Date antérieure à la signature du PIIS',
    nl: 'Datum vóór de ondertekening van het GPMI',
    de: 'Datum vor der Unterzeichnung des PIIS',
    en: 'Date before the PIIS was signed',
  },
  'piis.objective-empty': {
    fr: 'Objectif vide',
    nl: 'Lege doelstelling',
    de: 'Leeres Ziel',
    en: 'Empty objective',
  },
  'piis.objective-duplicate': {
    fr: 'Objectif en double',
    nl: 'Dubbele doelstelling',
    de: 'Doppeltes Ziel',
    en: 'Objective listed twice',
  },
  'piis.amendment-empty': {
    fr: 'L’avenant ne change rien',
    nl: 'Het aanhangsel wijzigt niets',
    de: 'Der Nachtrag ändert nichts',
    en: 'The amendment changes nothing',
  },
  'piis.unknown-objective': {
    fr: 'Objectif inconnu',
    nl: 'Onbekende doelstelling',
    de: 'Unbekanntes Ziel',
    en: 'Unknown objective',
  },
  'access-grant.not-found': {
    fr: 'Autorisation introuvable',
    nl: 'Toestemming niet gevonden',
    de: 'Berechtigung nicht gefunden',
    en: 'No such grant',
  },
  'access-grant.ended': {
    fr: 'Autorisation déjà terminée',
    nl: 'Toestemming al beëindigd',
    de: 'Berechtigung bereits beendet',
    en: 'Grant already ended',
  },
  'secrecy.condition-missing': {
    fr: 'Les quatre conditions du secret partagé ne sont pas réunies',
    nl: 'De vier voorwaarden van het gedeeld beroepsgeheim zijn niet vervuld',
    de: 'Die vier Bedingungen des geteilten Berufsgeheimnisses sind nicht erfüllt',
    en: 'The four conditions of shared secrecy are not met',
  },
} satisfies ProblemTitles;
