/**
 * How `newsbot start` runs: one process alone on its store (`LocalRunner`), or one of many
 * sharing a Postgres store through pg-boss (`Cluster`). `start` picks one, once, and then only
 * starts and stops it; neither asks which mode it is in.
 */
export interface Runner {
  /** Starts polling, delivering and firing digests; returns once it is running. */
  start(): Promise<void>;
  /** Finishes the polls and deliveries in flight (a graceful stop), then returns. */
  stop(): Promise<void>;
}
