import SQLite from 'better-sqlite3';
import { openStore } from '/work/main/src/store/open-store.ts';
for (const per of [1, 10, 100, 2000]) {
  const file = `/tmp/raw-${Date.now()}.db`;
  const k = await openStore(file); await k.destroy();
  const db = new SQLite(file); db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
  const ins = db.prepare('insert into items (id, source_id, guid, link, hash, url, title, summary, published_at, first_seen_at) values (?,?,?,?,?,?,?,?,?,?)');
  let t = performance.now();
  for (let g = 0; g < 2000; g += per) db.transaction(() => { for (let f = g; f < g + per; f++) for (let i = 0; i < 20; i++) ins.run(`itm_${f}_${i}`, `farm-${f}`, `g${f}-${i}`, `https://farm.example/${f}/${i}`, `h${f}${i}`.padEnd(32,'0'), `https://farm.example/${f}/${i}`, `Feed ${f} story ${i}`, 'x'.repeat(900), Date.now(), Date.now()); })();
  console.log('sources per tx', per, (performance.now() - t).toFixed(0));
  db.close();
}
