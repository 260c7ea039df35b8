import type { DeliveryEvent } from '../alerts/deliver-outbox.ts';
import type { PollOutcome } from './poll-source.ts';

/**
 * Who is told of each poll's and each delivery attempt's outcome, as plain data: the operators'
 * metrics (ops/metrics.ts) when they are on, nobody otherwise. Filled in after the app is built,
 * so the run modes read it at each call.
 */
export interface Observers {
  polled?(outcome: PollOutcome): void;
  delivered?(event: DeliveryEvent): void;
}
