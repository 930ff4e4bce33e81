/** The exchange log, retention and policy pages of the hub operator (FR/NL/DE/EN side by side). */
import { defineCatalog } from '#ui/index.ts';

export const operations = defineCatalog({
  logTitle: {
    fr: 'État du journal des échanges',
    nl: 'Toestand van het uitwisselingslogboek',
    de: 'Zustand des Austauschprotokolls',
    en: 'State of the exchange log',
  },
  logIntro: {
    fr: 'Le journal est en ajout seul : chaque échange y entre, ainsi que chaque clé enregistrée ou retirée. Les témoins cosignent ses points de contrôle.',
    nl:
      'Het logboek is enkel-toevoegen: elke uitwisseling komt erin, net als elke geregistreerde of verwijderde sleutel. ' +
      'Getuigen medeondertekenen zijn controlepunten.',
    de:
      'Das Protokoll ist nur erweiterbar: Jeder Austausch wird eingetragen, ebenso jeder registrierte oder entfernte Schlüssel. ' +
      'Zeugen kosignieren seine Prüfpunkte.',
    en: 'The log is append-only: every exchange goes in, and so does every key registered or removed. Witnesses cosign its checkpoints.',
  },
  logSize: { fr: 'Nombre d’entrées', nl: 'Aantal items', de: 'Anzahl der Einträge', en: 'Entries' },
  treeHead: {
    fr: 'Dernière tête d’arbre signée',
    nl: 'Laatste ondertekende boomkop',
    de: 'Letzter signierter Baumkopf',
    en: 'Last signed tree head',
  },
  treeHeadValue: {
    fr: '{size} entrées, signée le {date}',
    nl: '{size} items, ondertekend op {date}',
    de: '{size} Einträge, signiert am {date}',
    en: '{size} entries, signed on {date}',
  },
  checkpoint: {
    fr: 'Dernier point de contrôle publié',
    nl: 'Laatste gepubliceerd controlepunt',
    de: 'Letzter veröffentlichter Prüfpunkt',
    en: 'Last published checkpoint',
  },
  checkpointValue: {
    fr: '{size} entrées, publié le {date}',
    nl: '{size} items, gepubliceerd op {date}',
    de: '{size} Einträge, veröffentlicht am {date}',
    en: '{size} entries, published on {date}',
  },
  cosigners: { fr: 'Cosigné par', nl: 'Medeondertekend door', de: 'Kosigniert von', en: 'Cosigned by' },
  rootHash: { fr: 'Empreinte racine', nl: 'Wortelhash', de: 'Wurzel-Hash', en: 'Root hash' },
  failuresTitle: {
    fr: 'Publications échouées',
    nl: 'Mislukte publicaties',
    de: 'Fehlgeschlagene Veröffentlichungen',
    en: 'Failed publications',
  },
  failuresNone: {
    fr: 'Aucune : chaque point de contrôle a atteint son quorum.',
    nl: 'Geen: elk controlepunt haalde zijn quorum.',
    de: 'Keine: Jeder Prüfpunkt hat sein Quorum erreicht.',
    en: 'None: every checkpoint reached its quorum.',
  },
  colSize: { fr: 'Taille', nl: 'Grootte', de: 'Größe', en: 'Size' },
  colWitness: { fr: 'Témoins et raisons', nl: 'Getuigen en redenen', de: 'Zeugen und Gründe', en: 'Witnesses and reasons' },
  keysTitle: { fr: 'Dernières entrées de clés', nl: 'Laatste sleutelitems', de: 'Letzte Schlüsseleinträge', en: 'Latest key entries' },
  keysNone: { fr: 'Aucune entrée de clé.', nl: 'Geen sleutelitems.', de: 'Keine Schlüsseleinträge.', en: 'No key entries.' },
  colEntry: { fr: 'Entrée', nl: 'Item', de: 'Eintrag', en: 'Entry' },
  colKey: { fr: 'Clé', nl: 'Sleutel', de: 'Schlüssel', en: 'Key' },
  colEvent: { fr: 'Événement', nl: 'Gebeurtenis', de: 'Ereignis', en: 'Event' },
  'event.key.registered': { fr: 'Clé enregistrée', nl: 'Sleutel geregistreerd', de: 'Schlüssel registriert', en: 'Key registered' },
  'event.key.deactivated': { fr: 'Clé retirée', nl: 'Sleutel verwijderd', de: 'Schlüssel entfernt', en: 'Key removed' },
  notYet: { fr: 'Pas encore', nl: 'Nog niet', de: 'Noch nicht', en: 'Not yet' },

  retentionTitle: { fr: 'Conservation au hub', nl: 'Bewaring in de hub', de: 'Aufbewahrung im Hub', en: 'Retention at the hub' },
  retentionIntro: {
    fr:
      'Chaque type de données du hub a sa durée ; la purge horaire l’applique. Le journal des échanges n’en fait pas partie : ' +
      'il est en ajout seul et ne contient que des pseudonymes.',
    nl:
      'Elk soort gegevens van de hub heeft zijn termijn; de opschoning per uur past ze toe. ' +
      'Het uitwisselingslogboek hoort er niet bij: het is enkel-toevoegen en bevat alleen pseudoniemen.',
    de:
      'Jede Datenart des Hubs hat ihre Frist; die stündliche Bereinigung wendet sie an. Das Austauschprotokoll gehört nicht dazu: ' +
      'Es ist nur erweiterbar und enthält nur Pseudonyme.',
    en:
      'Each kind of record at the hub has its period; the hourly purge applies it. The exchange log is not among them: ' +
      'it is append-only and holds pseudonyms only.',
  },
  'class.ended-integrations': {
    fr: 'Intégrations terminées',
    nl: 'Beëindigde integraties',
    de: 'Beendete Integrationen',
    en: 'Ended integrations',
  },
  'class.lifted-blocks': { fr: 'Blocages levés', nl: 'Opgeheven blokkeringen', de: 'Aufgehobene Sperren', en: 'Lifted blocks' },
  'class.delivered-correction-notices': {
    fr: 'Avis de correction remis',
    nl: 'Afgeleverde correctieberichten',
    de: 'Zugestellte Berichtigungsmitteilungen',
    en: 'Delivered correction notices',
  },
  'class.expired-replay-ids': {
    fr: 'Identifiants anti-rejeu expirés',
    nl: 'Verlopen anti-replay-ID’s',
    de: 'Abgelaufene Replay-Kennungen',
    en: 'Expired replay ids',
  },
  'class.purge-runs': { fr: 'Exécutions de la purge', nl: 'Opschoningsrondes', de: 'Bereinigungsläufe', en: 'Purge runs' },
  'class.ended-operator-sessions': {
    fr: 'Sessions d’opérateur terminées',
    nl: 'Beëindigde beheerderssessies',
    de: 'Beendete Betreibersitzungen',
    en: 'Ended operator sessions',
  },
  fieldDays: { fr: 'Durée (jours)', nl: 'Termijn (dagen)', de: 'Frist (Tage)', en: 'Period (days)' },
  daysHint: {
    fr: 'De {min} à {max} jours.',
    nl: 'Van {min} tot {max} dagen.',
    de: 'Von {min} bis {max} Tagen.',
    en: 'From {min} to {max} days.',
  },
  daysValue: { fr: '{days} jours', nl: '{days} dagen', de: '{days} Tage', en: '{days} days' },
  runsTitle: { fr: 'Dernières purges', nl: 'Laatste opschoningen', de: 'Letzte Bereinigungen', en: 'Latest purges' },
  runsNone: { fr: 'Aucune purge encore.', nl: 'Nog geen opschoning.', de: 'Noch keine Bereinigung.', en: 'No purge yet.' },
  colRemoved: { fr: 'Supprimés', nl: 'Verwijderd', de: 'Entfernt', en: 'Removed' },
  colTrigger: { fr: 'Déclencheur', nl: 'Aanleiding', de: 'Auslöser', en: 'Trigger' },
  save: { fr: 'Enregistrer', nl: 'Opslaan', de: 'Speichern', en: 'Save' },
  'error.retention.out-of-range': {
    fr: 'En dehors des limites permises pour ce type de données.',
    nl: 'Buiten de toegestane grenzen voor dit soort gegevens.',
    de: 'Außerhalb der für diese Datenart erlaubten Grenzen.',
    en: 'Outside the bounds allowed for this kind of record.',
  },

  policyTitle: {
    fr: 'Politique d’échange et codes',
    nl: 'Uitwisselingsbeleid en codes',
    de: 'Austauschrichtlinie und Codes',
    en: 'Exchange policy and codes',
  },
  policyIntro: {
    fr:
      'Quels éléments du résumé un CPAS reçoit, selon sa qualité et la finalité. Les éléments sont ceux du schéma fermé du résumé : ' +
      'on peut restreindre, jamais ajouter un élément.',
    nl:
      'Welke elementen van de samenvatting een OCMW ontvangt, volgens zijn hoedanigheid en het doel. ' +
      'De elementen zijn die van het gesloten schema: beperken kan, een element toevoegen nooit.',
    de:
      'Welche Elemente der Zusammenfassung ein ÖSHZ erhält, je nach Eigenschaft und Zweck. ' +
      'Die Elemente sind die des geschlossenen Schemas: Einschränken geht, ein Element hinzufügen nie.',
    en:
      'Which summary items a CPAS receives, by its capacity and the purpose. The items are those of the closed summary schema: ' +
      'a rule may be narrowed, never given a new item.',
  },
  rulesTitle: {
    fr: 'Règles par code qualité',
    nl: 'Regels per hoedanigheidscode',
    de: 'Regeln je Eigenschaftscode',
    en: 'Rules per quality code',
  },
  ruleLegend: {
    fr: 'Code {code} — finalité : {purpose}',
    nl: 'Code {code} — doel: {purpose}',
    de: 'Code {code} — Zweck: {purpose}',
    en: 'Code {code} — purpose: {purpose}',
  },
  'item.decisions': { fr: 'Décisions', nl: 'Beslissingen', de: 'Entscheidungen', en: 'Decisions' },
  'item.piis': { fr: 'PIIS', nl: 'GPMI', de: 'IPSI', en: 'PIIS' },
  'item.statements': {
    fr: 'Déclarations de la personne',
    nl: 'Verklaringen van de persoon',
    de: 'Erklärungen der Person',
    en: 'Statements of the person',
  },
  'item.contact': { fr: 'Contact du service', nl: 'Contact van de dienst', de: 'Kontakt des Dienstes', en: 'Service contact' },
  kindRulesTitle: {
    fr: 'Règle du portail citoyen (lecture seule)',
    nl: 'Regel van het burgerportaal (alleen lezen)',
    de: 'Regel des Bürgerportals (nur lesen)',
    en: 'Citizen portal rule (read only)',
  },
  codesTitle: { fr: 'Codes qualité', nl: 'Hoedanigheidscodes', de: 'Eigenschaftscodes', en: 'Quality codes' },
  colCode: { fr: 'Code', nl: 'Code', de: 'Code', en: 'Code' },
  colLabel: { fr: 'Libellé', nl: 'Omschrijving', de: 'Bezeichnung', en: 'Label' },
  colIntegrations: { fr: 'Intégrations en cours', nl: 'Lopende integraties', de: 'Laufende Integrationen', en: 'Current integrations' },
  inUse: { fr: 'En usage', nl: 'In gebruik', de: 'In Gebrauch', en: 'In use' },
  notInUse: { fr: 'Hors usage', nl: 'Niet in gebruik', de: 'Außer Gebrauch', en: 'Not in use' },
  retire: { fr: 'Retirer le code {code}', nl: 'Code {code} intrekken', de: 'Code {code} zurückziehen', en: 'Retire code {code}' },
  restore: { fr: 'Remettre le code {code}', nl: 'Code {code} terugzetten', de: 'Code {code} wieder zulassen', en: 'Restore code {code}' },
  purposesTitle: { fr: 'Finalités', nl: 'Doeleinden', de: 'Zwecke', en: 'Purposes' },
  itemsNone: { fr: 'aucun élément', nl: 'geen elementen', de: 'keine Elemente', en: 'no items' },
  'error.policy.unknown-item': {
    fr: 'Un élément ne fait pas partie du schéma du résumé.',
    nl: 'Een element hoort niet bij het schema van de samenvatting.',
    de: 'Ein Element gehört nicht zum Schema der Zusammenfassung.',
    en: 'An item is not part of the summary schema.',
  },
  'error.policy.unknown-rule': { fr: 'Règle inconnue.', nl: 'Onbekende regel.', de: 'Unbekannte Regel.', en: 'Unknown rule.' },
  'error.policy.unknown-code': { fr: 'Code inconnu.', nl: 'Onbekende code.', de: 'Unbekannter Code.', en: 'Unknown code.' },
  'error.policy.code-in-use': {
    fr: 'Des intégrations en cours utilisent ce code : il reste en usage.',
    nl: 'Lopende integraties gebruiken deze code: hij blijft in gebruik.',
    de: 'Laufende Integrationen verwenden diesen Code: Er bleibt in Gebrauch.',
    en: 'Current integrations use this code: it stays in use.',
  },
});
