import type { Stage } from '../../src/deals/stages.ts';

/** What one report says about a deal's stage, and the words that say it. */
export interface StageReading {
  stage: Stage;
  /** The phrase that decided it, as written in the text. */
  phrase: string;
  /** "said to", "reportedly", "may": the report does not claim it as fact. */
  hedged: boolean;
}

interface Rule {
  stage: Stage;
  re: RegExp;
}

/** Within one clause: no sentence break, but the dot of "$68.7 billion" is fine. */
const GAP = String.raw`(?:[^.;]|\.(?=\d))`;
const DEAL = String.raw`(?:deal|merger|acquisition|takeover|purchase|buyout|bid|offer|tie-up|combination|transaction|partnership)`;

/**
 * Phrases per stage. Each is a verb phrase about the deal itself, so "Microsoft weighs a bid"
 * is a rumour while "Microsoft weighs in on AI rules" is nothing. The earliest phrase in the
 * text wins ("in talks to acquire X for $23 billion" is talks, not an agreement).
 */
const RULES: Rule[] = [
  {
    stage: 'completed',
    re: new RegExp(
      String.raw`\b(?:complet(?:es|ed|ing)|clos(?:es|ed|ing)|finaliz(?:es|ed|ing)|finalis(?:es|ed|ing))\b${GAP}{0,60}?\b${DEAL}`,
      'i',
    ),
  },
  {
    stage: 'completed',
    re: /\b(?:completes|completed|closes|closed)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:acquiring|buying|purchase of)\b/i,
  },
  {
    stage: 'terminated',
    re: new RegExp(
      String.raw`\b(?:terminat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?|walk(?:s|ed|ing)? away from|pull(?:s|ed|ing)? out of|drop(?:s|ped|ping)?|end(?:s|ed|ing)?|kill(?:s|ed)?|cancel(?:s|led|ed|ling)?)\b${GAP}{0,50}?\b(?:${DEAL}|talks|negotiations)`,
      'i',
    ),
  },
  {
    stage: 'terminated',
    re: new RegExp(
      String.raw`\b${DEAL}s?\b[^.;]{0,30}?\b(?:collapses|collapsed|falls apart|fell apart|is off|is dead|terminated|abandoned|called off|scrapped)\b`,
      'i',
    ),
  },
  {
    stage: 'regulatory_review',
    re: /\b(?:sues?|sued|suing|lawsuit|moves?|seeks?|bid|challenge[sd]?)\b[^.;]{0,15}?\bto (?:block|halt|stop|unwind|pause)\b/i,
  },
  {
    stage: 'regulatory_review',
    re: /\b(?:opens?|opened|launch(?:es|ed)?|starts?|started|begins?|escalates?)\b[^.;]{0,20}?\b(?:in-depth |phase 2 |antitrust |full-scale |formal )?(?:investigation|probe|inquiry|review)\b/i,
  },
  {
    stage: 'regulatory_review',
    re: /\b(?:in-depth|phase 2|antitrust) (?:investigation|probe|review|scrutiny)\b|\bsecond request\b|\b(?:could|would|may) (?:harm|hurt|reduce|lessen) competition\b|\bcompetition concerns\b/i,
  },
  {
    stage: 'blocked',
    re: new RegExp(String.raw`\b(?:blocks?|blocked|prohibits?|prohibited|vetoe?s|vetoed)\b${GAP}{0,60}?\b${DEAL}`, 'i'),
  },
  {
    stage: 'approved',
    re: /\b(?:clears?|cleared|clearing|approves?|approved|approval for|green-?lights?|green-?lit|wins? (?:\w+ )?(?:approval|clearance)|signs? off on)\b/i,
  },
  {
    stage: 'approved',
    re: /\bsettles? with (?:the )?(?:doj|ftc|justice department|regulators)\b|\bsettlement with (?:the )?(?:doj|ftc|justice department|regulators)\b/i,
  },
  {
    stage: 'at_risk',
    re: /\b(?:talks|negotiations)\b[^.;]{0,20}?\b(?:stall(?:s|ed)?|falter(?:s|ed)?|break down|broke down|hit (?:a )?snags?|drag on|stuck)\b|\bthreaten(?:s|ed)? to (?:walk away|pull out|end|terminate|abandon|scrap)\b|\bon hold\b|\bin jeopardy\b|\bat risk\b|\bdoubts? (?:over|about)\b/i,
  },
  {
    stage: 'agreed',
    re: /\b(?:agrees?|agreed) to (?:buy|acquire|merge|sell|combine|purchase|take over|invest)\b|\b(?:strikes?|struck|reach(?:es|ed)?|sign(?:s|ed)?|seal(?:s|ed)?|ink(?:s|ed)?) (?:[\w$.,'-]+ ){0,3}?(?:deal|agreement|pact)\b/i,
  },
  {
    stage: 'agreed',
    re: /\bto (?:buy|acquire|take over|purchase|merge with)\b[^.;]{0,60}?\bfor (?:about |around |roughly |nearly |some )?[$€£]\s?\d/i,
  },
  {
    stage: 'agreed',
    re: /\b(?:to invest|invests?|extends? (?:its |their )?partnership|new (?:partnership )?agreement|definitive agreement)\b/i,
  },
  {
    stage: 'negotiating',
    re: /\b(?:in (?:advanced |exclusive |early |late-stage |preliminary )?talks|holds? talks|talks (?:to|with|over|about|on)|negotiat(?:e|es|ed|ing|ions)|renegotiat\w*|reopen\w* (?:talks|terms|negotiations)|nears? (?:a )?deal|close to (?:a )?deal)\b/i,
  },
  {
    stage: 'rumored',
    re: new RegExp(
      String.raw`\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|explor(?:es|ed|ing)|eye(?:s|d|ing)?|mull(?:s|ed|ing)?|prepar(?:es|ing)) (?:a |an |possible |potential )?(?:${DEAL}|sale|bid for|offer for|approach)\b`,
      'i',
    ),
  },
  {
    stage: 'rumored',
    re: /\bapproach(?:es|ed)?\b[^.;]{0,30}?\babout (?:a |an |possible |potential )?(?:takeover|deal|acquisition|merger|sale|buying)\b|\b(?:takeover|acquisition) interest\b|\binterest in (?:buying|acquiring)\b/i,
  },
];

/** The report does not claim it: a hedged termination is a deal at risk, hedged talk a rumour. */
const HEDGE =
  /\b(?:said to|is said|are said|reportedly|report(?:s|ed)? (?:say|that)|people familiar|sources say|according to (?:people|sources|a report)|may|might|could|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:es|ed|ing)|threaten(?:s|ed)?|poised to|set to|in line to|close to|nears?|expected to)\b/i;

/** Negations that cancel the claim: "denies talks", "not in talks", "rules out a bid". */
const NEGATION =
  /\b(?:den(?:y|ies|ied)|not in talks|no talks|not (?:negotiating|considering|planning|pursuing)|rules? out|ruled out|no plans? to|has no intention|dismiss(?:es|ed)? (?:reports?|speculation)|rejects? (?:reports?|speculation))\b/i;

function firstMatch(text: string): { rule: Rule; index: number; phrase: string } | undefined {
  let best: { rule: Rule; index: number; phrase: string } | undefined;
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (m && (!best || m.index < best.index)) best = { rule, index: m.index, phrase: m[0] };
  }
  return best;
}

/**
 * Reads the stage a report describes, from its headline first and its summary second.
 * Returns null when it says nothing about the deal's progress (earnings, a product launch,
 * layoffs) or denies what it mentions ("denies being in talks").
 */
export function classifyStageByPhrases(title: string, summary = ''): StageReading | null {
  for (const text of [
    title,
    summary
      .split(/(?<=[.!?])\s+/)
      .slice(0, 2)
      .join(' '),
  ]) {
    if (!text.trim()) continue;
    const hit = firstMatch(text);
    if (!hit) continue;
    // Negation and hedging count only near the phrase (the same clause, just before it).
    const before = text.slice(Math.max(0, hit.index - 60), hit.index + hit.phrase.length);
    if (NEGATION.test(before)) return null;
    const hedged = HEDGE.test(before);
    let stage = hit.rule.stage;
    if (hedged && stage === 'terminated')
      stage = 'at_risk'; // "considering ending", "could walk away"
    else if (hedged && stage === 'agreed' && /\b(?:close to|nears?|poised to|set to|expected to)\b/i.test(before))
      stage = 'negotiating';
    return { stage, phrase: hit.phrase.trim(), hedged };
  }
  return null;
}
