import { describe, expect, it } from 'vitest';
import { explainMatch, TopicMatcher } from '../../src/topics/match-topics.ts';

const matcher = new TopicMatcher([
  { key: 'microsoft-openai', query: 'Microsoft AND OpenAI' },
  { key: 'adobe-figma', query: '(Adobe OR "Adobe Inc") AND Figma -rumor' },
  { key: 'arm', query: 'case:Arm AND (chip OR chips OR Nvidia)' },
  { key: 'nestle', query: 'Nestlé' },
  { key: 'activision', query: '"Activision Blizzard"' },
]);
const match = (title: string, summary = '') => matcher.match({ title, summary }).sort();

describe('matching items to topics', () => {
  it('matches whole words over title and summary, in any case', () => {
    expect(match('Microsoft said to consider ending negotiations', 'with OPENAI, people say')).toEqual([
      'microsoft-openai',
    ]);
    expect(match('Microsofts and OpenAIs')).toEqual([]);
    expect(match("OpenAI's deal with Microsoft")).toEqual(['microsoft-openai']);
  });

  it('ignores accents both ways', () => {
    expect(match('NESTLE profit falls')).toEqual(['nestle']);
    expect(match('Nestlé profit falls')).toEqual(['nestle']);
  });

  it('reads initials with full stops as the same word without them, both ways', () => {
    const steel = new TopicMatcher([
      { key: 'nippon-us-steel', query: '"Nippon Steel" AND "U.S. Steel"' },
      { key: 'uk', query: 'UK' },
    ]);
    const hits = (title: string) => steel.match({ title, summary: '' }).sort();
    expect(hits("Biden blocks Nippon Steel's deal to acquire US Steel")).toEqual(['nippon-us-steel']);
    expect(hits('Nippon Steel completes purchase of U.S. Steel')).toEqual(['nippon-us-steel']);
    expect(hits('U.K. regulator opens probe')).toEqual(['uk']);
    // (Single letters apart are still apart: "U S Steel" is three words, and a lone initial is no word run.)
    expect(hits('Nippon Steel and U. Steel')).toEqual([]);
  });

  it('honours NOT and phrases, and a phrase never spans title and summary', () => {
    expect(match('Adobe and Figma deal')).toEqual(['adobe-figma']);
    expect(match('Adobe and Figma deal rumor')).toEqual([]);
    expect(match('Microsoft closes Activision Blizzard purchase')).toEqual(['activision']);
    expect(match('Blizzard hits the east coast; Activision shares flat')).toEqual([]);
    expect(match('Microsoft buys Activision', 'Blizzard games are included')).toEqual([]);
  });

  it('a case-sensitive term tells the chip designer from an arm', () => {
    expect(match('Arm unveils a new chip design')).toEqual(['arm']);
    expect(match('Robot arm maker ships new chip')).toEqual([]);
    expect(match('ARM chips everywhere')).toEqual([]);
  });

  it('scales with words and hits, not topics: 10,000 topics, only candidates are evaluated', () => {
    const many = new TopicMatcher(
      Array.from({ length: 10_000 }, (_, i) => ({ key: `t${i}`, query: `company${i} AND (deal OR merger)` })),
    );
    expect(many.match({ title: 'company42 agrees merger', summary: 'company7 comments' }).sort()).toEqual([
      't42',
      't7',
    ]);
    expect(many.size).toBe(10_000);
    expect(many.evaluations).toBe(2); // the topics anchored on company42 and company7, nothing else
  });

  it('explains which terms matched', () => {
    expect(explainMatch('Microsoft AND OpenAI -Google', { title: 'Microsoft and OpenAI talks', summary: '' })).toEqual({
      matches: true,
      terms: [
        { term: 'Microsoft', caseSensitive: false, negated: false, found: true },
        { term: 'OpenAI', caseSensitive: false, negated: false, found: true },
        { term: 'Google', caseSensitive: false, negated: true, found: false },
      ],
    });
  });

  it('a malformed query names its topic', () => {
    expect(() => new TopicMatcher([{ key: 'broken', query: 'a OR' }])).toThrow(
      expect.objectContaining({ code: 'newsbot/bad-query', context: expect.objectContaining({ topic: 'broken' }) }),
    );
  });
});
