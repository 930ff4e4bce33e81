/**
 * The catalog of the worker web application: one file per feature, each key with its texts in
 * French, Dutch, German and English side by side, merged with the shared UI texts.
 */
import { mergeCatalogs, uiMessages } from '#ui/index.ts';
import { shell } from './shell.ts';
import { session } from './session.ts';
import { worklist } from './worklist.ts';
import { persons } from './persons.ts';
import { requests } from './requests.ts';
import { decisions } from './decisions.ts';
import { report } from './report.ts';
import { rse } from './rse.ts';
import { agenda } from './agenda.ts';
import { oversight } from './oversight.ts';
import { transparency } from './transparency.ts';
import { breakGlass } from './break-glass.ts';
import { disclosures } from './disclosures.ts';
import { statistics } from './statistics.ts';
import { outbox } from './outbox.ts';
import { users } from './users.ts';
import { findPerson } from './find-person.ts';
import { fileWorkflow } from './file-workflow.ts';
import { exchangeFile } from './exchange-file.ts';
import { committee } from './committee.ts';
import { decide } from './decide.ts';
import { codes } from './codes.ts';
import { letters } from './letters.ts';
import { cpasSettings } from './cpas-settings.ts';

/** The application's own texts (without the shared UI texts). */
export const appMessages = mergeCatalogs(
  shell,
  session,
  worklist,
  persons,
  requests,
  decisions,
  report,
  rse,
  agenda,
  oversight,
  breakGlass,
  disclosures,
  statistics,
  outbox,
  users,
  findPerson,
  fileWorkflow,
  exchangeFile,
  committee,
  decide,
  codes,
  letters,
  transparency,
  cpasSettings,
);

export const catalog = mergeCatalogs(uiMessages, appMessages);

export type MessageKey = keyof typeof catalog;
