/**
 * The worker's contact printed in letters (issue 11), and the field names of the CPAS's letter
 * settings (key `letters`) for the settings pages.
 * Each key holds its French, Dutch, German and English texts side by side.
 */
import { defineCatalog } from '#ui/index.ts';

export const letters = defineCatalog({
  'letters.contact.title': {
    fr: 'Mes coordonnées dans les courriers',
    nl: 'Mijn contactgegevens in brieven',
    de: 'Meine Kontaktdaten in Schreiben',
    en: 'My contact details in letters',
  },
  'letters.contact.intro': {
    fr:
      'Les décisions et accusés de réception de vos dossiers vous nomment comme personne de contact, avec ce numéro et cette adresse. ' +
      'Sans eux, la personne est renvoyée au service social du {cpas}.',
    nl:
      'De beslissingen en ontvangstbewijzen van uw dossiers vermelden u als contactpersoon, met dit nummer en dit adres. ' +
      'Zonder deze gegevens wordt de persoon doorverwezen naar de sociale dienst van {cpas}.',
    de:
      'Die Beschlüsse und Empfangsbestätigungen Ihrer Akten nennen Sie als Kontaktperson, mit dieser Nummer und dieser Adresse. ' +
      'Ohne sie wird die Person an den Sozialdienst des {cpas} verwiesen.',
    en:
      'The decisions and acknowledgements of your files name you as the contact person, with this number and address. ' +
      'Without them, the person is referred to the social service of {cpas}.',
  },
  'letters.contact.phone': { fr: 'Téléphone direct', nl: 'Rechtstreeks telefoonnummer', de: 'Durchwahl', en: 'Direct phone' },
  'letters.contact.phone.hint': {
    fr: 'Par exemple +32 2 000 00 11',
    nl: 'Bijvoorbeeld +32 2 000 00 11',
    de: 'Zum Beispiel +32 87 00 00 11',
    en: 'For example +32 2 000 00 11',
  },
  'letters.contact.email': {
    fr: 'Adresse e-mail professionnelle',
    nl: 'Professioneel e-mailadres',
    de: 'Dienstliche E-Mail-Adresse',
    en: 'Work e-mail',
  },
  'letters.contact.save': { fr: 'Enregistrer', nl: 'Opslaan', de: 'Speichern', en: 'Save' },
  'letters.contact.saved': {
    fr: 'Vos coordonnées sont enregistrées : les prochains courriers les reprennent.',
    nl: 'Uw contactgegevens zijn opgeslagen: de volgende brieven vermelden ze.',
    de: 'Ihre Kontaktdaten sind gespeichert: die nächsten Schreiben enthalten sie.',
    en: 'Your contact details are saved: the next letters print them.',
  },
  'letters.contact.link': {
    fr: 'Mes coordonnées dans les courriers',
    nl: 'Mijn contactgegevens in brieven',
    de: 'Meine Kontaktdaten in Schreiben',
    en: 'My contact details in letters',
  },
  'error.validation.failed.phone': {
    fr: 'Indiquez un numéro de téléphone, par exemple +32 2 000 00 11.',
    nl: 'Geef een telefoonnummer op, bijvoorbeeld +32 2 000 00 11.',
    de: 'Geben Sie eine Telefonnummer an, zum Beispiel +32 87 00 00 11.',
    en: 'Enter a phone number, for example +32 2 000 00 11.',
  },
  'error.validation.failed.email': {
    fr: 'Indiquez une adresse e-mail, par exemple prenom.nom@cpas.be.',
    nl: 'Geef een e-mailadres op, bijvoorbeeld voornaam.naam@ocmw.be.',
    de: 'Geben Sie eine E-Mail-Adresse an, zum Beispiel vorname.name@oeshz.be.',
    en: 'Enter an e-mail address, for example first.last@cpas.be.',
  },

  'settings.letters.section': {
    fr: 'Courriers : signatures et tribunal',
    nl: 'Brieven: handtekeningen en rechtbank',
    de: 'Schreiben: Unterschriften und Gericht',
    en: 'Letters: signatures and court',
  },
  'settings.letters.presidentName': {
    fr: 'Président(e) du conseil',
    nl: 'Voorzitter van de raad',
    de: 'Präsident(in) des Rates',
    en: 'President of the council',
  },
  'settings.letters.presidentGender': {
    fr: 'Titre du/de la président(e)',
    nl: 'Titel van de voorzitter',
    de: 'Titel des Präsidenten / der Präsidentin',
    en: 'President’s title',
  },
  'settings.letters.directorGeneralName': {
    fr: 'Directeur/directrice général(e)',
    nl: 'Algemeen directeur',
    de: 'Generaldirektor(in)',
    en: 'Director general',
  },
  'settings.letters.directorGeneralGender': {
    fr: 'Titre du directeur / de la directrice',
    nl: 'Titel van de algemeen directeur',
    de: 'Titel des Generaldirektors / der Generaldirektorin',
    en: 'Director general’s title',
  },
  'settings.letters.gender.female': { fr: 'féminin', nl: 'vrouwelijk', de: 'weiblich', en: 'female' },
  'settings.letters.gender.male': { fr: 'masculin', nl: 'mannelijk', de: 'männlich', en: 'male' },
  'settings.letters.judicialDistrict': {
    fr: 'Arrondissement judiciaire',
    nl: 'Gerechtelijk arrondissement',
    de: 'Gerichtsbezirk',
    en: 'Judicial district',
  },
  'settings.letters.labourCourtAddressFr': {
    fr: 'Adresse du greffe du tribunal du travail (courriers en français)',
    nl: 'Adres van de griffie van de arbeidsrechtbank (Franstalige brieven)',
    de: 'Anschrift der Kanzlei des Arbeitsgerichts (französische Schreiben)',
    en: 'Labour court registry address (French letters)',
  },
  'settings.letters.labourCourtAddressNl': {
    fr: 'Adresse du greffe du tribunal du travail (courriers en néerlandais)',
    nl: 'Adres van de griffie van de arbeidsrechtbank (Nederlandstalige brieven)',
    de: 'Anschrift der Kanzlei des Arbeitsgerichts (niederländische Schreiben)',
    en: 'Labour court registry address (Dutch letters)',
  },
  'settings.letters.labourCourtAddressDe': {
    fr: 'Adresse du greffe du tribunal du travail (courriers en allemand)',
    nl: 'Adres van de griffie van de arbeidsrechtbank (Duitstalige brieven)',
    de: 'Anschrift der Kanzlei des Arbeitsgerichts (deutsche Schreiben)',
    en: 'Labour court registry address (German letters)',
  },
  'settings.letters.nameFr': {
    fr: 'Nom du CPAS en français',
    nl: 'Naam van het OCMW in het Frans',
    de: 'Name des ÖSHZ auf Französisch',
    en: 'Name of the CPAS in French',
  },
  'settings.letters.nameNl': {
    fr: 'Nom du CPAS en néerlandais',
    nl: 'Naam van het OCMW in het Nederlands',
    de: 'Name des ÖSHZ auf Niederländisch',
    en: 'Name of the CPAS in Dutch',
  },
  'settings.letters.nameDe': {
    fr: 'Nom du CPAS en allemand',
    nl: 'Naam van het OCMW in het Duits',
    de: 'Name des ÖSHZ auf Deutsch',
    en: 'Name of the CPAS in German',
  },
  'settings.letters.addressFr': {
    fr: 'Adresse du CPAS en français',
    nl: 'Adres van het OCMW in het Frans',
    de: 'Anschrift des ÖSHZ auf Französisch',
    en: 'Address of the CPAS in French',
  },
  'settings.letters.addressNl': {
    fr: 'Adresse du CPAS en néerlandais',
    nl: 'Adres van het OCMW in het Nederlands',
    de: 'Anschrift des ÖSHZ auf Niederländisch',
    en: 'Address of the CPAS in Dutch',
  },
  'settings.letters.addressDe': {
    fr: 'Adresse du CPAS en allemand',
    nl: 'Adres van het OCMW in het Duits',
    de: 'Anschrift des ÖSHZ auf Deutsch',
    en: 'Address of the CPAS in German',
  },
  'settings.letters.district.brussels': { fr: 'Bruxelles', nl: 'Brussel', de: 'Brüssel', en: 'Brussels' },
  'settings.letters.district.halle-vilvoorde': { fr: 'Hal-Vilvorde', nl: 'Halle-Vilvoorde', de: 'Halle-Vilvoorde', en: 'Halle-Vilvoorde' },
  'settings.letters.district.antwerp': { fr: 'Anvers', nl: 'Antwerpen', de: 'Antwerpen', en: 'Antwerp' },
  'settings.letters.district.limburg': { fr: 'Limbourg', nl: 'Limburg', de: 'Limburg', en: 'Limburg' },
  'settings.letters.district.east-flanders': { fr: 'Flandre orientale', nl: 'Oost-Vlaanderen', de: 'Ostflandern', en: 'East Flanders' },
  'settings.letters.district.west-flanders': { fr: 'Flandre occidentale', nl: 'West-Vlaanderen', de: 'Westflandern', en: 'West Flanders' },
  'settings.letters.district.leuven': { fr: 'Louvain', nl: 'Leuven', de: 'Löwen', en: 'Leuven' },
  'settings.letters.district.walloon-brabant': {
    fr: 'Brabant wallon',
    nl: 'Waals-Brabant',
    de: 'Wallonisch-Brabant',
    en: 'Walloon Brabant',
  },
  'settings.letters.district.hainaut': { fr: 'Hainaut', nl: 'Henegouwen', de: 'Hennegau', en: 'Hainaut' },
  'settings.letters.district.liege': { fr: 'Liège', nl: 'Luik', de: 'Lüttich', en: 'Liège' },
  'settings.letters.district.luxembourg': { fr: 'Luxembourg', nl: 'Luxemburg', de: 'Luxemburg', en: 'Luxembourg' },
  'settings.letters.district.namur': { fr: 'Namur', nl: 'Namen', de: 'Namur', en: 'Namur' },
  'settings.letters.district.eupen': { fr: 'Eupen', nl: 'Eupen', de: 'Eupen', en: 'Eupen' },
});
