/**
 * A delivery worker in its own process, for the Discord crash test: delivers the store's
 * outbox through the real Discord sender (discord.js REST) to the fake Discord, then exits.
 *   node --import tsx test/fakes/discord-deliver-child.ts DB_FILE API_URL TOKEN
 */
import { REST } from 'discord.js';
import { deliverOutbox } from '../../src/alerts/deliver-outbox.ts';
import { createLogger } from '../../src/log.ts';
import { DiscordSender } from '../../src/platforms/discord/discord-sender.ts';
import { openStore } from '../../src/store/open-store.ts';

const [file, api, token] = process.argv.slice(2);
const db = await openStore(file!);
const log = createLogger({ level: 'warn' });
const rest = new REST({ api: api!, timeout: 2_000, retries: 0 }).setToken(token!);
const report = await deliverOutbox(db, new Map([['discord', new DiscordSender({ rest, log })]]), Date.now, log);
await db.destroy();
console.log(JSON.stringify(report));
