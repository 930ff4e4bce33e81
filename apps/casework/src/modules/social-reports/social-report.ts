/**
 * The social report (layer b, R15–R16): the sections of the RD of 1 Dec 2013 and the circular of
 * 14 March 2014 (domain §3.3). It is internal to the CPAS: none of it can reach a summary.
 */
import { Type, type Static } from '@sinclair/typebox';

const Text = (max = 20_000) => Type.String({ maxLength: max });
const DateString = Type.String({ format: 'date' });

export const sectionsSchema = Type.Object(
  {
    identification: Type.Optional(
      Type.Object(
        {
          civilStatus: Type.Optional(Text(200)),
          householdComposition: Type.Optional(Text(5_000)),
          residenceStatus: Type.Optional(Text(500)),
          effectiveResidence: Type.Optional(Text(2_000)),
          nationality: Type.Optional(Text(100)),
        },
        { additionalProperties: false },
      ),
    ),
    request: Type.Optional(Type.Object({ description: Type.Optional(Text()) }, { additionalProperties: false })),
    homeVisit: Type.Optional(
      Type.Object({ visitedAt: Type.Optional(DateString), findings: Type.Optional(Text()) }, { additionalProperties: false }),
    ),
    resources: Type.Optional(
      Type.Object(
        {
          items: Type.Optional(
            Type.Array(
              Type.Object(
                {
                  holder: Type.Union([Type.Literal('applicant'), Type.Literal('partner'), Type.Literal('household-member')]),
                  kind: Text(200),
                  monthlyAmountCents: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
                  documentId: Type.Optional(Type.String({ maxLength: 64 })),
                },
                { additionalProperties: false },
              ),
              { maxItems: 100 },
            ),
          ),
          assessment: Type.Optional(Text()),
        },
        { additionalProperties: false },
      ),
    ),
    residualCharacter: Type.Optional(
      Type.Object({ otherBenefits: Type.Optional(Text()), maintenanceDebtors: Type.Optional(Text()) }, { additionalProperties: false }),
    ),
    willingnessToWork: Type.Optional(Type.Object({ assessment: Type.Optional(Text()) }, { additionalProperties: false })),
    situationSummary: Type.Optional(Type.Object({ text: Type.Optional(Text()) }, { additionalProperties: false })),
    proposal: Type.Optional(
      Type.Object(
        {
          text: Type.Optional(Text()),
          proposedAidType: Type.Optional(Text(100)),
          proposedAmountCents: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
          // RIS law art. 14 §1: the category the proposed RIS would be granted at (issue 11, item 4).
          proposedRisCategory: Type.Optional(Type.Union([Type.Literal('cohabiting'), Type.Literal('isolated'), Type.Literal('family')])),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export type Sections = Static<typeof sectionsSchema>;
export type SectionName = keyof Sections;

const BASE_MANDATORY: SectionName[] = [
  'identification',
  'request',
  'homeVisit',
  'resources',
  'residualCharacter',
  'situationSummary',
  'proposal',
];

function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return Boolean(value);
}

/** R16: the sections still empty; willingness to work is mandatory for RIS (RIS law art. 3, 5°). */
export function listMissingSections(sections: Sections, kind: string): SectionName[] {
  const mandatory = kind === 'ris' ? [...BASE_MANDATORY, 'willingnessToWork' as const] : BASE_MANDATORY;
  return mandatory.filter((name) => !hasContent(sections[name]));
}
