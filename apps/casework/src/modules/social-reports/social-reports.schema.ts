/** Request schemas of the social-report routes. */
import { strict } from '../../http-context.ts';
import { sectionsSchema } from './social-report.ts';

export const SocialReportBody = strict({ sections: sectionsSchema });
