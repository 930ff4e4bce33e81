/**
 * The letters' typeface: Noto Sans, regular and bold (SIL Open Font License 1.1; the files, their
 * source and checksums in `apps/casework/assets/fonts/`, the choice in ADR 0029). Each PDF embeds
 * the subset of glyphs it uses, so a name prints as written (Şahin, Łukasz, Nguyễn) where the
 * standard PDF fonts only know Latin-1.
 *
 * The fonts are parsed once per process and the same objects serve every document: the layout
 * engine's tables (kerning, marks) take ≈ 40 ms to read the first time, which a letter must not pay
 * each time. fontkit lays text out synchronously and keeps no state from one layout to the next but
 * its caches, so documents written in turn can share the objects.
 */
import { readFileSync } from 'node:fs';
import { create, type Font, type GlyphRun } from 'fontkit';

// PDFKit (0.20) takes a fontkit font where it takes a font file; its type declarations do not say so.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- @types/pdfkit declares its types in this namespace
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
}

/** The names under which every document registers the fonts (`doc.font(FONT)`). */
export const FONT = 'Text';
export const BOLD = 'Text-Bold';

export const FONT_DIRECTORY = new URL('../../../assets/fonts/', import.meta.url);
export const FONT_FILES = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' } as const;

/**
 * Glyph substitutions (OpenType GSUB: composition, ligatures, contextual and local forms) are all
 * turned off; positioning (kerning, marks) stays on. A letter's text must read back exactly as it was
 * written, for screen readers, copy and paste, and the tests' scans for confidential text; fontkit
 * keeps each glyph with the characters it was first drawn for, so a substituted glyph would carry
 * the wrong characters into every later document of the process (`ị` decomposed into `i` and a dot
 * made every later `i` read as `ị`). With no substitution each glyph comes from one character.
 */
const NO_SUBSTITUTION = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'calt', 'clig', 'liga', 'rclt', 'frac', 'numr', 'dnom'] as const;

/** Words laid out per font, kept from one document to the next; cleared when full. */
const LAYOUTS_KEPT = 5_000;

function load(file: string): Font {
  let font;
  try {
    font = create(readFileSync(new URL(file, FONT_DIRECTORY)));
  } catch (error) {
    throw new Error(`The letters' font ${file} cannot be read from ${FONT_DIRECTORY.pathname}`, { cause: error });
  }
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  // The font as PDFKit sees it: the same font, laid out without substitutions, each word once per
  // process. PDFKit lays a text out word by word and keeps the words only for one document; shaping
  // the words took nearly half of a letter's time, and the letters say the same words. PDFKit scales the
  // positions of the run it is given in place, so each caller gets its own copy of them; the glyphs
  // and the run itself are not written to. A caller's own features are not used (no caller sets any).
  const runs = new Map<string, GlyphRun>();
  const shaped: Font = Object.create(font);
  shaped.layout = (text: string) => {
    let run = runs.get(text);
    if (run === undefined) {
      if (runs.size >= LAYOUTS_KEPT) runs.clear();
      // fontkit fills in the features object it is given, so each layout gets a new one.
      run = font.layout(text, Object.fromEntries(NO_SUBSTITUTION.map((tag) => [tag, false])));
      runs.set(text, run);
    }
    const positions = run.positions.map((position) => ({ ...position }));
    return Object.create(run, { positions: { value: positions } }) as GlyphRun;
  };
  return shaped;
}

let fonts: { regular: Font; bold: Font } | undefined;

/**
 * The two fonts as every document uses them, read on first use. The casework node asks for them at
 * its start, so that a missing or damaged file stops the start with its name instead of failing the
 * first letter; their layout tables are read on the first letter.
 */
export function letterFonts(): { regular: Font; bold: Font } {
  fonts ??= { regular: load(FONT_FILES.regular), bold: load(FONT_FILES.bold) };
  return fonts;
}

/** Registers the letters' fonts on a new document and makes the regular one current. */
export function useLetterFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold } = letterFonts();
  doc.registerFont(FONT, regular).registerFont(BOLD, bold).font(FONT);
}

/**
 * Whether both fonts have a glyph for the character. Noto Sans Regular and Bold cover the same
 * characters; both are asked so that a future pair that differs cannot print a hole in bold.
 */
export function printable(codePoint: number): boolean {
  const { regular, bold } = letterFonts();
  return regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
}
