import SQLite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { openStore } from '/work/main/src/store/open-store.ts';
const h = (s: string) => createHash('sha256').update(s).digest('hex');
for (const mode of ['single-row', 'multi-25', 'multi-25-onconflict']) {
  const file = `/tmp/raw-${Date.now()}.db`;
  const k = await openStore(file); await k.destroy();
  const db = new SQLite(file); db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL'); db.pragma('cache_size = -65536');
  const cols = '(id, source_id, guid, link, hash, url, title, summary, published_at, first_seen_at)';
  const one = db.prepare(`insert into items ${cols} values (?,?,?,?,?,?,?,?,?,?)`);
  const vals = Array(20).fill('(?,?,?,?,?,?,?,?,?,?)').join(',');
  const multi = db.prepare(`insert into items ${cols} values ${vals}` + (mode.endsWith('onconflict') ? ' on conflict (id) do nothing' : ''));
  let t = performance.now();
  for (let f = 0; f < 2000; f++) db.transaction(() => {
    const rows = Array.from({ length: 20 }, (_, i) => [`farm-${f}/` + h(`${f}-${i}`).slice(0, 16), `farm-${f}`, `farm-${f}-${i}`, `https://farm.example/${f}/${i}`, h(`c${f}${i}`).slice(0, 32), `https://farm.example/${f}/${i}`, `Feed ${f} story ${i}`, 'x'.repeat(900), Date.now(), Date.now()]);
    if (mode === 'single-row') for (const r of rows) one.run(...r); else multi.run(...rows.flat());
  })();
  console.log(mode, (performance.now() - t).toFixed(0));
  db.close();
}
