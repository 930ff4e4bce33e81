/**
 * The frame of every portal page and the login page.
 * Each key holds its French, Dutch and German texts side by side (a missing language does not compile).
 */
import { definePortalCatalog } from './languages.ts';

export const shell = definePortalCatalog({
  appName: { fr: 'Mon rapport social électronique', nl: 'Mijn elektronisch sociaal verslag', de: 'Mein elektronischer Sozialbericht' },
  demoBadge: { fr: 'DÉMO — données fictives', nl: 'DEMO — fictieve gegevens', de: 'DEMO — fiktive Daten' },
  navExchanges: { fr: 'Qui a consulté mes informations', nl: 'Wie mijn gegevens heeft bekeken', de: 'Wer meine Daten abgefragt hat' },
  navSummaries: { fr: 'Ce que les CPAS partagent', nl: 'Wat de OCMW’s delen', de: 'Was die ÖSHZ teilen' },
  navBlocks: { fr: 'Bloquer un CPAS', nl: 'Een OCMW blokkeren', de: 'Ein ÖSHZ sperren' },
  logOut: { fr: 'Se déconnecter', nl: 'Afmelden', de: 'Abmelden' },
  footer: {
    fr:
      'Ce portail vous montre chaque échange à votre sujet entre CPAS, avec une preuve. Une question ? Contactez le ' +
      'service social de votre CPAS.',
    nl:
      'Dit portaal toont u elke uitwisseling over u tussen OCMW’s, met een bewijs. Een vraag? Neem contact op met de ' +
      'sociale dienst van uw OCMW.',
    de:
      'Dieses Portal zeigt Ihnen jeden Austausch über Sie zwischen ÖSHZ, mit einem Nachweis. Eine Frage? Wenden Sie ' +
      'sich an den Sozialdienst Ihres ÖSHZ.',
  },
  loginTitle: { fr: 'Connexion', nl: 'Aanmelden', de: 'Anmeldung' },
  loginIntro: {
    fr: 'Ici, vous voyez quels CPAS ont demandé des informations sur vous, ce qu’ils peuvent voir, et vous pouvez réagir.',
    nl: 'Hier ziet u welke OCMW’s gegevens over u hebben gevraagd, wat ze kunnen zien, en kunt u reageren.',
    de: 'Hier sehen Sie, welche ÖSHZ Informationen über Sie angefragt haben, was sie sehen können, und Sie können reagieren.',
  },
  loginOidc: { fr: 'Se connecter avec eID ou itsme', nl: 'Aanmelden met eID of itsme', de: 'Mit eID oder itsme anmelden' },
  loginNoOidc: {
    fr: 'La connexion avec eID ou itsme n’est pas configurée sur ce serveur.',
    nl: 'Aanmelden met eID of itsme is op deze server niet ingesteld.',
    de: 'Die Anmeldung mit eID oder itsme ist auf diesem Server nicht eingerichtet.',
  },
  demoTitle: { fr: 'Connexion de démonstration', nl: 'Demo-aanmelding', de: 'Demo-Anmeldung' },
  demoIntro: {
    fr: 'Mode démo uniquement : choisissez une personne fictive ou tapez son numéro national.',
    nl: 'Alleen in demomodus: kies een fictieve persoon of typ het rijksregisternummer.',
    de: 'Nur im Demomodus: Wählen Sie eine fiktive Person oder geben Sie die Nationalregisternummer ein.',
  },
  demoAs: { fr: 'Entrer comme {name}', nl: 'Aanmelden als {name}', de: 'Anmelden als {name}' },
  nissLabel: { fr: 'Numéro national (NISS)', nl: 'Rijksregisternummer (INSZ)', de: 'Nationalregisternummer (NISS)' },
  nissHint: {
    fr: '11 chiffres, par exemple 90.04.12-184.07',
    nl: '11 cijfers, bijvoorbeeld 90.04.12-184.07',
    de: '11 Ziffern, zum Beispiel 90.04.12-184.07',
  },
  enter: { fr: 'Entrer', nl: 'Aanmelden', de: 'Anmelden' },
  hello: { fr: 'Bonjour {name}', nl: 'Goedendag {name}', de: 'Guten Tag {name}' },
  errorTitle: { fr: 'Cela n’a pas fonctionné', nl: 'Dat is niet gelukt', de: 'Das hat nicht geklappt' },
});
