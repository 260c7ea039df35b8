/**
 * Clustering scores for story grouping, over items labelled with the real event each reports.
 * Pairwise: every pair of items is a decision (together or apart). BCubed: per item, how much
 * of its story is its event (precision) and how much of its event is its story (recall);
 * it weighs large and small events alike, where pairwise is dominated by the largest.
 */
export interface ClusterScores {
  items: number;
  events: number;
  stories: number;
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function scoreClusters(labels: { event: string; story: string }[]): ClusterScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const same = labels[i]!.event === labels[j]!.event;
      const grouped = labels[i]!.story === labels[j]!.story;
      if (same && grouped) tp++;
      else if (grouped) fp++;
      else if (same) fn++;
    }
  }
  const count = (key: (l: { event: string; story: string }) => string) => {
    const m = new Map<string, number>();
    for (const l of labels) m.set(key(l), (m.get(key(l)) ?? 0) + 1);
    return m;
  };
  const byEvent = count((l) => l.event);
  const byStory = count((l) => l.story);
  const byBoth = count((l) => `${l.event}\u0000${l.story}`);
  let bp = 0;
  let br = 0;
  for (const l of labels) {
    const both = byBoth.get(`${l.event}\u0000${l.story}`)!;
    bp += both / byStory.get(l.story)!;
    br += both / byEvent.get(l.event)!;
  }
  const n = labels.length || 1;
  const pp = tp / (tp + fp || 1);
  const pr = tp / (tp + fn || 1);
  return {
    items: labels.length,
    events: byEvent.size,
    stories: byStory.size,
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    bcubed: { precision: bp / n, recall: br / n, f1: f1(bp / n, br / n) },
  };
}
