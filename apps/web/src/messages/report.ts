/**
 * The social report (drafting, signing).
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const report = defineCatalog({
  'report.title': { fr: 'Rapport social', nl: 'Sociaal verslag', de: 'Sozialbericht', en: 'Social report' },
  'report.intro': {
    fr:
      'Complétez le rapport rubrique par rubrique ; enregistrez aussi souvent que vous le souhaitez. Il se signe ' +
      'quand toutes les rubriques obligatoires sont remplies.',
    nl:
      'Vul het verslag rubriek per rubriek in; sla zo vaak op als u wilt. Het wordt ondertekend zodra alle verplichte ' +
      'rubrieken ingevuld zijn.',
    de:
      'Füllen Sie den Bericht Abschnitt für Abschnitt aus; speichern Sie so oft Sie möchten. Er wird unterzeichnet, ' +
      'sobald alle Pflichtabschnitte ausgefüllt sind.',
    en: 'Fill the report section by section; save as often as you like. It is signed once every mandatory section is filled.',
  },
  'report.missing': {
    fr: 'Encore vide avant la signature :',
    nl: 'Nog leeg vóór de ondertekening:',
    de: 'Vor der Unterzeichnung noch leer:',
    en: 'Still empty before signing:',
  },
  'report.save': { fr: 'Enregistrer le brouillon', nl: 'Het ontwerp opslaan', de: 'Den Entwurf speichern', en: 'Save the draft' },
  'report.sign.title': { fr: 'Signer le rapport', nl: 'Het verslag ondertekenen', de: 'Den Bericht unterzeichnen', en: 'Sign the report' },
  'report.sign.intro': {
    fr: 'Une fois signé, le rapport ne peut plus être modifié et part vers l’organe qui décide.',
    nl: 'Eenmaal ondertekend kan het verslag niet meer worden gewijzigd en gaat het naar het beslissingsorgaan.',
    de: 'Nach der Unterzeichnung kann der Bericht nicht mehr geändert werden und geht an das entscheidende Organ.',
    en: 'Once signed, the report can no longer be changed and goes to the deciding body.',
  },
  'report.sign.submit': { fr: 'Signer le rapport', nl: 'Het verslag ondertekenen', de: 'Den Bericht unterzeichnen', en: 'Sign the report' },
  'report.sign.confirm': {
    fr: 'Signer le rapport ? Il ne pourra plus être modifié ensuite.',
    nl: 'Het verslag ondertekenen? Daarna kan het niet meer worden gewijzigd.',
    de: 'Den Bericht unterzeichnen? Danach kann er nicht mehr geändert werden.',
    en: 'Sign the report? It can no longer be changed afterwards.',
  },
  'report.signedOn': {
    fr: 'Rapport signé le {date}. Il ne peut plus être modifié.',
    nl: 'Verslag ondertekend op {date}. Het kan niet meer worden gewijzigd.',
    de: 'Bericht unterzeichnet am {date}. Er kann nicht mehr geändert werden.',
    en: 'Report signed on {date}. It can no longer be changed.',
  },
  'report.sectionEmpty': {
    fr: 'La rubrique « {section} » est vide',
    nl: 'De rubriek „{section}” is leeg',
    de: 'Der Abschnitt „{section}“ ist leer',
    en: 'The section "{section}" is empty',
  },
  'report.resource.legend': { fr: 'Ressource {n}', nl: 'Bestaansmiddel {n}', de: 'Einkommen {n}', en: 'Resource {n}' },
  'report.resource.holder': { fr: 'Ressource de qui', nl: 'Van wie', de: 'Wessen Einkommen', en: 'Whose resource' },
  'report.resource.kind': { fr: 'Nature de la ressource', nl: 'Soort bestaansmiddel', de: 'Art des Einkommens', en: 'Kind of resource' },
  'report.resource.kind.required': {
    fr: 'Décrivez la ressource',
    nl: 'Beschrijf het bestaansmiddel',
    de: 'Beschreiben Sie das Einkommen',
    en: 'Describe the resource',
  },
  'report.resource.amount': {
    fr: 'Montant mensuel en euros',
    nl: 'Maandbedrag in euro',
    de: 'Monatsbetrag in Euro',
    en: 'Monthly amount in euros',
  },
  'report.resources.items': { fr: 'Ressources', nl: 'Bestaansmiddelen', de: 'Existenzmittel', en: 'Resources' },
  'report.section.identification': {
    fr: 'Identification et ménage',
    nl: 'Identificatie en gezin',
    de: 'Identifizierung und Haushalt',
    en: 'Identification and household',
  },
  'report.section.request': { fr: 'La demande', nl: 'De aanvraag', de: 'Der Antrag', en: 'The request' },
  'report.section.homeVisit': { fr: 'Visite à domicile', nl: 'Huisbezoek', de: 'Hausbesuch', en: 'Home visit' },
  'report.section.resources': { fr: 'Ressources', nl: 'Bestaansmiddelen', de: 'Existenzmittel', en: 'Resources' },
  'report.section.residualCharacter': {
    fr: 'Caractère résiduaire de l’aide',
    nl: 'Residuair karakter van de hulp',
    de: 'Subsidiarität der Hilfe',
    en: 'Residual character of the aid',
  },
  'report.section.willingnessToWork': {
    fr: 'Disposition au travail',
    nl: 'Werkbereidheid',
    de: 'Arbeitsbereitschaft',
    en: 'Willingness to work',
  },
  'report.section.situationSummary': {
    fr: 'Synthèse de la situation',
    nl: 'Samenvatting van de situatie',
    de: 'Zusammenfassung der Lage',
    en: 'Summary of the situation',
  },
  'report.section.proposal': { fr: 'Proposition', nl: 'Voorstel', de: 'Vorschlag', en: 'Proposal' },
  'report.identification.civilStatus': { fr: 'État civil', nl: 'Burgerlijke staat', de: 'Personenstand', en: 'Civil status' },
  'report.identification.householdComposition': {
    fr: 'Composition du ménage',
    nl: 'Gezinssamenstelling',
    de: 'Zusammensetzung des Haushalts',
    en: 'Household composition',
  },
  'report.identification.residenceStatus': {
    fr: 'Statut de séjour',
    nl: 'Verblijfsstatus',
    de: 'Aufenthaltsstatus',
    en: 'Residence status',
  },
  'report.identification.effectiveResidence': {
    fr: 'Résidence effective',
    nl: 'Werkelijke verblijfplaats',
    de: 'Tatsächlicher Wohnort',
    en: 'Effective residence',
  },
  'report.identification.nationality': { fr: 'Nationalité', nl: 'Nationaliteit', de: 'Staatsangehörigkeit', en: 'Nationality' },
  'report.request.description': {
    fr: 'Ce que la personne demande',
    nl: 'Wat de persoon vraagt',
    de: 'Was die Person beantragt',
    en: 'What the person asks for',
  },
  'report.homeVisit.visitedAt': { fr: 'Date de la visite', nl: 'Datum van het bezoek', de: 'Datum des Besuchs', en: 'Date of the visit' },
  'report.homeVisit.findings': { fr: 'Constats', nl: 'Vaststellingen', de: 'Feststellungen', en: 'Findings' },
  'report.resources.assessment': {
    fr: 'Appréciation des ressources',
    nl: 'Beoordeling van de bestaansmiddelen',
    de: 'Beurteilung der Existenzmittel',
    en: 'Assessment of the resources',
  },
  'report.residualCharacter.otherBenefits': {
    fr: 'Autres droits que la personne peut faire valoir',
    nl: 'Andere rechten die de persoon kan laten gelden',
    de: 'Andere Ansprüche der Person',
    en: 'Other benefits the person may claim',
  },
  'report.residualCharacter.maintenanceDebtors': {
    fr: 'Débiteurs d’aliments',
    nl: 'Onderhoudsplichtigen',
    de: 'Unterhaltspflichtige',
    en: 'Maintenance debtors',
  },
  'report.willingnessToWork.assessment': { fr: 'Appréciation', nl: 'Beoordeling', de: 'Beurteilung', en: 'Assessment' },
  'report.situationSummary.text': { fr: 'Synthèse', nl: 'Samenvatting', de: 'Zusammenfassung', en: 'Summary' },
  'report.proposal.text': {
    fr: 'Proposition à l’organe qui décide',
    nl: 'Voorstel aan het beslissingsorgaan',
    de: 'Vorschlag an das entscheidende Organ',
    en: 'Proposal to the deciding body',
  },
  'report.proposal.proposedAidType': { fr: 'Aide proposée', nl: 'Voorgestelde hulp', de: 'Vorgeschlagene Hilfe', en: 'Proposed aid' },
  'report.proposal.proposedAmount': {
    fr: 'Montant mensuel proposé en euros',
    nl: 'Voorgesteld maandbedrag in euro',
    de: 'Vorgeschlagener Monatsbetrag in Euro',
    en: 'Proposed monthly amount in euros',
  },
});
