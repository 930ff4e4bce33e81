/**
 * The appendix of a letter about an exchange: the offline proof (C2SP tlog-proof, c2sp.org/tlog-proof@v1)
 * that the hub's public exchange log holds the entry of that exchange (issue 13, scope 4; ADR 0017).
 * It says in plain words what the proof shows, that anyone can check it against the witnessed log
 * without trusting the CPAS or the hub, and how (the portal, or any tlog-proof verifier); then the
 * proof itself, printed in a monospace font and embedded as the file `tlog-proof.txt`. When the
 * proof was not available at printing (hub unreachable, entry not yet in a witnessed checkpoint),
 * the page says it will be found in the portal. Pure: it prints only its input.
 */
import type { Language } from '#ui/i18n.ts';
import { FONT } from './fonts.ts';
import { tagged, writeParagraph, type Page } from './letters.ts';

/** The proof's text, or `pending`: the transfer went through the hub but its proof was not available when printing. */
export type ExchangeProof = { text: string } | { pending: true };

/** Printed lines are folded at this many characters, a `\` ending the line that continues (the embedded file is not folded). */
export const PROOF_LINE_WIDTH = 88;

type ProofText = {
  title: string;
  what: string;
  trust: string;
  how: string;
  folded: string;
  pending: string;
  attachment: string;
};

const TEXTS: Readonly<Record<Language, ProofText>> = {
  fr: {
    title: 'Preuve dans le registre public des échanges',
    what:
      'Chaque échange entre CPAS passant par le hub est inscrit dans un registre public. La preuve ci-dessous montre que ' +
      'l’échange dont parle cette lettre y est inscrit. Ce registre ne contient ni votre nom ni votre numéro de registre national.',
    trust:
      'Chacun peut vérifier cette preuve sans devoir faire confiance à notre CPAS ni au hub : le registre est signé par le hub ' +
      'et contresigné par des témoins indépendants, qui s’assurent qu’il est le même pour tous et que rien n’en est effacé.',
    how:
      'Pour la vérifier : dans le portail, à la page de vos échanges, ou avec tout vérificateur de preuves « C2SP tlog-proof ». ' +
      'Le texte de la preuve est aussi joint à ce document (fichier tlog-proof.txt).',
    folded: 'Une ligne terminée par « \\ » continue sur la ligne suivante.',
    pending:
      'La preuve de cet échange n’était pas encore disponible à l’impression de cette lettre. Vous la trouverez dans le portail, ' +
      'à la page de vos échanges, dès que le registre aura été contresigné par ses témoins.',
    attachment: 'Preuve de l’échange dans le registre public (C2SP tlog-proof)',
  },
  nl: {
    title: 'Bewijs in het openbare register van uitwisselingen',
    what:
      'Elke uitwisseling tussen OCMW’s via de hub wordt in een openbaar register ingeschreven. Het bewijs hieronder toont dat ' +
      'de uitwisseling waarover deze brief gaat daarin staat. Dat register bevat uw naam noch uw rijksregisternummer.',
    trust:
      'Iedereen kan dit bewijs controleren zonder ons OCMW of de hub te moeten vertrouwen: het register is ondertekend door de hub ' +
      'en medeondertekend door onafhankelijke getuigen, die nagaan dat het voor iedereen hetzelfde is en dat er niets uit verdwijnt.',
    how:
      'Controleren kan in het portaal, op de pagina van uw uitwisselingen, of met elk controleprogramma voor “C2SP tlog-proof”-bewijzen. ' +
      'De tekst van het bewijs is ook bij dit document gevoegd (bestand tlog-proof.txt).',
    folded: 'Een regel die eindigt op “\\” loopt door op de volgende regel.',
    pending:
      'Het bewijs van deze uitwisseling was nog niet beschikbaar toen deze brief werd afgedrukt. U vindt het in het portaal, ' +
      'op de pagina van uw uitwisselingen, zodra de getuigen het register hebben medeondertekend.',
    attachment: 'Bewijs van de uitwisseling in het openbare register (C2SP tlog-proof)',
  },
  de: {
    title: 'Nachweis im öffentlichen Register der Austausche',
    what:
      'Jeder Austausch zwischen ÖSHZ über den Hub wird in ein öffentliches Register eingetragen. Der Nachweis unten zeigt, dass ' +
      'der Austausch, um den es in diesem Schreiben geht, dort eingetragen ist. Das Register enthält weder Ihren Namen noch Ihre Nationalregisternummer.',
    trust:
      'Jeder kann diesen Nachweis prüfen, ohne unserem ÖSHZ oder dem Hub vertrauen zu müssen: Das Register ist vom Hub signiert ' +
      'und von unabhängigen Zeugen gegengezeichnet, die sicherstellen, dass es für alle dasselbe ist und nichts daraus gelöscht wird.',
    how:
      'Prüfen können Sie ihn im Portal, auf der Seite Ihrer Austausche, oder mit jedem Prüfprogramm für „C2SP tlog-proof“-Nachweise. ' +
      'Der Text des Nachweises ist diesem Dokument auch beigefügt (Datei tlog-proof.txt).',
    folded: 'Eine Zeile, die mit „\\“ endet, wird in der nächsten Zeile fortgesetzt.',
    pending:
      'Der Nachweis dieses Austauschs lag beim Druck dieses Schreibens noch nicht vor. Sie finden ihn im Portal, auf der Seite ' +
      'Ihrer Austausche, sobald die Zeugen das Register gegengezeichnet haben.',
    attachment: 'Nachweis des Austauschs im öffentlichen Register (C2SP tlog-proof)',
  },
  en: {
    title: 'Proof in the public exchange log',
    what:
      'Every exchange between CPAS through the hub is written in a public log. The proof below shows that the exchange this ' +
      'letter is about is in that log. The log holds neither your name nor your national register number.',
    trust:
      'Anyone can check this proof without having to trust our CPAS or the hub: the log is signed by the hub and countersigned ' +
      'by independent witnesses, who make sure it is the same for everyone and that nothing is removed from it.',
    how:
      'To check it: in the portal, on the page of your exchanges, or with any verifier of “C2SP tlog-proof” proofs. ' +
      'The text of the proof is also attached to this document (file tlog-proof.txt).',
    folded: 'A line ending in “\\” continues on the next line.',
    pending:
      'The proof of this exchange was not available yet when this letter was printed. You will find it in the portal, on the ' +
      'page of your exchanges, as soon as the witnesses have countersigned the log.',
    attachment: 'Proof of the exchange in the public log (C2SP tlog-proof)',
  },
};

/** Folds each line longer than `width` into pieces, every piece but the last ending in `\`. */
export function foldProofLines(text: string, width = PROOF_LINE_WIDTH): string[] {
  const lines: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    let rest = line;
    while (rest.length > width) {
      // A continuation never starts with a space (a reader of the page would not see it).
      let cut = width - 1;
      while (cut > 1 && rest[cut] === ' ') cut -= 1;
      lines.push(`${rest.slice(0, cut)}\\`);
      rest = rest.slice(cut);
    }
    lines.push(rest);
  }
  return lines;
}

/** Undoes `foldProofLines` (for a reader who typed or extracted the printed text). */
export function unfoldProofLines(lines: readonly string[]): string {
  return `${lines.join('\n').replace(/\\\n/g, '')}\n`;
}

/** Writes the appendix on a page of its own, after the letter's closing. */
export function writeExchangeProof(page: Page, language: Language, proof: ExchangeProof, generatedAt: string): void {
  const t = TEXTS[language];
  const { doc } = page;
  doc.addPage();
  writeParagraph(page, t.title, { bold: true, size: 12, gapAfter: 1, tag: 'H2' });
  if ('pending' in proof) {
    writeParagraph(page, t.pending);
    return;
  }
  writeParagraph(page, t.what);
  writeParagraph(page, t.trust);
  writeParagraph(page, t.how);
  writeParagraph(page, t.folded, { gapAfter: 1 });
  // Printed verbatim in a fixed-width standard font (ASCII and the em dash of the signature lines, both in Courier's
  // WinAnsi encoding), so that a reader can count the characters.
  tagged(page, 'P', () => {
    doc.font('Courier').fontSize(8).text(foldProofLines(proof.text).join('\n'), page.left, doc.y, { width: page.width });
  });
  doc.font(FONT);
  const date = new Date(generatedAt);
  doc.file(Buffer.from(proof.text, 'utf8'), {
    name: 'tlog-proof.txt',
    type: 'text/plain',
    description: t.attachment,
    creationDate: date,
    modifiedDate: date,
  });
}
