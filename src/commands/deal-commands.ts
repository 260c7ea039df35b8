import { topicIdOf } from './topic-id.ts';
import { answerError, type Answer, type AnswerLine, type CommandContext } from './answer.ts';
import type { OptionSpec, SubcommandSpec, Values } from './declare.ts';
import { splitWords } from './split-words.ts';
import type { Db } from '../store/open-store.ts';
import type { TopicRow } from '../store/schema.ts';
import { findTopicForTeam, listTopicsForTeam, upsertTeamTopic } from '../store/topics-repo.ts';
import { dealKey, dealView, initDealStates, type DealView } from '../deals/deal-book.ts';
import { dealQuery, type DealSpec } from '../deals/deal.ts';
import type { TimelineEntry } from '../deals/deal-timeline.ts';
import { STAGE_LABELS } from '../deals/stages.ts';

export interface DealCommandDeps {
  db: Db;
  clock: () => number;
  onChange?: () => void | Promise<void>;
  /** Reads what the store holds about a deal just followed into its stories (deal-history.ts). */
  readDealHistory?: (topic: TopicRow) => Promise<unknown>;
}

const day = (ms: number | null) => (ms == null ? null : new Date(ms).toISOString().slice(0, 10));
const cites = (ns: number[]) => ns.map((n) => `[${n}]`).join('');

function entryJson(e: TimelineEntry) {
  return {
    date: day(e.date),
    stage: e.stage,
    moved: e.moved,
    phrase: e.phrase,
    headline: e.headline,
    sources: e.sources.map((s) => ({ n: s.n, outlet: s.outlet, url: s.url })),
  };
}

function entryLine(e: TimelineEntry): AnswerLine {
  return {
    text: `${day(e.date)} ${STAGE_LABELS[e.stage]}${e.moved ? '' : ' (no change)'}: ${e.headline} ${cites(e.sources.map((s) => s.n))}`,
  };
}

async function dealArg(deps: DealCommandDeps, ctx: CommandContext, arg: string): Promise<TopicRow | Answer> {
  const id = arg.toLowerCase();
  const deals = (await listTopicsForTeam(deps.db, ctx.team)).filter((t) => t.deal);
  const known = deals.length
    ? `Deals: ${deals.map((d) => d.id).join(', ')}.`
    : 'This team follows no deals yet: /deal track "Party A" "Party B".';
  const topic = await findTopicForTeam(deps.db, ctx.team, id);
  if (!topic?.deal) return answerError(topic ? `"${id}" is a topic, not a deal.` : `No deal "${id}".`, known);
  return topic;
}
const isAnswer = (x: TopicRow | Answer): x is Answer => 'sections' in x;

async function status(deps: DealCommandDeps, ctx: CommandContext, arg: string, all: boolean): Promise<Answer> {
  const topic = await dealArg(deps, ctx, arg);
  if (isAnswer(topic)) return topic;
  const v = (await dealView(deps.db, topic))!;
  const { state } = v;
  const picked = all ? state.entries : state.entries.slice(-5);
  // The answer numbers its own sources 1..k, in the order it cites them.
  const renum = new Map<number, number>();
  const cite = (n: number) => {
    if (!renum.has(n)) renum.set(n, renum.size + 1);
    return renum.get(n)!;
  };
  const remap = <T extends { n: number }>(xs: T[]) => xs.map((x) => ({ ...x, n: cite(x.n) }));
  const why = state.why ? { ...state.why, sources: remap(state.why.sources) } : null;
  const entries = picked.map((e) => ({ ...e, sources: remap(e.sources) }));
  const terms = all ? [] : v.terms.slice(0, 8).map((t) => ({ ...t, cites: t.cites.map(cite) }));
  const used = v.sources
    .filter((s) => renum.has(s.n))
    .map((s) => ({ ...s, n: renum.get(s.n)! }))
    .sort((a, b) => a.n - b.n);
  const whyText = why
    ? `${why.headline} — “${why.phrase}”${why.hedged ? ' (reported, not confirmed)' : ''} ${cites(why.sources.map((s) => s.n))}`
    : null;
  const data = {
    deal: v.id,
    name: v.name,
    parties: v.deal.parties.map((p) => p.name),
    stage: state.stage,
    since: day(state.since),
    why: whyText,
    terms: terms.map((t) => ({ kind: t.kind, text: t.text, sources: t.cites })),
    timeline: entries.map(entryJson),
    sources: used.map((s) => ({
      n: s.n,
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      publishedAt: new Date(s.publishedAt).toISOString(),
    })),
  };
  if (!state.stage) {
    return {
      ephemeral: true,
      ok: true,
      title: `${v.name}: no stage yet`,
      sections: [
        {
          lines: [
            {
              text: `No story about ${v.deal.parties.map((p) => p.name).join(' and ')} has said where the deal stands yet; newsbot reads every new one.`,
            },
          ],
        },
      ],
      data,
    };
  }
  return {
    ephemeral: true,
    ok: true,
    title: `${v.name}: ${STAGE_LABELS[state.stage]} since ${day(state.since)}`,
    sections: [
      ...(whyText ? [{ heading: 'Why', lines: [{ text: whyText }] }] : []),
      ...(terms.length
        ? [{ heading: 'Key terms', lines: terms.map((t) => ({ text: `${t.text} ${cites(t.cites)}` })) }]
        : []),
      { heading: all ? `Timeline (${entries.length})` : 'Latest events', lines: entries.map(entryLine) },
      {
        heading: 'Sources',
        lines: used.map((s) => ({
          text: `[${s.n}] ${s.outlet} — ${s.title} (${day(s.publishedAt)})`,
          ...(s.url ? { url: s.url } : {}),
        })),
      },
    ],
    data,
  };
}

async function list(deps: DealCommandDeps, ctx: CommandContext): Promise<Answer> {
  const deals = (await listTopicsForTeam(deps.db, ctx.team)).filter((t) => t.deal);
  if (!deals.length)
    return {
      ephemeral: true,
      ok: true,
      title: 'No deals yet',
      sections: [
        {
          lines: [
            {
              text: 'Follow one with /deal track "Party A" "Party B", or add deal: { parties: [...] } to a topic in the config.',
            },
          ],
        },
      ],
      data: [],
    };
  const views = (await Promise.all(deals.map((d) => dealView(deps.db, d)))).filter((v): v is DealView => !!v);
  return {
    ephemeral: true,
    ok: true,
    title: `Deals (${views.length})`,
    sections: [
      {
        lines: views.map((v) => ({
          text: `${v.id} — ${v.name}: ${v.state.stage ? `${STAGE_LABELS[v.state.stage]} since ${day(v.state.since)}` : 'no stage yet'}`,
        })),
      },
    ],
    data: views.map((v) => ({ deal: v.id, name: v.name, stage: v.state.stage, since: day(v.state.since) })),
  };
}

const TRACK_USAGE =
  'Write /deal track "Microsoft|MSFT" "OpenAI" as microsoft-openai (two to six parties; | separates other names).';

async function track(deps: DealCommandDeps, ctx: CommandContext, v: Values): Promise<Answer> {
  // One value, as typed or as Discord's option: quoted names, | before other names of a party.
  const parties = splitWords(String(v.parties))
    .map((a) => {
      const [name, ...aliases] = a
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean);
      return { name: name ?? '', aliases };
    })
    .filter((p) => p.name);
  if (parties.length < 2 || parties.length > 6) return answerError('A deal needs two to six parties.', TRACK_USAGE);
  const id = topicIdOf(v.id === undefined ? parties.map((p) => p.name).join('-') : String(v.id));
  if (!id) return answerError('That deal id has no letters or digits.', TRACK_USAGE);
  const spec: DealSpec = { parties };
  const name = parties.map((p) => p.name).join(' / ');
  const { created } = await upsertTeamTopic(
    deps.db,
    { team: ctx.team, id, name, query: dealQuery(spec), deal: JSON.stringify(spec) },
    deps.clock(),
  );
  const topic = (await findTopicForTeam(deps.db, ctx.team, id))!;
  await initDealStates(deps.db, [topic], deps.clock(), deps.readDealHistory);
  await deps.onChange?.();
  return {
    ephemeral: false,
    ok: true,
    title: `${created ? 'Now tracking' : 'Updated'} ${name} as ${id}.`,
    sections: [
      {
        lines: [
          {
            text: `/deal status ${id} says where it stands; /news subscribe ${id} alerts this channel when the stage changes.`,
          },
        ],
      },
    ],
    data: { deal: id, name, key: dealKey(topic), query: topic.query },
  };
}

const dealOption: OptionSpec = {
  name: 'deal',
  type: 'deal',
  placeholder: 'DEAL',
  description: 'deal id (see /deal list)',
  required: true,
};

/** The `/deal` subcommands: answers from the stories matched to the team's deal topics. */
export const DEAL_COMMANDS: SubcommandSpec<DealCommandDeps>[] = [
  {
    command: 'deal',
    name: 'list',
    help: "the team's deals and where each stands",
    summary: "this server's deals",
    options: [],
    run: (deps, ctx) => list(deps, ctx),
  },
  {
    command: 'deal',
    name: 'status',
    help: 'the stage and since when, one line on why (with the phrase it was read from and its sources), the key terms, the last five timeline events, and the numbered sources',
    summary: 'the stage, why, key terms and latest events',
    options: [dealOption],
    run: (deps, ctx, v) => status(deps, ctx, String(v.deal), false),
  },
  {
    command: 'deal',
    name: 'timeline',
    help: 'every event that moved or confirmed the stage, oldest first, with dates and sources',
    summary: 'every event of the deal',
    options: [dealOption],
    run: (deps, ctx, v) => status(deps, ctx, String(v.deal), true),
  },
  {
    command: 'deal',
    name: 'track',
    writes: true,
    help: 'follow a deal (admins): a team topic matching any two of the parties; `"Microsoft|MSFT"` gives a party other names. Subscribe a channel to it with `/news subscribe ID`',
    summary: 'follow a deal between parties (Manage Server)',
    admin: "change this team's deals",
    options: [
      {
        name: 'parties',
        type: 'text',
        placeholder: '"Party A" "Party B"',
        rest: true,
        description: 'e.g. "Microsoft|MSFT" "OpenAI"',
        required: true,
        ask: 'Which parties?',
        maxLength: 300,
      },
      {
        name: 'id',
        type: 'text',
        keyword: 'as',
        placeholder: 'ID',
        description: 'deal id, e.g. microsoft-openai',
        maxLength: 60,
      },
    ],
    run: track,
  },
];
