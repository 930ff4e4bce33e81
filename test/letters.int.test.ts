/**
 * Letters that can be posted (issue 11, item 6), over HTTP against a real PostgreSQL: the person's
 * postal address, the CPAS's signature block and court (settings key `letters`, edited by the
 * administrator), the contact worker, and a letter in one language only — a Dutch letter from
 * Forest has no French text.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { DEMO_PERSONS, FOREST } from '#casework/modules/demo/demo-federation.ts';
import { startTestFederation, type TestFederation } from './federation.ts';
import { extractPdfText } from './pdf-text.ts';
import { webLoggedIn } from './web-browser.ts';

let fed: TestFederation;
let marie: string;
let luc: string;
let admin: string;
let anne: string;
let requestId: string;
let decisionId: string;

const REPORT = {
  identification: { civilStatus: 'alleenstaand', householdComposition: 'alleen', residenceStatus: 'bevolkingsregister' },
  request: { description: 'Aanvraag leefloon' },
  homeVisit: { visitedAt: '2025-03-10', findings: 'Werkelijke verblijfplaats vastgesteld' },
  resources: { items: [{ holder: 'applicant', kind: 'geen inkomen', monthlyAmountCents: 0 }] },
  residualCharacter: { otherBenefits: 'geen', maintenanceDebtors: 'geen' },
  willingnessToWork: { assessment: 'ingeschreven bij Actiris' },
  situationSummary: { text: 'Staat van behoefte' },
  proposal: { text: 'Toekenning leefloon alleenstaande', proposedAidType: 'ris', proposedRisCategory: 'isolated' },
};

const FRENCH_REASONS = 'Les ressources du demandeur sont inférieures au montant du revenu d’intégration.';
// Words only French uses: none may appear in a Dutch letter (the person's address is in Dutch).
const FRENCH = /\b(le|la|les|des|du|et|est|vous|votre|tribunal|travail|francophone|décision|CPAS|rue|ressources)\b/i;

async function pdf(token: string, url: string): Promise<{ status: number; type: string | null; text: string; body: string }> {
  const response = await fetch(`${fed.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type');
  if (type !== 'application/pdf') return { status: response.status, type, text: '', body: bytes.toString('utf8') };
  return { status: response.status, type, text: (await extractPdfText(bytes)).replace(/\s+/g, ' '), body: '' };
}

before(async () => {
  fed = await startTestFederation();
  marie = await fed.login('marie.forest');
  luc = await fed.login('luc.forest');
  admin = await fed.login('admin.forest');
  anne = await fed.login('anne.forest');
  // A Dutch-speaking person at Forest, living in Vorst, whose file Marie handles.
  const person = await fed.api(marie, 'POST', '/api/v1/persons', {
    niss: generateNiss({ birthDate: '1987-10-05', sequence: 141 }),
    familyName: 'Van den Broeck',
    givenNames: 'Pieter',
    language: 'nl',
  });
  assert.equal(person.status, 201);
  await fed.tenants
    .byKbo(FOREST.kbo)!
    .db.query(
      `UPDATE persons SET address_street = 'Sint-Denijsstraat 30', address_postal_code = '1190', address_municipality = 'Vorst' WHERE id = $1`,
      [person.body.id],
    );
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'ris',
    receivedAt: '2025-03-03T09:15:00Z',
  });
  assert.equal(request.status, 201);
  requestId = request.body.id;
  assert.equal((await fed.api(marie, 'PUT', `/api/v1/aid-requests/${requestId}/social-report`, { sections: REPORT })).status, 200);
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/social-report/signature`)).status, 201);
  // The reasons were written in French by the Forest worker: they may not go into the Dutch letter.
  const decision = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/decisions`, {
    decidedAt: '2025-03-20',
    body: 'special-committee',
    aidType: 'ris',
    outcome: 'granted',
    amountCents: 129_874,
    period: { from: '2025-03-03' },
    legalBasis: 'ris-law-2002',
    motivationCategory: 'state-of-need-established',
    motivationText: FRENCH_REASONS,
    risCategory: 'isolated',
  });
  assert.equal(decision.status, 201, decision.text);
  decisionId = decision.body.id;
});
after(async () => fed?.close());

describe('the decision letter of a Brussels CPAS', () => {
  test('in Dutch (the person’s language): address, Dutch name of the CPAS, Dutch-speaking labour court, signatures, contact worker — and no French text', async () => {
    const letter = await pdf(marie, `/api/v1/decisions/${decisionId}/letter`);
    assert.equal(letter.status, 200);
    for (const expected of [
      'Pieter Van den Broeck',
      'Sint-Denijsstraat 30',
      '1190 Vorst',
      'OCMW Vorst (DEMO)',
      'Pastoorstraat 35, 1190 Vorst',
      'KBO ',
      'Nederlandstalige arbeidsrechtbank Brussel, Waterloolaan 70, 1000 Brussel',
      'De voorzitter',
      'Claire Dumont (DEMO)',
      'De algemeen directeur',
      'Marc Lejeune (DEMO)',
      'Uw contactpersoon: Marie Dubois, +32 2 000 00 11 – marie.dubois@forest.demo',
      '€ 1.298,74',
      '20 maart 2025',
      'werd niet in het Nederlands opgesteld',
      // What the decision does and the RIS category (issue 11, item 4), in Dutch.
      'Aard van de beslissing',
      'toekenning',
      'Categorie alleenstaande',
      'alleenstaande',
    ])
      assert.ok(letter.text.includes(expected), `${expected} in ${letter.text}`);
    const french = FRENCH.exec(letter.text);
    assert.equal(french, null, `French word "${french?.[0]}" in the Dutch letter: ${letter.text}`);
  });

  test('in French: the reasons as written, the francophone labour court, "La Présidente"', async () => {
    const letter = await pdf(marie, `/api/v1/decisions/${decisionId}/letter?lang=fr`);
    for (const expected of [
      FRENCH_REASONS,
      'CPAS de Forest (DEMO)',
      'Tribunal du travail francophone de Bruxelles, boulevard de Waterloo 70, 1000 Bruxelles',
      'La Présidente',
      'Le Directeur général',
      'Votre personne de contact : Marie Dubois',
      '1 298,74 €',
      'BCE ',
      'Nature de la décision',
      'octroi',
      'Catégorie personne isolée',
      'personne isolée',
    ])
      assert.ok(letter.text.includes(expected), `${expected} in ${letter.text}`);
  });

  test('in German: ZDU, the German title of the signatories, and no French reasons', async () => {
    const letter = await pdf(marie, `/api/v1/decisions/${decisionId}/letter?lang=de`);
    for (const expected of [
      'ZDU ',
      'ÖSHZ Forest (DEMO)',
      'Die Präsidentin',
      'Der Generaldirektor',
      'Ihre Kontaktperson: Marie Dubois',
      '1.298,74 €',
      '20. März 2025',
      'Art des Beschlusses',
      'Bewilligung',
      'Kategorie alleinstehende Person',
      'alleinstehende Person',
    ])
      assert.ok(letter.text.includes(expected), `${expected} in ${letter.text}`);
    assert.ok(!letter.text.includes(FRENCH_REASONS), 'no French reasons in the German letter');
    assert.ok(!letter.text.includes('ZUD'), 'the German abbreviation is ZDU');
  });

  test('the acknowledgement carries the address, the contact worker and the signature block too', async () => {
    const ack = await pdf(marie, `/api/v1/aid-requests/${requestId}/acknowledgement`);
    assert.equal(ack.status, 200);
    for (const expected of ['Sint-Denijsstraat 30', 'Uw contactpersoon: Marie Dubois', 'Claire Dumont (DEMO)', 'OCMW Vorst (DEMO)'])
      assert.ok(ack.text.includes(expected), `${expected} in ${ack.text}`);
  });

  test('a worker not assigned to the file cannot print its letter (case-based access, R23)', async () => {
    const letter = await pdf(luc, `/api/v1/decisions/${decisionId}/letter?lang=nl`);
    assert.ok(letter.status === 404 || letter.status === 403, `status ${letter.status}`);
    assert.match(letter.type ?? '', /application\/problem\+json/);
  });

  test('an unsupported language is refused as bad input, never a 500', async () => {
    const letter = await pdf(marie, `/api/v1/decisions/${decisionId}/letter?lang=es`);
    assert.ok(letter.status >= 400 && letter.status < 500, `status ${letter.status}`);
    assert.match(letter.type ?? '', /application\/problem\+json/);
  });
});

describe('the RIS category in the social report (issue 11, item 4)', () => {
  test('the proposal names the category; the signed report shows it in the worker’s language; a wrong one is bad input', async () => {
    const report = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/social-report`);
    assert.equal(report.body.sections.proposal.proposedRisCategory, 'isolated');
    for (const [language, words] of [
      ['fr', ['Catégorie RIS', 'Isolé']],
      ['nl', ['Categorie leefloon', 'Alleenstaande']],
      ['de', ['Kategorie Eingliederungseinkommen', 'Alleinstehende Person']],
    ] as const) {
      const b = await webLoggedIn(fed.baseUrl, 'marie.forest', language);
      const page = await b.request('GET', `/requests/${requestId}/report`);
      assert.equal(page.status, 200);
      for (const expected of words) assert.ok(page.text.includes(expected), `${language}: ${expected}`);
    }
    const other = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: (await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`)).body.personId,
      kind: 'ris',
      receivedAt: new Date().toISOString(),
    });
    const refused = await fed.api(marie, 'PUT', `/api/v1/aid-requests/${other.body.id}/social-report`, {
      sections: { ...REPORT, proposal: { proposedRisCategory: 'alone' } },
    });
    assert.equal(refused.status, 422, refused.text);
    assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
    const stranger = await fed.api(luc, 'GET', `/api/v1/aid-requests/${requestId}/social-report`);
    assert.ok(stranger.status === 404 || stranger.status === 403, `a worker not on the file: ${stranger.status}`);
  });
});

describe('the letter settings (key "letters")', () => {
  test('are listed with the others; the administrator changes them, the security advisor does not', async () => {
    const asAdmin = await fed.api(admin, 'GET', '/api/v1/settings');
    assert.equal(asAdmin.status, 200);
    const letters = asAdmin.body.items.find((item: { key: string }) => item.key === 'letters');
    assert.equal(letters.isEditable, true);
    assert.equal(letters.value.judicialDistrict, 'brussels');
    const asAdvisor = await fed.api(anne, 'GET', '/api/v1/settings');
    assert.equal(asAdvisor.body.items.find((item: { key: string }) => item.key === 'letters').isEditable, false);
    assert.equal(asAdvisor.body.items.find((item: { key: string }) => item.key === 'oversight').isEditable, true);
    const refused = await fed.api(anne, 'PUT', '/api/v1/settings/letters', { presidentName: 'Someone' });
    assert.equal(refused.status, 403);
    assert.equal((await fed.api(marie, 'PUT', '/api/v1/settings/letters', { presidentName: 'Someone' })).status, 403);
    assert.equal((await fed.api(admin, 'PUT', '/api/v1/settings/oversight', { rankingSize: 5 })).status, 403);
  });

  test('a change is printed in the next letter and kept in the history', async () => {
    const changed = await fed.api(admin, 'PUT', '/api/v1/settings/letters', {
      presidentName: 'Jeanne Martin (DEMO)',
      presidentGender: 'female',
    });
    assert.equal(changed.status, 200, changed.text);
    const letter = await pdf(marie, `/api/v1/decisions/${decisionId}/letter?lang=fr`);
    assert.ok(letter.text.includes('Jeanne Martin (DEMO)'), letter.text);
    const history = await fed.api(admin, 'GET', '/api/v1/settings/letters/history');
    assert.equal(history.status, 200);
    assert.equal(history.body.items[0].value.presidentName, 'Jeanne Martin (DEMO)');
    assert.equal(history.body.items[0].changedBy, 'Admin Forest');
  });

  test('a judicial district of another district map names that court; an unknown one or a bad field is 422 problem+json', async () => {
    assert.equal((await fed.api(admin, 'PUT', '/api/v1/settings/letters', { judicialDistrict: 'liege' })).status, 200);
    const letter = await pdf(marie, `/api/v1/decisions/${decisionId}/letter?lang=nl`);
    assert.ok(letter.text.includes('Arbeidsrechtbank Luik (Tribunal du travail de Liège)'), letter.text);
    assert.equal((await fed.api(admin, 'PUT', '/api/v1/settings/letters', { judicialDistrict: 'brussels' })).status, 200);
    for (const bad of [
      { judicialDistrict: 'atlantis' },
      { presidentGender: 'other' },
      { presidentName: 'x'.repeat(121) },
      { unknownField: 'x' },
      {},
    ]) {
      const response = await fed.api(admin, 'PUT', '/api/v1/settings/letters', bad);
      assert.equal(response.status, 422, JSON.stringify(bad));
      assert.equal(response.body.code, 'setting.invalid');
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    }
  });
});

describe('a letter from Gent', () => {
  test('an acknowledgement in Dutch with the person’s address, the Gent worker as contact and the signature block', async () => {
    const pieter = await fed.login('pieter.gent');
    const niss = DEMO_PERSONS.find((person) => person.key === 'lotte')!.niss;
    const person = await fed.api(pieter, 'GET', `/api/v1/persons?niss=${niss}`);
    const requests = await fed.api(pieter, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`);
    assert.equal(requests.status, 200, requests.text);
    const lotte = (requests.body.items as { id: string }[])[0]!;
    const ack = await pdf(pieter, `/api/v1/aid-requests/${lotte.id}/acknowledgement`);
    assert.equal(ack.status, 200);
    for (const expected of [
      'Sint-Pietersnieuwstraat 27',
      '9000 Gent',
      'An Vandenberghe (DEMO)',
      'Uw contactpersoon: Pieter Claes, +32 9 000 00 31',
    ])
      assert.ok(ack.text.includes(expected), `${expected} in ${ack.text}`);
  });
});

describe('the worker’s contact in letters', () => {
  test('each user reads and changes their own contact; bad input is refused as problem+json (never a 500), no token 401', async () => {
    const luc = await fed.login('luc.forest');
    assert.deepEqual((await fed.api(luc, 'GET', '/api/v1/me/contact')).body, {
      phone: '+32 2 000 00 12',
      email: 'luc.janssens@forest.demo',
    });
    const changed = await fed.api(luc, 'PUT', '/api/v1/me/contact', { phone: '+32 2 000 00 99' });
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual(changed.body, { phone: '+32 2 000 00 99', email: 'luc.janssens@forest.demo' });
    for (const bad of [{ phone: 'call me' }, { email: 'not-an-address' }, { phone: 12 }, { other: 'x' }]) {
      const response = await fed.api(luc, 'PUT', '/api/v1/me/contact', bad);
      assert.ok(response.status === 400 || response.status === 422, `${JSON.stringify(bad)}: ${response.status}`);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    }
    assert.equal((await fed.api(null, 'GET', '/api/v1/me/contact')).status, 401);
    assert.equal((await fed.api(luc, 'GET', '/api/v1/me/contact')).body.phone, '+32 2 000 00 99', 'nothing half-written');
  });

  test('the page in French, Dutch and German: a wrong phone is shown on its field, a right one is printed in the next letter', async () => {
    const titles = {
      fr: 'Mes coordonnées dans les courriers',
      nl: 'Mijn contactgegevens in brieven',
      de: 'Meine Kontaktdaten in Schreiben',
    };
    for (const [language, title] of Object.entries(titles)) {
      const jar = new Map<string, string>();
      const request = async (method: string, url: string, form?: Record<string, string>) => {
        const response = await fetch(`${fed.baseUrl}${url}`, {
          method,
          redirect: 'manual',
          headers: {
            'accept-language': language,
            cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
            ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
          body: form ? new URLSearchParams(form).toString() : undefined,
        });
        for (const header of response.headers.getSetCookie()) {
          const [pair] = header.split(';');
          const [name, ...value] = pair!.split('=');
          jar.set(name!.trim(), value.join('='));
        }
        return { status: response.status, text: await response.text(), location: response.headers.get('location') };
      };
      const login = await request('GET', '/');
      const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(login.text)?.[1] ?? '';
      assert.equal(
        (await request('POST', '/login', { _csrf: loginCsrf, username: 'marie.forest', password: 'demo-rse-2026' })).status,
        303,
      );
      jar.set('rse_lang', language);
      const page = await request('GET', '/me/contact');
      assert.equal(page.status, 200);
      assert.match(page.text, new RegExp(`<h1>${title}</h1>`));
      // Marie's demo line first, then the one saved by the previous language's round.
      assert.match(page.text, language === 'fr' ? /value="\+32 2 000 00 11"/ : /value="\+32 2 000 00 3[12]"/);
      assert.doesNotMatch(page.text, /⟦/);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
      const wrong = await request('POST', '/me/contact', { _csrf: csrf, phone: 'call me', email: 'marie.dubois@forest.demo' });
      assert.equal(wrong.status, 422);
      assert.match(wrong.text, /field--error/);
      assert.match(wrong.text, /value="call me"/, 'the value typed is kept');
      const right = await request('POST', '/me/contact', {
        _csrf: csrf,
        phone: `+32 2 000 00 ${language === 'fr' ? 31 : language === 'nl' ? 32 : 33}`,
        email: '',
      });
      assert.equal(right.status, 303);
      assert.equal(right.location, '/me/contact?done=saved');
    }
    const letter = await pdf(marie, `/api/v1/decisions/${decisionId}/letter?lang=fr`);
    assert.ok(letter.text.includes('Votre personne de contact : Marie Dubois, +32 2 000 00 33.'), letter.text);
  });
});
