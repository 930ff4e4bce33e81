/**
 * Extracts the text of a PDF with pdfjs-dist, so tests can check letters for their content and
 * scan every PDF for leaked markers (professional secrecy, art. 458 Criminal Code: a confidential
 * note must never reach a letter). A leak scan is only as good as the extraction, so the text is
 * normalised the way pdfkit lays it out:
 *  - items of one line are joined as pdfjs positions them (pdfjs inserts the spaces it sees), lines
 *    end with `\n`;
 *  - pdfkit wraps lines after a hyphen, which would cut a marker such as `SECRET-1b9d…` in two: a
 *    line ending in `-` is joined to the next one;
 *  - no-break and other Unicode spaces become plain spaces (amounts are set with U+00A0).
 * A token longer than a whole line is still cut without a hyphen: use `includesIgnoringLayout`.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdfjs on a copy of the bytes (pdfjs detaches the array it is given, and a Buffer may be a view on Node's pool). */
function openPdf(pdf: Buffer | Uint8Array) {
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
}

export async function extractPdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const task = openPdf(pdf);
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
      page.cleanup();
    }
    return pages
      .join('\n')
      .replace(/[\p{Zs}\t]/gu, ' ')
      .replace(/ +\n/g, '\n')
      .replace(/-\n(?=\S)/g, '-');
  } finally {
    await task.destroy();
  }
}

/** Whether `needle` is in `text` once all white space is ignored — for leak scans of long tokens. */
export function includesIgnoringLayout(text: string, needle: string): boolean {
  const compact = (value: string) => value.replace(/\s+/g, '');
  return compact(text).includes(compact(needle));
}

/** The files embedded in a PDF (its `EmbeddedFiles`), by file name, with their bytes and description. */
export async function extractPdfAttachments(pdf: Buffer | Uint8Array): Promise<Map<string, { content: Buffer; description: string }>> {
  const task = openPdf(pdf);
  try {
    const document = await task.promise;
    const attachments = ((await document.getAttachments()) ?? {}) as Record<
      string,
      { filename: string; content: Uint8Array; description?: string }
    >;
    return new Map(
      Object.values(attachments).map((file) => [
        file.filename,
        { content: Buffer.from(file.content), description: file.description ?? '' },
      ]),
    );
  } finally {
    await task.destroy();
  }
}

/** The offline proof printed in a letter (C2SP tlog-proof, folded lines joined again), without its empty lines: those a PDF reader does not give back. */
export function printedProofLines(text: string): string[] {
  const start = text.indexOf('c2sp.org/tlog-proof@v1');
  if (start < 0) return [];
  return text
    .slice(start)
    .replace(/\\\n/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
}
