/** The hub's end of the signed channel and its signed endpoints. */
export { createHubChannel, HUB_ISSUER, type HubChannel, type Delivery, type Accepted } from './channel.ts';
export { registerJoseEndpoint, type JoseEndpoint, type JoseRequestContext } from './channel.routes.ts';
export {
  createDeliveryQueue,
  retryDelaySeconds,
  DELIVERIES_PER_RUN,
  DELIVERY_LEASE_SECONDS,
  type DeliveryOutcome,
} from './delivery-queue.ts';
