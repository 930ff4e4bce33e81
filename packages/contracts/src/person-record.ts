/**
 * The closed lists of the person record in the casework API (`PATCH /api/v1/persons/{id}/record`,
 * household members): the node validates against them, the web application offers them. One list,
 * so a value the form offers is always one the API accepts.
 */
export const SEXES = ['female', 'male', 'x'] as const;
export const CIVIL_STATUSES = ['single', 'married', 'legal-cohabitation', 'separated', 'divorced', 'widowed'] as const;
/** The person's right of residence as far as social aid goes (RIS law art. 3, 3°; organic law art. 57 §2). */
export const RESIDENCE_STATUSES = [
  'belgian',
  'eu-citizen',
  'stateless',
  'recognised-refugee',
  'subsidiary-protection',
  'unlimited-stay',
  'limited-stay',
  'asylum-seeker',
  'irregular-stay',
  'other',
] as const;
export const RELATIONSHIPS = ['partner', 'spouse', 'child', 'parent', 'sibling', 'other-relative', 'other'] as const;
