import cron from 'node-cron';

/** Whether node-cron accepts the expression (5 fields, or 6 with seconds). */
export function validCron(expression: string): boolean {
  return cron.validate(expression);
}

/** Whether the runtime knows the IANA time zone. */
export function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
