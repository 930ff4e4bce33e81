import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  competentCourt,
  recogniseLanguage,
  renderAcknowledgement,
  renderDecisionLetter,
  toPdfText,
  type AcknowledgementInput,
  type DecisionLetterInput,
} from './letters.ts';
import { printable } from './fonts.ts';
import {
  formatAmount,
  formatDate,
  JUDICIAL_DISTRICTS,
  labelFor,
  labourCourtName,
  postalAddressLines,
  type LabelGroup,
} from './messages.ts';
import { extractPdfText, includesIgnoringLayout } from '../../../../../test/pdf-text.ts';

const institution: DecisionLetterInput['institution'] = {
  name: 'CPAS de Forest (DEMO)',
  kbo: '0212114068',
  address: 'Rue du Curé 35\n1190 Forest',
  serviceContact: { phone: '+32 2 000 00 01', email: 'social@forest.example' },
};

const letter: Omit<DecisionLetterInput, 'language'> = {
  institution,
  person: { familyName: 'El Amrani', givenNames: 'Nadia', address: 'Rue de la Station 12\n1190 Forest' },
  decision: {
    ref: 'D-2025-000001',
    decidedAt: '2025-03-20',
    body: 'special-committee',
    aidType: 'ris',
    outcome: 'granted',
    amountCents: 123_456,
    period: { from: '2025-03-03' },
    legalBasis: 'ris-law-2002',
    motivationCategory: 'state-of-need-established',
    motivationText: 'Ressources insuffisantes constatées lors de la visite.',
  },
  acknowledgementNumber: '2025-000042',
  receivedAt: '2025-03-03',
  notifiedAt: null,
  generatedAt: '2025-03-21T10:00:00Z',
};

const acknowledgement: Omit<AcknowledgementInput, 'language'> = {
  institution,
  person: letter.person,
  number: '2025-000042',
  receivedAt: '2025-03-03T09:15:00Z',
  kind: 'ris',
  decisionDue: '2025-04-02',
  generatedAt: '2025-03-03T09:15:00Z',
};

/** A Forest letter that can be posted: the person's address, the CPAS's names, district, signatories and the worker. */
const postable = {
  institution: {
    ...institution,
    names: { nl: 'OCMW Vorst (DEMO)' },
    addresses: { nl: 'Pastoorstraat 35\n1190 Vorst' },
    judicialDistrict: 'brussels' as const,
    signature: { president: { name: 'Nathalie Peeters', gender: 'female' as const }, directorGeneral: { name: 'Jan Claes' } },
  },
  person: {
    familyName: 'Janssens',
    givenNames: 'Pieter',
    addressLines: postalAddressLines('nl', { street: 'Stationsstraat 12', postalCode: '1190', municipality: 'Vorst' }),
  },
  worker: { name: 'Marie Dubois', phone: '+32 2 000 00 11', email: 'marie.dubois@forest.example' },
};

/** The text with every run of white space as one space, so assertions ignore line wrapping. */
const readText = async (pdf: Buffer) => (await extractPdfText(pdf)).replace(/\s+/g, ' ');

const LANGUAGES = {
  fr: {
    court: 'tribunal du travail',
    months: 'dans un délai de 3 mois',
    free: 'Le recours est gratuit',
    amount: '1 234,56 €',
    decided: '20 mars 2025',
    registry: 'greffe',
    copy: 'copie de cette décision et de l’accusé de réception',
    counsel: 'avocat',
    review: 'revoir sa décision',
    heard: 'droit d’être entendu',
    due: '2 avril 2025',
    received: '3 mars 2025 à 10:15',
    forward: 'dans les 5 jours',
    motivation: 'Ressources insuffisantes constatées lors de la visite à domicile.',
    elsewhere: 'n’ont pas été rédigés en français',
    districtCourt: 'Tribunal du travail francophone de Bruxelles',
    president: 'La Présidente',
    director: 'Le Directeur général',
    contact: 'Votre personne de contact : Marie Dubois, +32 2 000 00 11 – marie.dubois@forest.example',
    enterprise: 'BCE 0212.114.068',
  },
  nl: {
    court: 'arbeidsrechtbank',
    months: 'binnen 3 maanden',
    free: 'Het beroep is gratis',
    amount: '€ 1.234,56',
    decided: '20 maart 2025',
    registry: 'griffie',
    copy: 'kopie van deze beslissing en van het ontvangstbewijs',
    counsel: 'advocaat',
    review: 'beslissing te herzien',
    heard: 'gehoord te worden',
    due: '2 april 2025',
    received: '3 maart 2025 om 10:15',
    forward: 'binnen 5 dagen',
    motivation: 'Bij het huisbezoek werd vastgesteld dat de bestaansmiddelen onvoldoende zijn.',
    elsewhere: 'werd niet in het Nederlands opgesteld',
    districtCourt: 'Nederlandstalige arbeidsrechtbank Brussel',
    president: 'De voorzitter',
    director: 'De algemeen directeur',
    contact: 'Uw contactpersoon: Marie Dubois, +32 2 000 00 11 – marie.dubois@forest.example',
    enterprise: 'KBO 0212.114.068',
  },
  de: {
    court: 'Arbeitsgericht',
    months: 'innerhalb von 3 Monaten',
    free: 'Die Beschwerde ist kostenlos',
    amount: '1.234,56 €',
    decided: '20. März 2025',
    registry: 'Kanzlei',
    copy: 'Abschrift dieses Beschlusses und der Empfangsbestätigung',
    counsel: 'Rechtsanwalt',
    review: 'Beschluss zu überprüfen',
    heard: 'angehört zu werden',
    due: '2. April 2025',
    received: '3. März 2025 um 10:15',
    forward: 'innerhalb von 5 Tagen',
    motivation: 'Beim Hausbesuch wurde festgestellt, dass die Existenzmittel nicht ausreichen.',
    elsewhere: 'wurde nicht auf Deutsch verfasst',
    districtCourt: 'Französischsprachiges Arbeitsgericht Brüssel',
    president: 'Die Präsidentin',
    director: 'Der Generaldirektor',
    contact: 'Ihre Kontaktperson: Marie Dubois, +32 2 000 00 11 – marie.dubois@forest.example',
    enterprise: 'ZDU 0212.114.068',
  },
} as const;

describe('the decision letter', () => {
  for (const [language, words] of Object.entries(LANGUAGES) as [keyof typeof LANGUAGES, (typeof LANGUAGES)[keyof typeof LANGUAGES]][]) {
    test(`in ${language}: is a PDF naming the person, the decision, the amount and the reasons`, async () => {
      const pdf = await renderDecisionLetter({ ...letter, language, decision: { ...letter.decision, motivationText: words.motivation } });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const text = await readText(pdf);
      for (const expected of [
        'Nadia El Amrani',
        'Rue de la Station 12',
        'D-2025-000001',
        '2025-000042',
        words.decided,
        words.amount,
        words.motivation,
        words.enterprise,
      ]) {
        assert.ok(text.includes(expected), `${expected} in ${text}`);
      }
    });

    test(`in ${language}: a letter that can be posted — postal address, court of the district, contact worker, signature block`, async () => {
      const text = await readText(await renderDecisionLetter({ ...letter, ...postable, language }));
      for (const expected of [
        'Stationsstraat 12',
        '1190 Vorst',
        words.districtCourt,
        words.contact,
        words.president,
        'Nathalie Peeters',
        words.director,
        'Jan Claes',
      ])
        assert.ok(text.includes(expected), `${expected} in ${text}`);
      const ack = await readText(await renderAcknowledgement({ ...acknowledgement, ...postable, language }));
      for (const expected of ['Stationsstraat 12', words.contact, words.president, 'Nathalie Peeters'])
        assert.ok(ack.includes(expected), `${expected} in the acknowledgement: ${ack}`);
    });

    test(`in ${language}: reasons written in another language are not printed; the letter says so`, async () => {
      const other = language === 'fr' ? LANGUAGES.nl.motivation : LANGUAGES.fr.motivation;
      const text = await readText(
        await renderDecisionLetter({ ...letter, language, decision: { ...letter.decision, motivationText: other } }),
      );
      assert.ok(!text.includes(other), `no reasons in another language: ${text}`);
      assert.ok(text.includes(words.elsewhere), text);
    });

    test(`in ${language}: carries the appeal paragraph — labour court, 3 months, free, registry, copies, counsel, review`, async () => {
      const text = await readText(await renderDecisionLetter({ ...letter, language }));
      for (const expected of [words.court, words.months, words.free, words.registry, words.copy, words.counsel, words.review]) {
        assert.ok(text.includes(expected), `${expected} in ${text}`);
      }
    });

    test(`in ${language}: a refusal states the right to be heard, a grant does not`, async () => {
      const refused = await readText(
        await renderDecisionLetter({ ...letter, language, decision: { ...letter.decision, outcome: 'refused', amountCents: undefined } }),
      );
      assert.ok(refused.includes(words.heard), refused);
      assert.ok(refused.includes(words.court), 'a refusal has the appeal paragraph too');
      const granted = await readText(await renderDecisionLetter({ ...letter, language }));
      assert.ok(!granted.includes(words.heard), '!granted.includes(words.heard)');
    });

    test(`in ${language}: the acknowledgement carries its number, the Brussels time of receipt, the decision due date and the forwarding rule`, async () => {
      const pdf = await renderAcknowledgement({ ...acknowledgement, language });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const text = await readText(pdf);
      for (const expected of [
        '2025-000042',
        'Nadia El Amrani',
        words.due,
        words.received,
        words.forward,
        labelFor(language, 'aid-kind', 'ris'),
      ]) {
        assert.ok(text.includes(expected), `${expected} in ${text}`);
      }
    });
  }

  test('names the legacy labour court text only in a letter of the CPAS’s own language', async () => {
    const legacy = {
      ...institution,
      language: 'fr' as const,
      labourCourt: 'Tribunal du travail francophone de Bruxelles, boulevard de Waterloo 70',
    };
    const dutch = await readText(await renderDecisionLetter({ ...letter, language: 'nl', institution: legacy }));
    assert.ok(!dutch.includes('Tribunal du travail'), dutch);
    assert.ok(dutch.includes('Bevoegd is de arbeidsrechtbank van uw woonplaats'), dutch);
    const text = await readText(
      await renderDecisionLetter({
        ...letter,
        language: 'fr',
        institution: {
          ...institution,
          language: 'fr',
          labourCourt: 'Tribunal du travail francophone de Bruxelles, boulevard de Waterloo 70, 1000 Bruxelles',
        },
      }),
    );
    assert.ok(text.includes('Tribunal du travail francophone de Bruxelles, boulevard de Waterloo 70'), text);
    assert.ok(!text.includes('tribunal du travail de votre domicile'), "!text.includes('tribunal du travail de votre domicile')");
  });

  test('prints the period, the legal basis, the deciding body and the sending date when given', async () => {
    const text = await readText(
      await renderDecisionLetter({
        ...letter,
        language: 'nl',
        notifiedAt: '2025-03-24',
        decision: { ...letter.decision, body: 'bcsd', period: { from: '2025-03-03', to: '2025-06-30' } },
      }),
    );
    for (const expected of [
      'van 3 maart 2025 tot en met 30 juni 2025',
      'wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie',
      'bijzonder comité voor de sociale dienst',
      'Verzonden op 24 maart 2025',
    ]) {
      assert.ok(text.includes(expected), `${expected} in ${text}`);
    }
  });

  test('unknown codes print as themselves instead of failing', async () => {
    const text = await readText(
      await renderDecisionLetter({
        ...letter,
        language: 'de',
        decision: {
          ...letter.decision,
          aidType: 'local-aid-x',
          body: 'local-body-x',
          legalBasis: 'local-basis-x',
          motivationCategory: 'local-reason-x',
          outcome: 'local-outcome-x' as DecisionLetterInput['decision']['outcome'],
        },
      }),
    );
    for (const code of ['local-aid-x', 'local-body-x', 'local-basis-x', 'Local-reason-x', 'local-outcome-x'])
      assert.ok(text.includes(code), `${code} in ${text}`);
    assert.ok(text.includes('Arbeitsgericht'), "text.includes('Arbeitsgericht')");
    const ack = await readText(await renderAcknowledgement({ ...acknowledgement, language: 'nl', kind: 'local-aid-x' }));
    assert.ok(ack.includes('local-aid-x'), "ack.includes('local-aid-x')");
  });

  test('is the same bytes for the same input, with title, author and language in the PDF', async () => {
    const first = await renderDecisionLetter({ ...letter, language: 'de' });
    assert.ok(
      first.equals(await renderDecisionLetter({ ...letter, language: 'de' })),
      "first.equals(await renderDecisionLetter({ ...letter, language: 'de' }))",
    );
    const document = await getDocument({ data: new Uint8Array(first), verbosity: 0 }).promise;
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    await document.destroy();
    assert.equal(info['Author'], 'CPAS de Forest (DEMO)');
    assert.equal(info['Language'], 'de-BE');
    assert.match(String(info['Title']), /Zustellung eines Beschlusses/);
    assert.equal(info['CreationDate'], 'D:20250321100000Z');
  });

  test('refuses an unsupported language rather than writing in another one', async () => {
    await assert.rejects(renderDecisionLetter({ ...letter, language: 'es' as DecisionLetterInput['language'] }), RangeError);
  });
});

describe('the acknowledgement of receipt', () => {
  test('dates a request received just after midnight in Brussels on the Brussels day', async () => {
    const text = await readText(await renderAcknowledgement({ ...acknowledgement, language: 'fr', receivedAt: '2025-03-03T23:30:00Z' }));
    assert.ok(text.includes('4 mars 2025 à 00:30'), text);
  });

  test('says the deadlines run from the first CPAS’s date for a transferred request', async () => {
    const text = await readText(await renderAcknowledgement({ ...acknowledgement, language: 'fr', originalReceivedAt: '2025-02-26' }));
    assert.ok(text.includes('introduite le 26 février 2025 auprès d’un autre CPAS'), text);
    const direct = await readText(await renderAcknowledgement({ ...acknowledgement, language: 'fr', originalReceivedAt: '2025-03-03' }));
    assert.ok(!direct.includes('auprès d’un autre CPAS ;'), "!direct.includes('auprès d’un autre CPAS ;')");
  });
});

describe('the letter vocabulary', () => {
  test('labels every code group in the three national languages', () => {
    assert.equal(labelFor('fr', 'deciding-body', 'council'), 'conseil de l’action sociale');
    assert.equal(labelFor('nl', 'deciding-body', 'special-committee'), 'bijzonder comité voor de sociale dienst');
    assert.equal(labelFor('de', 'deciding-body', 'special-committee'), 'Sonderausschuss für den Sozialdienst');
    assert.equal(labelFor('nl', 'deciding-body', 'president-urgency'), 'voorzitter bij hoogdringendheid');
    assert.equal(labelFor('de', 'motivation-category', 'not-territorially-competent'), 'das ÖSHZ ist örtlich nicht zuständig');
    assert.equal(labelFor('nl', 'notification-method', 'registered-letter'), 'aangetekende brief');
    assert.equal(labelFor('fr', 'legal-basis', 'law-1965').startsWith('loi du 2 avril 1965'), true);
  });

  test('returns the code for an unknown code, group or language, and for inherited keys', () => {
    assert.equal(labelFor('nl', 'aid-kind', 'unknown-code'), 'unknown-code');
    assert.equal(labelFor('fr', 'aid-kind', 'constructor'), 'constructor');
    assert.equal(labelFor('fr', 'aid-kind', '__proto__'), '__proto__');
    assert.equal(labelFor('fr', 'no-such-group' as LabelGroup, 'ris'), 'ris');
    assert.equal(labelFor('xx' as 'fr', 'aid-kind', 'ris'), 'ris');
  });

  test('formats amounts and dates the Belgian way per language', () => {
    assert.equal(formatAmount('fr', 123_456).replace(/\u00a0/g, ' '), '1 234,56 €');
    assert.equal(formatAmount('nl', 123_456).replace(/\u00a0/g, ' '), '€ 1.234,56');
    assert.equal(formatAmount('de', 123_456).replace(/\u00a0/g, ' '), '1.234,56 €');
    assert.equal(formatDate('fr', '2025-03-03'), '3 mars 2025');
    assert.equal(formatDate('nl', '2025-03-03'), '3 maart 2025');
    assert.equal(formatDate('de', '2025-03-03'), '3. März 2025');
    assert.throws(() => formatDate('fr', 'not a date'), RangeError);
  });

  test('prints names as written, in Latin, Greek and Cyrillic letters, with the fonts embedded', async () => {
    assert.equal(toPdfText('Łucja Kowalczyk-Şahin'), 'Łucja Kowalczyk-Şahin');
    assert.equal(toPdfText('Nguyễn Thị\tAnh\u200b'), 'Nguyễn Thị Anh');
    assert.equal(toPdfText('Zoë Straße 3\r\n1000 Brussel', { multiline: true }), 'Zoë Straße 3\n1000 Brussel');
    // Decomposed input (as some keyboards and scanners produce it) is composed before printing.
    assert.equal(toPdfText('S\u0327ahin'), 'Şahin');
    // In this order on purpose: the fonts serve every document of the process, and a glyph substituted for `ị` in one
    // letter used to make every later `i` read as `ị` (Đorđević after Thị).
    const names = ['Łucja Kowalczyk-Şahin', 'Nguyễn Thị Anh', 'Đorđević Ağaoğlu', 'Ελένη Παπαδοπούλου', 'Иван Петров', 'Ørsted Ñúñez'];
    for (const [index, name] of names.entries()) {
      const [givenNames = '', ...family] = name.split(' ');
      const pdf = await renderDecisionLetter({ ...letter, language: 'fr', person: { familyName: family.join(' '), givenNames } });
      assert.ok((await readText(pdf)).includes(name), `${name} is printed as written`);
      if (index === 0) {
        const source = pdf.toString('latin1');
        assert.match(source, /\/FontFile2 /, 'the glyphs are embedded');
        assert.match(source, /\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/, 'a subset of the regular font');
        assert.match(source, /\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/, 'a subset of the bold font');
        assert.doesNotMatch(source, /\/BaseFont \/Helvetica/, 'no standard font the reader must substitute');
      }
    }
  });

  test('prints a character outside the fonts as a question mark, and drops the invisible ones', () => {
    assert.equal(toPdfText('王芳'), '??');
    assert.equal(toPdfText('محمد'), '????');
    assert.equal(toPdfText('a ≠ b'), 'a ? b', 'a symbol is not stripped into another one (≠ is not =)');
    assert.equal(toPdfText('Jo\u00adhan\u200d\u0007'), 'Johan');
    assert.equal(toPdfText('1\u00a0234,56\u00a0€'), '1\u00a0234,56\u00a0€', 'the no-break space of amounts is kept');
    assert.equal(toPdfText('a\u2003b\u3000c'), 'a b c');
  });

  test('writes only characters the fonts can draw, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.boolean(), (value, multiline) => {
        const text = toPdfText(value, { multiline });
        for (const char of text) {
          const codePoint = char.codePointAt(0) ?? 0;
          assert.ok(char === '\n' ? multiline : printable(codePoint), `U+${codePoint.toString(16)} from ${JSON.stringify(value)}`);
          assert.ok(!/[\p{Cc}\p{Cf}]/u.test(char) || char === '\n', `no control or format character: U+${codePoint.toString(16)}`);
        }
        assert.equal(toPdfText(text, { multiline }), text, 'printing twice changes nothing');
      }),
    );
  });

  test('the fonts cover Latin-1, the signs of the letters and the Latin, Greek and Cyrillic alphabets', () => {
    const required = [
      ...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index),
      ...Array.from({ length: 0x100 - 0xa0 }, (_, index) => 0xa0 + index),
      ...Array.from({ length: 0x250 - 0x100 }, (_, index) => 0x100 + index), // Latin Extended-A and -B
      ...Array.from({ length: 0x3ca - 0x391 }, (_, index) => 0x391 + index).filter((codePoint) => codePoint !== 0x3a2),
      ...Array.from({ length: 0x460 - 0x400 }, (_, index) => 0x400 + index),
      ...[0x20ac, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2026, 0x2022],
    ];
    const missing = required.filter((codePoint) => !printable(codePoint)).map((codePoint) => `U+${codePoint.toString(16)}`);
    assert.deepEqual(missing, []);
  });
});

describe('PDF text extraction for leak scans', () => {
  test('finds a hyphenated marker even where a line wraps inside it', async () => {
    const marker = 'SECRET-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    // Markers at shifting positions, so that some of them straddle a line end.
    const motivationText = Array.from({ length: 12 }, (_, index) => `${'mot '.repeat(index)}${marker}`).join(' ');
    const text = await extractPdfText(
      await renderDecisionLetter({ ...letter, language: 'fr', decision: { ...letter.decision, motivationText, motivationLanguage: 'fr' } }),
    );
    assert.equal(text.split(marker).length - 1, 12);
  });

  test('finds a token longer than a line when layout is ignored', async () => {
    const token = `TOKEN${'0123456789abcdef'.repeat(12)}`;
    const text = await extractPdfText(
      await renderDecisionLetter({
        ...letter,
        language: 'fr',
        decision: { ...letter.decision, motivationText: token, motivationLanguage: 'fr' },
      }),
    );
    assert.ok(includesIgnoringLayout(text, token), 'includesIgnoringLayout(text, token)');
  });
});

describe('letters in the person’s language only', () => {
  // Words only French uses; none may appear in a Dutch letter from a Brussels CPAS.
  const FRENCH = /\b(le|la|les|des|du|et|est|vous|votre|tribunal|travail|francophone|décision|CPAS|rue)\b/i;

  test('a Dutch letter from Forest has no French text: court, name, address, reasons, signatures', async () => {
    const text = await readText(
      await renderDecisionLetter({
        ...letter,
        ...postable,
        language: 'nl',
        decision: { ...letter.decision, motivationText: LANGUAGES.fr.motivation },
      }),
    );
    assert.ok(text.includes('OCMW Vorst (DEMO)') && text.includes('Pastoorstraat 35'), text);
    assert.ok(text.includes('Nederlandstalige arbeidsrechtbank Brussel'), text);
    const french = FRENCH.exec(text);
    assert.equal(french, null, `French word "${french?.[0]}" in: ${text}`);
  });

  test('recognises the language of reasons, and not of a text too short or mixed to tell', () => {
    assert.equal(recogniseLanguage(LANGUAGES.fr.motivation), 'fr');
    assert.equal(recogniseLanguage(LANGUAGES.nl.motivation), 'nl');
    assert.equal(recogniseLanguage(LANGUAGES.de.motivation), 'de');
    assert.equal(recogniseLanguage('Urgence.'), undefined);
    assert.equal(recogniseLanguage(`${LANGUAGES.fr.motivation} ${LANGUAGES.nl.motivation}`), undefined);
  });

  test('names the labour court by district and letter language, with the official name when it differs', () => {
    assert.equal(labourCourtName('brussels', 'fr'), 'Tribunal du travail francophone de Bruxelles');
    assert.equal(labourCourtName('brussels', 'nl'), 'Nederlandstalige arbeidsrechtbank Brussel');
    assert.equal(labourCourtName('halle-vilvoorde', 'nl'), 'Nederlandstalige arbeidsrechtbank Brussel');
    assert.equal(labourCourtName('east-flanders', 'nl'), 'Arbeidsrechtbank Gent');
    assert.equal(labourCourtName('liege', 'nl'), 'Arbeidsrechtbank Luik (Tribunal du travail de Liège)');
    assert.equal(labourCourtName('eupen', 'de'), 'Arbeitsgericht Eupen');
    assert.equal(labourCourtName('namur', 'fr'), 'Tribunal du travail de Liège');
    for (const district of JUDICIAL_DISTRICTS)
      for (const language of ['fr', 'nl', 'de'] as const)
        assert.ok(labourCourtName(district, language).length > 5, `${district} ${language}`);
    const withAddress = competentCourt('nl', {
      ...institution,
      judicialDistrict: 'brussels',
      labourCourtAddress: { fr: 'boulevard de Waterloo 70, 1000 Bruxelles', nl: 'Waterloolaan 70, 1000 Brussel' },
    });
    assert.equal(withAddress, 'Nederlandstalige arbeidsrechtbank Brussel, Waterloolaan 70, 1000 Brussel');
  });

  test('writes a postal address the Belgian way, the country only abroad and in the letter’s language', () => {
    assert.deepEqual(
      postalAddressLines('fr', { street: 'Rue de la Station 12', postalCode: '1190', municipality: 'Forest', country: 'BE' }),
      ['Rue de la Station 12', '1190 Forest'],
    );
    assert.deepEqual(postalAddressLines('nl', { street: 'Grand-Rue 1', postalCode: 'L-1660', municipality: 'Luxembourg', country: 'LU' }), [
      'Grand-Rue 1',
      'L-1660 Luxembourg',
      'LUXEMBURG',
    ]);
    assert.deepEqual(postalAddressLines('de', { street: null, postalCode: null, municipality: null }), []);
  });

  test('is a tagged PDF: marked, with a structure tree of headings and paragraphs, its language and its title shown', async () => {
    const pdf = await renderDecisionLetter({ ...letter, ...postable, language: 'nl' });
    const raw = pdf.toString('latin1');
    assert.match(raw, /%PDF-1\.7/);
    assert.match(raw, /\/MarkInfo/);
    assert.match(raw, /\/StructTreeRoot/);
    assert.match(raw, /\/DisplayDocTitle true/);
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const page = await document.getPage(1);
    const tree = (await page.getStructTree()) as { children: unknown[] } | null;
    await document.destroy();
    const roles = new Set<string>();
    const walk = (node: unknown) => {
      if (node && typeof node === 'object') {
        if ('role' in node && typeof node.role === 'string') roles.add(node.role);
        if ('children' in node && Array.isArray(node.children)) node.children.forEach(walk);
      }
    };
    walk(tree);
    for (const role of ['Document', 'H1', 'H2', 'P']) assert.ok(roles.has(role), `${role} in ${[...roles].join(',')}`);
  });
});
