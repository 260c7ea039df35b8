import SQLite from 'better-sqlite3';
import { openStore } from '/work/main/src/store/open-store.ts';
for (const [label, summaryLen, pragmas] of [['900B', 900, []], ['50B', 50, []], ['900B cache64M', 900, ['cache_size = -65536']], ['900B mmap', 900, ['mmap_size = 268435456', 'cache_size = -65536']]] as const) {
  const file = `/tmp/raw-${Date.now()}.db`;
  const k = await openStore(file); await k.destroy();
  const db = new SQLite(file); db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
  for (const p of pragmas) db.pragma(p);
  const ins = db.prepare('insert into items (id, source_id, guid, link, hash, url, title, summary, published_at, first_seen_at) values (?,?,?,?,?,?,?,?,?,?)');
  let t = performance.now();
  for (let f = 0; f < 2000; f++) db.transaction(() => { for (let i = 0; i < 20; i++) ins.run(`itm_${f}_${i}`, `farm-${f}`, `g${f}-${i}`, `https://farm.example/${f}/${i}`, `h${f}${i}`.padEnd(32,'0'), `https://farm.example/${f}/${i}`, `Feed ${f} story ${i}`, 'x'.repeat(summaryLen), Date.now(), Date.now()); })();
  console.log(label, (performance.now() - t).toFixed(0));
  db.close();
}
