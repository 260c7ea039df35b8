/**
 * Storage failures, named for the person who must fix them. A driver's raw error ("SQLITE_FULL",
 * `relation "topics" does not exist`) says little about what happened to the store or what to
 * do; `storeFault` reads one and says which of a few known states the store is in, whether
 * waiting can help (a full disk may be freed) or only a restart can (a lost schema), and what
 * to do. Pure: it looks only at the error and the store's location.
 */
import { NewsbotError } from '../errors.ts';

export type StoreFaultKind = 'full' | 'read-only' | 'unwritable-folder' | 'corrupt' | 'schema-lost' | 'locked';

export interface StoreFault {
  kind: StoreFaultKind;
  /** The process cannot go on with this store: exit, so that a supervisor restarts it (and a restart migrates). */
  fatal: boolean;
  /** What happened and what to do, naming the store. */
  message: string;
}

interface DriverError {
  code?: unknown;
  message?: unknown;
}

/** Postgres SQLSTATEs that mean the tables (or the database) are gone. */
const SCHEMA_GONE = new Set(['42P01', '3D000', '3F000']);

export function storeFault(e: unknown, where: string): StoreFault | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const code = String((e as DriverError).code ?? '');
  const message = String((e as DriverError).message ?? '');
  const store = where ? `the store ${where}` : 'the store';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /database or disk is full/i.test(message))
    return {
      kind: 'full',
      fatal: false,
      message: `${store} cannot grow: its disk is full. Free space on that disk; polling waits and resumes by itself`,
    };
  if (code.startsWith('SQLITE_READONLY') || /readonly database/i.test(message))
    return {
      kind: 'read-only',
      fatal: false,
      message: `${store} is read-only for this user. Give it write permission (and its folder: SQLite writes -wal and -shm files beside it); polling waits and resumes by itself`,
    };
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EROFS')
    return {
      kind: 'unwritable-folder',
      fatal: true,
      message: `${store} cannot be opened or created: its folder is missing or not writable by this user. Point database: at a writable path, or fix the folder's permissions`,
    };
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || /malformed|not a database/i.test(message))
    return {
      kind: 'corrupt',
      fatal: true,
      message: `${store} is damaged (${message}). Stop newsbot, restore the file from a backup, or move it away to start afresh (sources are then baselined again)`,
    };
  if (
    SCHEMA_GONE.has(code) ||
    /no such table|relation "[^"]+" does not exist|database "[^"]+" does not exist/i.test(message)
  )
    return {
      kind: 'schema-lost',
      fatal: true,
      message: `${store} has lost its tables (was the database dropped or recreated?). newsbot exits so that its supervisor restarts it; the restart creates the tables again`,
    };
  if (code === 'SQLITE_BUSY' || /database is locked/i.test(message))
    return {
      kind: 'locked',
      fatal: false,
      message: `${store} stayed locked by another process beyond the busy timeout; newsbot retries`,
    };
  return undefined;
}

/** The coded error a command exits with when the store cannot be used. */
export function storeError(fault: StoreFault, cause: unknown): NewsbotError {
  return new NewsbotError('newsbot/store-unusable', fault.message, { kind: fault.kind }, { cause });
}
