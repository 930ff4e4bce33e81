/** The portal speaks the three national languages (R46): its catalogs have exactly these. */
import { catalogIn, NATIONAL_LANGUAGES } from '#ui/index.ts';

export const definePortalCatalog = catalogIn(NATIONAL_LANGUAGES);
