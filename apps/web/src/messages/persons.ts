/**
 * Finding and registering a person, the person’s page and notes.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const persons = defineCatalog({
  'persons.title': { fr: 'Rechercher une personne', nl: 'Een persoon zoeken', de: 'Eine Person suchen', en: 'Find a person' },
  'persons.niss': {
    fr: 'Numéro de registre national (NISS) ou numéro BIS',
    nl: 'Rijksregisternummer (INSZ) of BIS-nummer',
    de: 'Nationalregisternummer (NISS) oder BIS-Nummer',
    en: 'National number (NISS) or BIS number',
  },
  'persons.niss.hint': {
    fr: '11 chiffres ; points, tirets et espaces acceptés, par exemple 90.04.12-184.07',
    nl: '11 cijfers; punten, streepjes en spaties zijn toegestaan, bijvoorbeeld 90.04.12-184.07',
    de: '11 Ziffern; Punkte, Bindestriche und Leerzeichen sind erlaubt, zum Beispiel 90.04.12-184.07',
    en: '11 digits; dots, dashes and spaces are allowed, e.g. 90.04.12-184.07',
  },
  'persons.search': { fr: 'Rechercher', nl: 'Zoeken', de: 'Suchen', en: 'Search' },
  'persons.noResult': {
    fr: 'Personne n’est enregistré avec ce numéro dans votre CPAS.',
    nl: 'Niemand is met dit nummer geregistreerd in uw OCMW.',
    de: 'In Ihrem ÖSHZ ist niemand mit dieser Nummer erfasst.',
    en: 'Nobody is registered with this number at your CPAS.',
  },
  'persons.results': { fr: 'Personnes trouvées', nl: 'Gevonden personen', de: 'Gefundene Personen', en: 'Persons found' },
  'persons.name': { fr: 'Nom', nl: 'Naam', de: 'Name', en: 'Name' },
  'persons.birthDate': { fr: 'Date de naissance', nl: 'Geboortedatum', de: 'Geburtsdatum', en: 'Date of birth' },
  'persons.register': {
    fr: 'Enregistrer une personne',
    nl: 'Een persoon registreren',
    de: 'Eine Person erfassen',
    en: 'Register a person',
  },
  'persons.noNiss': {
    fr: 'pas de numéro (identifiant provisoire)',
    nl: 'geen nummer (voorlopige identificatie)',
    de: 'keine Nummer (vorläufige Kennung)',
    en: 'no number (provisional identifier)',
  },
  'register.title': { fr: 'Enregistrer une personne', nl: 'Een persoon registreren', de: 'Eine Person erfassen', en: 'Register a person' },
  'register.niss.hint': {
    fr: '11 chiffres, vérifiés avec le chiffre de contrôle. Laissez vide si la personne n’a pas encore de numéro.',
    nl: '11 cijfers, gecontroleerd met het controlegetal. Laat leeg als de persoon nog geen nummer heeft.',
    de: '11 Ziffern, mit der Prüfziffer kontrolliert. Leer lassen, wenn die Person noch keine Nummer hat.',
    en: '11 digits, checked with the check number. Leave empty when the person has no number yet.',
  },
  'register.familyName': { fr: 'Nom de famille', nl: 'Familienaam', de: 'Familienname', en: 'Family name' },
  'register.givenNames': { fr: 'Prénoms', nl: 'Voornamen', de: 'Vornamen', en: 'Given names' },
  'register.nationality': { fr: 'Nationalité', nl: 'Nationaliteit', de: 'Staatsangehörigkeit', en: 'Nationality' },
  'register.language': { fr: 'Langue des courriers', nl: 'Taal van de brieven', de: 'Sprache der Briefe', en: 'Language of the letters' },
  'register.language.hint': {
    fr: 'Les courriers à la personne sont rédigés dans cette langue.',
    nl: 'Brieven aan de persoon worden in deze taal geschreven.',
    de: 'Briefe an die Person werden in dieser Sprache verfasst.',
    en: 'Letters to the person are written in this language.',
  },
  'register.submit': { fr: 'Enregistrer', nl: 'Registreren', de: 'Erfassen', en: 'Register' },
  'register.familyName.required': {
    fr: 'Indiquez le nom de famille',
    nl: 'Vul de familienaam in',
    de: 'Geben Sie den Familiennamen ein',
    en: 'Enter the family name',
  },
  'register.givenNames.required': {
    fr: 'Indiquez les prénoms',
    nl: 'Vul de voornamen in',
    de: 'Geben Sie die Vornamen ein',
    en: 'Enter the given names',
  },
  'register.language.required': {
    fr: 'Choisissez la langue des courriers',
    nl: 'Kies de taal van de brieven',
    de: 'Wählen Sie die Sprache der Briefe',
    en: 'Choose the language of the letters',
  },
  'person.requests': { fr: 'Demandes d’aide', nl: 'Hulpaanvragen', de: 'Hilfeanträge', en: 'Aid requests' },
  'person.noRequests': {
    fr: 'Aucune demande d’aide de cette personne ne vous est accessible.',
    nl: 'Geen enkele hulpaanvraag van deze persoon is voor u toegankelijk.',
    de: 'Kein Hilfeantrag dieser Person ist für Sie zugänglich.',
    en: 'No aid request of this person is visible to you.',
  },
  'person.newRequest': { fr: 'Nouvelle demande d’aide', nl: 'Nieuwe hulpaanvraag', de: 'Neuer Hilfeantrag', en: 'New aid request' },
  'notes.title': { fr: 'Notes confidentielles', nl: 'Vertrouwelijke notities', de: 'Vertrauliche Notizen', en: 'Confidential notes' },
  'notes.intro': {
    fr: 'Les notes restent dans ce CPAS : elles n’apparaissent jamais dans un rapport, un courrier, un résumé ou un export.',
    nl: 'Notities blijven in dit OCMW: ze verschijnen nooit in een verslag, een brief, een samenvatting of een export.',
    de: 'Notizen bleiben in diesem ÖSHZ: sie erscheinen nie in einem Bericht, einem Brief, einer Zusammenfassung oder einem Export.',
    en: 'Notes stay in this CPAS: they never appear in a report, a letter, a summary or an export.',
  },
  'notes.none': { fr: 'Pas encore de note.', nl: 'Nog geen notitie.', de: 'Noch keine Notiz.', en: 'No note yet.' },
  'notes.add': { fr: 'Ajouter une note', nl: 'Een notitie toevoegen', de: 'Eine Notiz hinzufügen', en: 'Add a note' },
  'notes.text': { fr: 'Note', nl: 'Notitie', de: 'Notiz', en: 'Note' },
  'notes.text.required': { fr: 'Écrivez la note', nl: 'Schrijf de notitie', de: 'Schreiben Sie die Notiz', en: 'Write the note' },
  'notes.visibility': { fr: 'Qui peut la lire', nl: 'Wie mag ze lezen', de: 'Wer darf sie lesen', en: 'Who may read it' },
  'notes.visibility.required': {
    fr: 'Choisissez qui peut lire la note',
    nl: 'Kies wie de notitie mag lezen',
    de: 'Wählen Sie, wer die Notiz lesen darf',
    en: 'Choose who may read the note',
  },
  'notes.submit': { fr: 'Enregistrer la note', nl: 'De notitie opslaan', de: 'Die Notiz speichern', en: 'Save the note' },
  'visibility.team': { fr: 'L’équipe du dossier', nl: 'Het team van het dossier', de: 'Das Team der Akte', en: 'The team of the file' },
  'visibility.private': { fr: 'Moi seul·e', nl: 'Alleen ik', de: 'Nur ich', en: 'Only me' },
});
