/** Request schemas of the hearing routes. */
import { Type } from '@sinclair/typebox';
import { DateString, Id, strict, Text } from '../../http-context.ts';

export const HearingParams = strict({ id: Id, hearingId: Id });
export const HearingRequestBody = strict({ requestedAt: DateString, scheduledAt: Type.Optional(DateString) });
export const HearingScheduleBody = strict({ scheduledAt: DateString });
export const HearingHeldBody = strict({
  heldAt: DateString,
  attendees: Text(2000),
  assistedBy: Type.Optional(Text(300, 0)),
  minutesSummary: Type.Optional(Text(20_000, 0)),
});
export const HearingNotHeldBody = strict({
  notHeldAt: DateString,
  reason: Type.Union([Type.Literal('person-absent'), Type.Literal('request-withdrawn')]),
});
