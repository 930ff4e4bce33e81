/**
 * The demo federation: three CPAS, their demo accounts and synthetic persons with valid NISS.
 * Everything here is labelled DEMO; with DEMO=false none of it is seeded, listed or accepted.
 */
import { generateKbo } from '#contracts/kbo.ts';
import { generateNiss } from '#contracts/niss.ts';
import type { TenantSpec } from '../../casework.ts';
import type { Role } from '../../tenant.ts';

export const DEMO_PASSWORD = 'demo-rse-2026';

export const DEMO_TENANTS: TenantSpec[] = [
  {
    kbo: generateKbo('02121140'),
    name: 'CPAS de Forest (DEMO)',
    language: 'fr',
    address: 'Rue du Curé 35, 1190 Forest',
    servicePhone: '+32 2 000 00 01',
    serviceEmail: 'service.social@forest.demo',
    labourCourt: 'Tribunal du travail francophone de Bruxelles, boulevard de Waterloo 70, 1000 Bruxelles',
    // Its own address on this machine (*.localhost is the loopback, RFC 6761): its login page, no chooser.
    hosts: ['forest.localhost'],
    isDemo: true,
  },
  {
    kbo: generateKbo('02121151'),
    name: 'CPAS de Molenbeek-Saint-Jean (DEMO)',
    language: 'fr',
    address: 'Rue Alphonse Vandenpeereboom 14, 1080 Molenbeek-Saint-Jean',
    servicePhone: '+32 2 000 00 02',
    serviceEmail: 'service.social@molenbeek.demo',
    labourCourt: 'Tribunal du travail francophone de Bruxelles, boulevard de Waterloo 70, 1000 Bruxelles',
    // Its own address on this machine (*.localhost is the loopback, RFC 6761): its login page, no chooser.
    hosts: ['molenbeek.localhost'],
    isDemo: true,
  },
  {
    kbo: generateKbo('02121162'),
    name: 'OCMW Gent (DEMO)',
    language: 'nl',
    address: 'Onderbergen 86, 9000 Gent',
    servicePhone: '+32 9 000 00 03',
    serviceEmail: 'sociale.dienst@gent.demo',
    labourCourt: 'Arbeidsrechtbank Gent, Opgeëistenlaan 401/E, 9000 Gent',
    // Its own address on this machine (*.localhost is the loopback, RFC 6761): its login page, no chooser.
    hosts: ['gent.localhost'],
    isDemo: true,
  },
];

export const [FOREST, MOLENBEEK, GENT] = DEMO_TENANTS as [TenantSpec, TenantSpec, TenantSpec];

export type DemoAccount = {
  username: string;
  displayName: string;
  role: Role;
  isQualified: boolean;
  supervisor?: string;
  language: 'fr' | 'nl' | 'de' | 'en';
  kbo: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'sophie.forest', displayName: 'Sophie Lambert', role: 'supervisor', isQualified: true, language: 'fr', kbo: FOREST.kbo },
  {
    username: 'marie.forest',
    displayName: 'Marie Dubois',
    role: 'social-worker',
    isQualified: true,
    supervisor: 'sophie.forest',
    language: 'fr',
    kbo: FOREST.kbo,
  },
  {
    username: 'luc.forest',
    displayName: 'Luc Janssens',
    role: 'social-worker',
    isQualified: true,
    supervisor: 'sophie.forest',
    language: 'fr',
    kbo: FOREST.kbo,
  },
  { username: 'karim.forest', displayName: 'Karim Benali', role: 'committee-member', isQualified: false, language: 'fr', kbo: FOREST.kbo },
  { username: 'anne.forest', displayName: 'Anne Wauters', role: 'security-advisor', isQualified: false, language: 'fr', kbo: FOREST.kbo },
  { username: 'admin.forest', displayName: 'Admin Forest', role: 'admin', isQualified: false, language: 'fr', kbo: FOREST.kbo },
  { username: 'julie.molenbeek', displayName: 'Julie Peeters', role: 'supervisor', isQualified: true, language: 'fr', kbo: MOLENBEEK.kbo },
  {
    username: 'sarah.molenbeek',
    displayName: 'Sarah Mertens',
    role: 'social-worker',
    isQualified: true,
    supervisor: 'julie.molenbeek',
    language: 'fr',
    kbo: MOLENBEEK.kbo,
  },
  {
    username: 'omar.molenbeek',
    displayName: 'Omar Haddad',
    role: 'security-advisor',
    isQualified: false,
    language: 'fr',
    kbo: MOLENBEEK.kbo,
  },
  { username: 'els.gent', displayName: 'Els De Smet', role: 'supervisor', isQualified: true, language: 'nl', kbo: GENT.kbo },
  {
    username: 'pieter.gent',
    displayName: 'Pieter Claes',
    role: 'social-worker',
    isQualified: true,
    supervisor: 'els.gent',
    language: 'nl',
    kbo: GENT.kbo,
  },
  { username: 'hanne.gent', displayName: 'Hanne Maes', role: 'security-advisor', isQualified: false, language: 'nl', kbo: GENT.kbo },
  // Each demo CPAS has its administrator, who sees the user administration (issue 12).
  { username: 'admin.molenbeek', displayName: 'Admin Molenbeek', role: 'admin', isQualified: false, language: 'fr', kbo: MOLENBEEK.kbo },
  { username: 'admin.gent', displayName: 'Beheerder Gent', role: 'admin', isQualified: false, language: 'nl', kbo: GENT.kbo },
];

export type DemoPerson = {
  key: string;
  niss: string;
  familyName: string;
  givenNames: string;
  birthDate: string;
  language: 'fr' | 'nl' | 'de';
  scenario: string;
};

export const DEMO_PERSONS: DemoPerson[] = [
  {
    key: 'nadia',
    niss: generateNiss({ birthDate: '1990-04-12', sequence: 184 }),
    familyName: 'El Amrani',
    givenNames: 'Nadia',
    birthDate: '1990-04-12',
    language: 'fr',
    scenario: 'moved',
  },
  {
    key: 'jean',
    niss: generateNiss({ birthDate: '1975-11-03', sequence: 77 }),
    familyName: 'Lemaire',
    givenNames: 'Jean',
    birthDate: '1975-11-03',
    language: 'fr',
    scenario: 'notification-overdue',
  },
  {
    key: 'fatou',
    niss: generateNiss({ birthDate: '2001-07-21', sequence: 52 }),
    familyName: 'Diallo',
    givenNames: 'Fatou',
    birthDate: '2001-07-21',
    language: 'fr',
    scenario: 'decision-due',
  },
  {
    key: 'thomas',
    niss: generateNiss({ birthDate: '1988-02-29', sequence: 311 }),
    familyName: 'Vermeulen',
    givenNames: 'Thomas',
    birthDate: '1988-02-29',
    language: 'nl',
    scenario: 'colleague-file',
  },
  {
    key: 'lotte',
    niss: generateNiss({ birthDate: '1995-09-14', sequence: 402 }),
    familyName: 'Willems',
    givenNames: 'Lotte',
    birthDate: '1995-09-14',
    language: 'nl',
    scenario: 'gent-open',
  },
  {
    key: 'klaus',
    niss: generateNiss({ birthDate: '1969-05-30', sequence: 15 }),
    familyName: 'Schmitz',
    givenNames: 'Klaus',
    birthDate: '1969-05-30',
    language: 'de',
    scenario: 'new-request',
  },
];
