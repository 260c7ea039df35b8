import type { LabelledItem } from './grouping-sets.ts';

/**
 * The plain baseline: single-pass TF-IDF clustering, as news aggregators have done it since
 * TDT (Allan et al. 1998). Lower-cased words without stop words, smoothed IDF over the items
 * seen so far, cosine to each story's centroid, join the best at ≥ threshold, else start one.
 * No names, amounts, stemming, window or index: the floor newsbot must beat.
 */
const STOP = new Set(
  'a an and the of to in on for with by at from as is are was were be been it its that this said says has have had will would can could after over into about than more new not but or'.split(
    ' ',
  ),
);

export function groupTfIdfBaseline(items: LabelledItem[], threshold = 0.3): Map<string, string> {
  const df = new Map<string, number>();
  let docs = 0;
  const stories: { id: string; tf: Map<string, number> }[] = [];
  const out = new Map<string, string>();
  const idf = (t: string) => Math.log((docs + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const vec = (tf: Map<string, number>) => {
    const w = new Map<string, number>();
    let s = 0;
    for (const [t, f] of tf) {
      const x = f * idf(t);
      w.set(t, x);
      s += x * x;
    }
    return { w, norm: Math.sqrt(s) || 1 };
  };
  for (const it of [...items].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1))) {
    const tf = new Map<string, number>();
    for (const w of `${it.title} ${it.summary}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      if (!STOP.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    docs++;
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const v = vec(tf);
    let best: { s: (typeof stories)[number]; score: number } | undefined;
    for (const s of stories) {
      const sv = vec(s.tf);
      let dot = 0;
      for (const [t, x] of v.w) dot += x * (sv.w.get(t) ?? 0);
      const score = dot / (v.norm * sv.norm);
      if (!best || score > best.score) best = { s, score };
    }
    let story = best && best.score >= threshold ? best.s : undefined;
    if (!story) stories.push((story = { id: `b-${it.id}`, tf: new Map() }));
    for (const [t, f] of tf) story.tf.set(t, (story.tf.get(t) ?? 0) + f);
    out.set(it.id, story.id);
  }
  return out;
}
