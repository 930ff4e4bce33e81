/**
 * The transport of signed messages between institutions, as every service builds it: the kept-alive
 * client (ADR 0011) and, unless EXCHANGE_MULTIPLEX=false, several messages per HTTP request towards one
 * address (ADR 0025). Only signed messages are carried together; any other request goes alone.
 */
import { requestText, type RequestText } from '#platform/http-client.ts';
import { createMultiplexedTransport } from '#platform/multiplex.ts';
import { BATCH_MEDIA_TYPE } from './batch-signature.ts';

export const SIGNED_MESSAGE_MEDIA_TYPES = ['application/jose', BATCH_MEDIA_TYPE] as const;

export function exchangeTransport(options: { isMultiplexed?: boolean; onCarried?: (messages: number) => void } = {}): RequestText {
  if (options.isMultiplexed === false) return requestText;
  return createMultiplexedTransport(requestText, {
    mediaTypes: SIGNED_MESSAGE_MEDIA_TYPES,
    ...(options.onCarried ? { onCarried: options.onCarried } : {}),
  });
}
