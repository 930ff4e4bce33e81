import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { FONT_DIRECTORY, FONT_FILES, letterFonts } from './fonts.ts';

describe('the letters’ fonts', () => {
  test('give each character its own glyph, so the text read back from a PDF is the text written', () => {
    for (const file of Object.values(FONT_FILES)) {
      const font = create(readFileSync(new URL(file, FONT_DIRECTORY)));
      assert.ok('characterSet' in font, `${file} is one font`);
      const characterOf = new Map<number, number>();
      const shared: string[] = [];
      for (const codePoint of font.characterSet) {
        const glyph = font.glyphForCodePoint(codePoint).id;
        const other = characterOf.get(glyph);
        if (other !== undefined) shared.push(`U+${other.toString(16)} and U+${codePoint.toString(16)}`);
        characterOf.set(glyph, codePoint);
      }
      assert.deepEqual(shared, [], `${file}: characters sharing a glyph`);
    }
  });

  test('lay a word out without substitution, and hand each caller positions of its own', () => {
    const { regular } = letterFonts();
    // `ị` stays one glyph (a substitution would split it into `i` and a dot); `fi` is not a ligature.
    assert.deepEqual(
      regular.layout('Thị').glyphs.map((glyph) => glyph.codePoints),
      [[0x54], [0x68], [0x1ecb]],
    );
    assert.deepEqual(
      regular.layout('fi').glyphs.map((glyph) => glyph.codePoints),
      [[0x66], [0x69]],
    );
    const first = regular.layout('Kowalczyk-Şahin');
    const width = first.advanceWidth;
    for (const position of first.positions) position.xAdvance *= 2; // what PDFKit does to the run it is given
    const second = regular.layout('Kowalczyk-Şahin');
    assert.equal(second.advanceWidth, width, 'the kept layout is not changed by a caller');
    assert.ok(width > 0, 'the word has a width');
    assert.notEqual(first.advanceWidth, second.advanceWidth, 'the first caller scaled its own copy');
  });
});
