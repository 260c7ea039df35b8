import { stableId } from '../ids.ts';
import { developmentOf as readDevelopment } from '../language/read-stage.ts';
import { templateDefaults, templateOf, type TemplateSide } from './template-fill.ts';
import { termsOf } from './text-features.ts';

export interface GroupableItem {
  id: string;
  title: string;
  summary: string;
  publishedAt: number;
}

export interface SharedTerm {
  term: string;
  weight: number;
}

/** Why an item went where it went: what `newsbot explain-story` prints. */
export interface JoinReason {
  /** Cosine similarity to the story it joined (or to the best candidate, for a new story). */
  score: number;
  threshold: number;
  /** The terms that contributed most to the score. */
  shared: SharedTerm[];
  /** The best candidate's id when the item started a new story, if there was one. */
  nearest?: string;
  /** The development its headline reports ("agreed", "regulatory_review", …), when it reports one. */
  development?: string;
  /** Added to the word similarity: the story reports the same development by the same actors. */
  sameDevelopmentBonus?: number;
  /** With the bonus: how much of the names its headline gives (by rarity) the two share. */
  actorShare?: number;
  /** A story it was kept out of because it reports another development of the same actors. */
  otherDevelopment?: { story: string; development: string; score: number };
  /** How much of the names, by rarity, the item and the story it joined share (the larger side's view). */
  nameShare?: number;
  /** A story its words would have joined, kept out because the two mostly name different actors. */
  otherActors?: { story: string; score: number; nameShare: number };
  /** A story its words would have joined, kept out because a headline there is the same template filled with other names. */
  otherTemplate?: { story: string; score: number };
  /** Stories folded into this one when this item showed them to be one event (see `bridges`). */
  merged?: { story: string; into: string; similarity: number }[];
}

export interface GroupDecision {
  itemId: string;
  storyId: string;
  created: boolean;
  reason: JoinReason;
  /**
   * Other stories this item would also have joined, whose words are as close to its story's as
   * reports of one event are (`mergeAt`): two outlets' first reports started two stories, and this
   * one bridges them. Proposed, not applied: whoever owns the stories decides with `merge`
   * whether they may become one (a story already told to a channel is not folded into another).
   */
  bridges?: { story: string; similarity: number }[];
}

/** A candidate story and how the item scored against it. */
interface Candidate {
  story: StoryState;
  score: number;
  shared: SharedTerm[];
  same: boolean;
  nameShare: number;
  actors: number;
}

/** What an item brings to grouping. */
interface ItemTerms {
  tf: Map<string, number>;
  names: Set<string>;
  titleNames: Set<string>;
  development: string | null;
  side: TemplateSide;
}

interface StoryState {
  id: string;
  /** Sum of member items' term frequencies (its strongest terms only). */
  tf: Map<string, number>;
  /** Every name its items' titles mention. */
  names: Set<string>;
  /** The names its items' headlines give (the actors of what it reports). */
  titleNames: Set<string>;
  firstAt: number;
  lastAt: number;
  /** The development the story reports: its first item's that reports one. */
  development: string | null;
  /** Its latest members' headlines, for `filledDifferently` (at most `templateHeadlines`). */
  headlines: TemplateSide[];
  /** The TF-IDF vector, cached: rarities drift slowly, so it is rebuilt when the story
   * changes or the number of items seen has grown by 5% since. */
  vec?: { weights: Map<string, number>; norm: number; docs: number };
}

export const groupingDefaults = {
  /** Items join a story only within this distance of its first and last item. */
  windowMs: 48 * 3_600_000,
  /** Minimum cosine similarity to join. Chosen with `nameShare` on test/fixtures/story-events.json
   * and a synthetic set of look-alike events (see docs/architecture.md). */
  threshold: 0.3,
  /** An item and a story that each mention less than this share (weighted by rarity) of the
   * other's names are different events: "FirmA buys Microsoft's unit" / "FirmB buys …". */
  nameShare: 0.2,
  /** Two reports of the same development by the same actors (names shared at least `sameActors`)
   * get this much on top of their word similarity: "Nvidia abandons $40 billion Arm deal" and
   * "SoftBank's sale of Arm to Nvidia collapses" share few words but are one event. */
  developmentBonus: 0.15,
  sameActors: 0.5,
  /** Names weigh this much more than other words. Raised from 1.5 on ECB+ (a development set): two
   * events of one kind differ mostly in their names and places. */
  nameBoost: 2.5,
  /** Candidate stories are found through this many of the item's most telling terms. */
  anchorTerms: 12,
  /** A term found in more stories than this is too common to find candidates with. */
  commonTermStories: 200,
  /** Per anchor term, only the most recently active stories are candidates. */
  candidatesPerTerm: 48,
  /** A story keeps its strongest terms only, so comparing with it costs the same at any size. */
  storyTerms: 80,
  /** Two stories an item would both join are one event when their own vectors are this similar
   * (cosine). Swept on ECB+ (development set): 0.45–0.7 trade recall with its events apart
   * against precision in one day; see docs/architecture.md. */
  mergeAt: 0.5,
  /** Places filled with other names that make two headlines of one template two events (0: never);
   * see `template-fill.ts`. A story remembers its latest `templateHeadlines` headlines for it. */
  templateSlots: templateDefaults.slots,
  templateHeadlines: 8,
} satisfies Record<string, number>;

/**
 * Groups items into stories by what their text says. Each item becomes a TF-IDF vector
 * (rarity measured over everything seen, so "Microsoft" weighs little once many stories
 * mention it and "antitrust" or "$32 billion" weigh a lot); it joins the most similar story
 * within the time window if the cosine similarity reaches the threshold, else starts one.
 * Candidates come from an inverted index of terms, so the cost per item is a handful of
 * comparisons, not one per story. Deterministic: the same items in the same order give the
 * same stories.
 */
export class StoryGrouper {
  private readonly df = new Map<string, number>();
  private docs = 0;
  private readonly stories = new Map<string, StoryState>();
  private readonly postings = new Map<string, Set<string>>();
  /** Stories folded into others: from → into (followed by `resolve`). */
  private readonly mergedInto = new Map<string, string>();
  readonly opts: typeof groupingDefaults;
  /** Story comparisons so far: the index keeps this small per item (see the benchmark). */
  comparisons = 0;

  /**
   * @param developmentOf what development a headline reports, if any. Reports of different
   *   developments are different stories however alike their words: "Acme agrees to buy Globex
   *   for $4.2 billion" and, a day later, "Regulators open in-depth probe into Acme-Globex deal".
   */
  constructor(
    opts: Partial<typeof groupingDefaults> = {},
    private readonly developmentOf: (headline: string) => string | null = readDevelopment,
  ) {
    this.opts = { ...groupingDefaults, ...opts };
  }

  private idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  /** Names with their rarity, weighed once per item: an item meets many stories. */
  private weighed(names: Set<string>): Map<string, number> {
    return new Map([...names].map((n) => [n, this.idf(n)]));
  }

  /** How much of either side's names, weighted by rarity, the other side mentions at all (the larger share). */
  private sharedNames(
    mine: Map<string, number>,
    theirs: Set<string>,
    myTf: Map<string, number>,
    theirTf: Map<string, number>,
  ) {
    return Math.max(
      shareOf(mine.keys(), (n) => mine.get(n)!, theirTf),
      shareOf(theirs, (n) => this.idf(n), myTf),
    );
  }

  private vector(tf: Map<string, number>): { weights: Map<string, number>; norm: number } {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [t, f] of tf) {
      const w = f * this.idf(t);
      weights.set(t, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) || 1 };
  }

  /** The story's vector as similarity reads it. */
  private storyVector(story: StoryState, cache: boolean) {
    // Scoring only to explain (cache false) reads the cached vector as it is, however old: a
    // refresh would change later decisions, and a rebuild costs more than the explanation is worth.
    if (cache && (!story.vec || this.docs > story.vec.docs * 1.05))
      story.vec = { ...this.vector(story.tf), docs: this.docs };
    return story.vec ?? this.vector(story.tf);
  }

  /** Cosine similarity of an item's vector and a story's. */
  private similarity(v: { weights: Map<string, number>; norm: number }, story: StoryState, cache = true): number {
    const s = this.storyVector(story, cache);
    let dot = 0;
    for (const [t, w] of v.weights) {
      const sw = s.weights.get(t);
      if (sw !== undefined) dot += w * sw;
    }
    return dot / (v.norm * s.norm);
  }

  /**
   * Each shared term's part of the similarity, for the explanation: asked of the best story only
   * (the objects cost more than the cosine when asked of every candidate).
   */
  private sharedTerms(v: { weights: Map<string, number>; norm: number }, story: StoryState): SharedTerm[] {
    const s = this.storyVector(story, true);
    const shared: SharedTerm[] = [];
    for (const [t, w] of v.weights) {
      const sw = s.weights.get(t);
      if (sw !== undefined) shared.push({ term: t, weight: (w * sw) / (v.norm * s.norm) });
    }
    return shared;
  }

  /** The template one of a story's latest headlines shares with the item, filled with other names; or null. */
  private templateElsewhere(side: TemplateSide, story: StoryState): string[] | null {
    if (!(this.opts.templateSlots > 0)) return null;
    const opts = { ...templateDefaults, slots: this.opts.templateSlots };
    for (const h of story.headlines) {
      const t = templateOf(side, h, opts);
      if (t) return t;
    }
    return null;
  }

  /**
   * The story an item's terms are closest to among those its rarest terms find, with the signals
   * that kept others out; stories in `vetoed` are not considered (and those a template keeps out
   * are added to it).
   */
  private bestStory(item: GroupableItem, { tf, names, titleNames, development, side }: ItemTerms, vetoed: Set<string>) {
    const v = this.vector(tf);
    // (Among the terms some story holds: a word no story has used is the rarest of all and finds
    // nothing — "culminating", "longstanding" —, and a dozen such had left a report with no candidate.)
    const anchors = [...v.weights]
      .filter(([t]) => this.postings.has(t))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.opts.anchorTerms);
    const candidates = new Set<string>();
    // Terms most stories share ("deal", "billion") find nothing particular; the item's rare
    // terms find its story. Common terms are used only when an item has nothing else.
    const particular = anchors.filter(([t]) => (this.postings.get(t)?.size ?? 0) <= this.opts.commonTermStories);
    for (const [t] of particular.length ? particular : anchors) {
      const ids = this.postings.get(t);
      if (!ids) continue;
      // Sets iterate in insertion order and `join` re-inserts, so the newest are at the end.
      const list = [...ids];
      for (let i = list.length - 1, taken = 0; i >= 0 && taken < this.opts.candidatesPerTerm; i--, taken++)
        candidates.add(list[i]!);
    }

    let best: Candidate | undefined;
    let other: JoinReason['otherDevelopment'];
    let otherActors: JoinReason['otherActors'];
    let otherTemplate: JoinReason['otherTemplate'];
    let actorChecks = 0;
    const eligible: StoryState[] = [];
    const boilerplate = new Set<string>();
    let nameWeights: Map<string, number> | undefined;
    let titleWeights: Map<string, number> | undefined;
    for (const id of [...candidates].sort()) {
      if (vetoed.has(id)) continue;
      const story = this.stories.get(id)!;
      if (item.publishedAt < story.firstAt - this.opts.windowMs || item.publishedAt > story.lastAt + this.opts.windowMs)
        continue;
      let nameShare = 0;
      if (names.size && story.names.size) {
        // Each side mostly names what the other does not: other companies, people or places,
        // so another event, however similar the wording ("FirmA buys X's unit" / "FirmB buys X's unit").
        // Mentioned at all, not only as a name: a headline's "Cisco to buy Splunk" may write the
        // actor where every word is capitalized, and another outlet's "takeover by Cisco" is still
        // the same event (a names-only comparison kept that pair apart).
        nameShare = this.sharedNames((nameWeights ??= this.weighed(names)), story.names, tf, story.tf);
        if (this.opts.nameShare > 0 && nameShare < this.opts.nameShare) {
          // For explain-story: the closest story kept out this way (a few are scored, not all).
          if (actorChecks++ < 3) {
            const score = this.similarity(v, story, false);
            if (score >= this.opts.threshold && (!otherActors || score > otherActors.score))
              otherActors = {
                story: story.id,
                score: Math.round(score * 1000) / 1000,
                nameShare: Math.round(nameShare * 1000) / 1000,
              };
          }
          continue;
        }
      }
      this.comparisons++;
      const words = this.similarity(v, story);
      // The same development by the same actors: the actors are those its headline names (a
      // summary names others — a product, a place, an earlier owner — that do not make it another event).
      // (Asked only of the same development, whose bonus it decides: most items report none.)
      const sameDevelopment = development !== null && development === story.development;
      const actors = sameDevelopment
        ? this.sharedNames((titleWeights ??= this.weighed(titleNames)), story.titleNames, tf, story.tf)
        : 0;
      const same = sameDevelopment && Math.max(nameShare, actors) >= this.opts.sameActors;
      const score = words + (same ? this.opts.developmentBonus : 0);
      if (development && story.development && development !== story.development) {
        // The same actors doing something else: never joined, but shown by explain-story.
        if (score >= this.opts.threshold && (!other || score > other.score))
          other = { story: story.id, development: story.development, score: Math.round(score * 1000) / 1000 };
        continue;
      }
      // One sender's template filled with other names: another event, however alike the words.
      // (Asked only of a story the item would join: the comparison aligns whole headlines.)
      const template = score >= this.opts.threshold ? this.templateElsewhere(side, story) : null;
      if (template) {
        if (!otherTemplate || score > otherTemplate.score)
          otherTemplate = { story: story.id, score: Math.round(score * 1000) / 1000 };
        for (const t of template) boilerplate.add(t);
        vetoed.add(story.id);
        continue;
      }
      if (score >= this.opts.threshold) eligible.push(story);
      if (!best || score > best.score)
        best = { story, score, shared: this.sharedTerms(v, story), same, nameShare, actors };
    }

    return { best, eligible, other, otherActors, otherTemplate, boilerplate, vetoed };
  }

  /** Decides where an item belongs, records it there, and says why. */
  add(item: GroupableItem): GroupDecision {
    const { tf, names, titleNames, titleTerms } = termsOf(item.title, item.summary, this.opts.nameBoost);
    const side: TemplateSide = { terms: titleTerms, names, all: tf };
    const development = this.developmentOf(item.title);
    // Rarity includes this item, so a term seen for the first time is rare, not unknown.
    this.docs++;
    for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);

    let found = this.bestStory(item, { tf, names, titleNames, development, side }, new Set());
    // Kept out of a story because a headline there is the same template: the template's words are
    // its sender's, not the event's. Without them, the item may still meet the story of its event
    // ("… Investigates Juniper Networks Sale to HPE" and "HPE to buy Juniper Networks").
    if (found.boilerplate.size && !(found.best && found.best.score >= this.opts.threshold)) {
      const without = <T>(xs: Iterable<T>, key: (x: T) => string) =>
        [...xs].filter((x) => !found.boilerplate.has(key(x)));
      const bare = {
        tf: new Map(without(tf, ([t]) => t)),
        names: new Set(without(names, (t) => t)),
        titleNames: new Set(without(titleNames, (t) => t)),
        development,
        side,
      };
      const again = this.bestStory(item, bare, found.vetoed);
      if (again.best && again.best.score >= this.opts.threshold)
        found = { ...again, otherTemplate: found.otherTemplate, other: found.other ?? again.other };
    }
    const { best, eligible, other, otherActors, otherTemplate } = found;

    const round = (x: number) => Math.round(x * 1000) / 1000;
    const topShared = (best?.shared ?? [])
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 6)
      .map((s) => ({ term: s.term, weight: round(s.weight) }));
    const signals = {
      ...(development ? { development } : {}),
      ...(other ? { otherDevelopment: other } : {}),
      ...(best?.same
        ? { sameDevelopmentBonus: this.opts.developmentBonus, actorShare: Math.round(best.actors * 1000) / 1000 }
        : {}),
      ...(otherActors ? { otherActors } : {}),
      ...(otherTemplate ? { otherTemplate } : {}),
    };
    if (best && best.score >= this.opts.threshold) {
      this.join(best.story, tf, item.publishedAt, names, development, titleNames, side);
      const bridges = this.bridgesFrom(best.story, eligible);
      return {
        ...(bridges.length ? { bridges } : {}),
        itemId: item.id,
        storyId: best.story.id,
        created: false,
        reason: {
          score: round(best.score),
          threshold: this.opts.threshold,
          shared: topShared,
          ...(best.nameShare ? { nameShare: round(best.nameShare) } : {}),
          ...signals,
        },
      };
    }
    const story: StoryState = {
      id: stableId('sty_', item.id),
      tf: new Map(),
      names: new Set(),
      titleNames: new Set(),
      firstAt: item.publishedAt,
      lastAt: item.publishedAt,
      development: null,
      headlines: [],
    };
    this.stories.set(story.id, story);
    this.join(story, tf, item.publishedAt, names, development, titleNames, side);
    return {
      itemId: item.id,
      storyId: story.id,
      created: true,
      reason: {
        score: round(best?.score ?? 0),
        threshold: this.opts.threshold,
        shared: topShared,
        ...(best ? { nearest: best.story.id } : {}),
        ...signals,
      },
    };
  }

  /**
   * `add`, then folds every story the item bridges: for stories nobody has been told of yet (the
   * evaluation, the benchmark). The running bot asks the store first (`StoryBook`).
   */
  place(item: GroupableItem): GroupDecision {
    return this.applyBridges(this.add(item));
  }

  /** Folds the stories a decision bridges, where `mayAbsorb` allows; the decision, updated. */
  applyBridges(d: GroupDecision, mayAbsorb: (storyId: string) => boolean = () => true): GroupDecision {
    if (!d.bridges) return d;
    const merged: NonNullable<JoinReason['merged']> = [];
    let storyId = d.storyId;
    for (const b of d.bridges) {
      const m = this.merge(storyId, b.story, mayAbsorb);
      if (!m) continue;
      merged.push({ story: m.from, into: m.into, similarity: b.similarity });
      storyId = m.into;
    }
    return merged.length ? { ...d, storyId, reason: { ...d.reason, merged } } : d;
  }

  /** Among the other stories an item could join, those close enough to its story to be one event. */
  private bridgesFrom(story: StoryState, eligible: StoryState[]): { story: string; similarity: number }[] {
    if (!(this.opts.mergeAt > 0) || eligible.length < 2) return [];
    const mine = this.vector(story.tf);
    const out: { story: string; similarity: number }[] = [];
    for (const other of eligible) {
      if (other === story) continue;
      // Two developments of one deal stay two stories, whatever an item between them says.
      if (story.development && other.development && story.development !== other.development) continue;
      // Scored a moment ago, so its cached vector is fresh (only the joined story's changed).
      const theirs = other.vec ?? this.vector(other.tf);
      let dot = 0;
      for (const [t, w] of mine.weights) {
        const x = theirs.weights.get(t);
        if (x !== undefined) dot += w * x;
      }
      const similarity = dot / (mine.norm * theirs.norm);
      if (similarity >= this.opts.mergeAt)
        out.push({ story: other.id, similarity: Math.round(similarity * 1000) / 1000 });
    }
    return out;
  }

  /**
   * Folds two stories into one: the older keeps its id (it was first reported) unless it may not
   * absorb the newer, in which case the newer absorbs it; neither when neither may be absorbed.
   * Returns which went where, or undefined.
   */
  merge(a: string, b: string, mayAbsorb: (storyId: string) => boolean = () => true) {
    const x = this.stories.get(this.resolve(a));
    const y = this.stories.get(this.resolve(b));
    if (!x || !y || x === y) return undefined;
    const [older, newer] = x.firstAt < y.firstAt || (x.firstAt === y.firstAt && x.id < y.id) ? [x, y] : [y, x];
    const [into, from] = mayAbsorb(newer.id) ? [older, newer] : mayAbsorb(older.id) ? [newer, older] : [];
    if (!into || !from) return undefined;
    this.absorb(from, into);
    return { from: from.id, into: into.id };
  }

  /** Folds one story into another as someone else decided (another process of a cluster). */
  fold(from: string, into: string): void {
    const x = this.stories.get(this.resolve(from));
    const y = this.stories.get(this.resolve(into));
    if (x && y && x !== y) this.absorb(x, y);
  }

  private absorb(from: StoryState, into: StoryState) {
    into.vec = undefined;
    into.headlines = [...into.headlines, ...from.headlines].slice(-this.opts.templateHeadlines);
    into.development ??= from.development;
    for (const n of from.names) if (into.names.size < 400) into.names.add(n);
    for (const n of from.titleNames) if (into.titleNames.size < 100) into.titleNames.add(n);
    for (const [t, f] of from.tf) {
      into.tf.set(t, (into.tf.get(t) ?? 0) + f);
      const ids = this.postings.get(t)!;
      ids.delete(from.id);
      ids.delete(into.id);
      ids.add(into.id);
    }
    this.trim(into);
    into.firstAt = Math.min(into.firstAt, from.firstAt);
    into.lastAt = Math.max(into.lastAt, from.lastAt);
    this.stories.delete(from.id);
    this.mergedInto.set(from.id, into.id);
  }

  /** The story an id now stands for: itself, or the story it was folded into. */
  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.mergedInto.get(id); next !== undefined; next = this.mergedInto.get(id)) id = next;
    return id;
  }

  private trim(story: StoryState) {
    if (story.tf.size <= this.opts.storyTerms * 1.5) return;
    const keep = [...story.tf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.opts.storyTerms);
    const kept = new Set(keep.map(([k]) => k));
    for (const t of story.tf.keys()) if (!kept.has(t)) this.postings.get(t)?.delete(story.id);
    story.tf = new Map(keep);
  }

  private join(
    story: StoryState,
    tf: Map<string, number>,
    at: number,
    names: Set<string>,
    development: string | null,
    titleNames: Set<string>,
    side: TemplateSide,
  ) {
    story.vec = undefined;
    story.development ??= development;
    story.headlines.push(side);
    if (story.headlines.length > this.opts.templateHeadlines) story.headlines.shift();
    if (story.names.size < 400) for (const n of names) story.names.add(n);
    if (story.titleNames.size < 100) for (const n of titleNames) story.titleNames.add(n);
    for (const [t, f] of tf) {
      story.tf.set(t, (story.tf.get(t) ?? 0) + f);
      let ids = this.postings.get(t);
      if (!ids) this.postings.set(t, (ids = new Set()));
      ids.delete(story.id); // re-insert: most recently active last
      ids.add(story.id);
    }
    this.trim(story);
    story.firstAt = Math.min(story.firstAt, at);
    story.lastAt = Math.max(story.lastAt, at);
  }

  /** Puts back a story read from the store (at start), so new items can still join it. */
  restore(storyId: string, items: GroupableItem[]): void {
    // Another process may still name a story this one has folded into another.
    let story = this.stories.get(this.resolve(storyId));
    for (const item of items) {
      const { tf, names, titleNames, titleTerms } = termsOf(item.title, item.summary, this.opts.nameBoost);
      this.docs++;
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      if (!story) {
        story = {
          id: storyId,
          tf: new Map(),
          names: new Set(),
          titleNames: new Set(),
          firstAt: item.publishedAt,
          lastAt: item.publishedAt,
          development: null,
          headlines: [],
        };
        this.stories.set(storyId, story);
      }
      this.join(story, tf, item.publishedAt, names, this.developmentOf(item.title), titleNames, {
        terms: titleTerms,
        names,
        all: tf,
      });
    }
  }

  /** Forgets stories that no new item can join any more, keeping memory bounded. */
  prune(now: number): number {
    let dropped = 0;
    for (const [id, s] of this.stories) {
      if (s.lastAt + this.opts.windowMs >= now) continue;
      for (const t of s.tf.keys()) {
        const ids = this.postings.get(t);
        ids?.delete(id);
        if (ids && !ids.size) this.postings.delete(t);
      }
      this.stories.delete(id);
      dropped++;
    }
    // An alias is needed while its story can still be named by a re-run or another process.
    for (const [from] of this.mergedInto) if (!this.stories.has(this.resolve(from))) this.mergedInto.delete(from);
    return dropped;
  }

  get size(): number {
    return this.stories.size;
  }
}

/** The share of `names`, by weight, that `other` mentions at all. */
function shareOf(names: Iterable<string>, weight: (name: string) => number, other: Map<string, number>): number {
  let shared = 0;
  let all = 0;
  for (const n of names) {
    const w = weight(n);
    all += w;
    if (other.has(n)) shared += w;
  }
  return all ? shared / all : 0;
}
