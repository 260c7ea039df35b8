import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery } from '../../src/topics/parse-query.ts';

describe('the query language', () => {
  it.each([
    ['Microsoft AND OpenAI', 'microsoft AND openai'],
    ['Microsoft OpenAI', 'microsoft AND openai'],
    ['Adobe OR Figma', 'adobe OR figma'],
    ['"Activision Blizzard" deal', '"Activision Blizzard" AND deal'],
    ['(Adobe OR Figma) -rumor', '(adobe OR figma) AND NOT rumor'],
    ['Microsoft NOT Xbox', 'microsoft AND NOT xbox'],
    ['case:Arm AND chips', 'case:Arm AND chips'],
    ['T-Mobile', '"T-Mobile"'],
    ['a OR b c', 'a OR b AND c'],
  ])('%s parses as %s', (query, canonical) => {
    const q = parseQuery(query);
    const text = formatQuery(q).replace(/\b(Microsoft|OpenAI|Adobe|Figma|Xbox)\b/g, (w) => w.toLowerCase());
    expect(text).toBe(canonical);
  });

  it.each([
    ['', 1, 'empty'],
    ['(Adobe OR Figma', 16, 'never closed'],
    ['Adobe OR', 9, 'ends where a word'],
    ['Adobe )', 7, 'without a matching'],
    ['"Adobe Figma', 1, 'quote is never closed'],
    ['NOT Adobe', 1, 'at least one word to look for'],
    ['AND Adobe', 1, 'unexpected "AND"'],
    ['Adobe && &&', 10, 'unexpected "AND"'],
    ['Adobe "..."', 7, 'no letters or digits'],
  ])('%j is refused with a message that points at position %i', (query, position, message) => {
    expect(() => parseQuery(query)).toThrow(
      expect.objectContaining({
        code: 'newsbot/bad-query',
        context: expect.objectContaining({ position: position - 1 }),
        message: expect.stringContaining(message),
      }),
    );
  });

  it('shows where the problem is with a caret', () => {
    expect(() => parseQuery('Adobe OR (Figma')).toThrow('Adobe OR (Figma\n               ^');
  });

  it('a hostile nesting is a query error with a position, not a stack overflow; case: needs its word', () => {
    const deep = '('.repeat(2500) + 'Arm' + ')'.repeat(2500);
    expect(() => parseQuery(deep)).toThrow(
      expect.objectContaining({
        code: 'newsbot/bad-query',
        message: expect.stringContaining('nest deeper than 64 levels'),
      }),
    );
    expect(() => parseQuery(`${'NOT '.repeat(3000)}Arm`)).toThrow(
      expect.objectContaining({ code: 'newsbot/bad-query' }),
    );
    expect(parseQuery(`${'('.repeat(60)}Arm${')'.repeat(60)}`)).toMatchObject({ type: 'term', text: 'Arm' });
    for (const q of ['case:', 'case:(Arm)', 'Arm AND case: Holdings']) {
      expect(() => parseQuery(q), q).toThrow(
        expect.objectContaining({
          code: 'newsbot/bad-query',
          message: expect.stringContaining('case: applies to the word or phrase right after it'),
        }),
      );
    }
    expect(parseQuery('case:Arm')).toMatchObject({ type: 'term', caseSensitive: true });
  });
});
