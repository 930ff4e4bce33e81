/**
 * Demo data letters need (issue 11): each demo CPAS's letter settings (signature block, judicial
 * district, name and address per language, the court registry's address), the workers' direct
 * contact, and a postal address for the persons whose files have letters, where none was recorded
 * yet. Synthetic names only; the settings go through the same table the administrator edits.
 */
import type { TenantRegistry } from '../../tenant.ts';
import type { LetterSettings } from '../letters/index.ts';
import { DEMO_PERSONS, FOREST, GENT, MOLENBEEK } from './demo-federation.ts';

const BRUSSELS_COURT = {
  labourCourtAddressFr: 'boulevard de Waterloo 70, 1000 Bruxelles',
  labourCourtAddressNl: 'Waterloolaan 70, 1000 Brussel',
  labourCourtAddressDe: 'Boulevard de Waterloo 70, 1000 Brüssel',
};

const LETTER_SETTINGS: Record<string, LetterSettings> = {
  [FOREST.kbo]: {
    presidentName: 'Claire Dumont (DEMO)',
    presidentGender: 'female',
    directorGeneralName: 'Marc Lejeune (DEMO)',
    directorGeneralGender: 'male',
    judicialDistrict: 'brussels',
    ...BRUSSELS_COURT,
    nameNl: 'OCMW Vorst (DEMO)',
    addressNl: 'Pastoorstraat 35, 1190 Vorst',
    nameDe: 'ÖSHZ Forest (DEMO)',
  },
  [MOLENBEEK.kbo]: {
    presidentName: 'Hassan Bouzid (DEMO)',
    presidentGender: 'male',
    directorGeneralName: 'Nadine Leclercq (DEMO)',
    directorGeneralGender: 'female',
    judicialDistrict: 'brussels',
    ...BRUSSELS_COURT,
    nameNl: 'OCMW Sint-Jans-Molenbeek (DEMO)',
    addressNl: 'Alphonse Vandenpeereboomstraat 14, 1080 Sint-Jans-Molenbeek',
  },
  [GENT.kbo]: {
    presidentName: 'An Vandenberghe (DEMO)',
    presidentGender: 'female',
    directorGeneralName: 'Koen De Wilde (DEMO)',
    directorGeneralGender: 'male',
    judicialDistrict: 'east-flanders',
    labourCourtAddressNl: 'Opgeëistenlaan 401/E, 9000 Gent',
  },
};

const WORKER_CONTACTS: Record<string, { phone: string; email: string }> = {
  'marie.forest': { phone: '+32 2 000 00 11', email: 'marie.dubois@forest.demo' },
  'luc.forest': { phone: '+32 2 000 00 12', email: 'luc.janssens@forest.demo' },
  'sophie.forest': { phone: '+32 2 000 00 10', email: 'sophie.lambert@forest.demo' },
  'sarah.molenbeek': { phone: '+32 2 000 00 21', email: 'sarah.mertens@molenbeek.demo' },
  'julie.molenbeek': { phone: '+32 2 000 00 20', email: 'julie.peeters@molenbeek.demo' },
  'pieter.gent': { phone: '+32 9 000 00 31', email: 'pieter.claes@gent.demo' },
  'els.gent': { phone: '+32 9 000 00 30', email: 'els.desmet@gent.demo' },
};

/** Postal addresses (fictional numbers in real streets) for the persons whose files have letters. */
const ADDRESSES: Record<string, { street: string; postalCode: string; municipality: string }> = {
  nadia: { street: 'Rue du Charroi 21', postalCode: '1190', municipality: 'Forest' },
  jean: { street: 'Avenue Van Volxem 148', postalCode: '1190', municipality: 'Forest' },
  fatou: { street: 'Chaussée de Neerstalle 9', postalCode: '1190', municipality: 'Forest' },
  thomas: { street: 'Sint-Denijsstraat 30', postalCode: '1190', municipality: 'Vorst' },
  klaus: { street: 'Rue Saint-Denis 114', postalCode: '1190', municipality: 'Forest' },
  lotte: { street: 'Sleepstraat 52', postalCode: '9000', municipality: 'Gent' },
};

export async function seedLetterDemo(tenants: TenantRegistry): Promise<void> {
  for (const [kbo, settings] of Object.entries(LETTER_SETTINGS)) {
    const tenant = tenants.byKbo(kbo);
    if (!tenant) continue;
    await tenant.db.query(`UPDATE settings SET value = value || $1::jsonb WHERE key = 'letters'`, [JSON.stringify(settings)]);
    for (const [username, contact] of Object.entries(WORKER_CONTACTS)) {
      await tenant.db.query('UPDATE users SET contact_phone = $2, contact_email = $3 WHERE username = $1 AND is_demo', [
        username,
        contact.phone,
        contact.email,
      ]);
    }
    for (const person of DEMO_PERSONS) {
      const address = ADDRESSES[person.key];
      if (!address) continue;
      // Only where the person-record seed left it empty: one address per person, whichever seed wrote it.
      await tenant.db.query(
        `UPDATE persons SET address_street = $2, address_postal_code = $3, address_municipality = $4
          WHERE niss = $1 AND address_street IS NULL AND address_municipality IS NULL`,
        [person.niss, address.street, address.postalCode, address.municipality],
      );
    }
  }
}
