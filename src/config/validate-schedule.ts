import cron from 'node-cron';

/** Whether node-cron accepts the expression (5 fields, or 6 with seconds). */
export function validCron(expression: string): boolean {
  return cron.validate(expression);
}

const FIELDS = [
  ['minute', '0–59'],
  ['hour', '0–23'],
  ['day of month', '1–31'],
  ['month', '1–12 or jan–dec'],
  ['day of week', '0–7 or sun–sat'],
] as const;

/**
 * What is wrong with a cron expression, in words a person can act on — or null when it is
 * valid. "61 9 * * *" is "the minute field "61" is out of range (0–59)"; a schedule cut in
 * pieces (unquoted, so only "0" arrived) is told to quote it.
 */
export function explainCron(expression: string): string | null {
  if (cron.validate(expression)) return null;
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length < 5)
    return `"${expression}" has ${fields.length} of the 5 fields (minute hour day month weekday); quote the whole schedule: "0 9 * * 1-5"`;
  if (fields.length > 6)
    return `"${expression}" has ${fields.length} fields; a schedule has 5 (minute hour day month weekday), or 6 with seconds first`;
  const named = fields.length === 6 ? [['second', '0–59'] as const, ...FIELDS] : FIELDS;
  for (let i = 0; i < fields.length; i++) {
    const probe = fields.map((f, j) => (j === i ? f : '*')).join(' ');
    if (!cron.validate(probe))
      return `in "${expression}", the ${named[i]![0]} field "${fields[i]}" is not valid (${named[i]![1]})`;
  }
  return `"${expression}" is not a valid cron schedule`;
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
