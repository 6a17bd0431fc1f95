import { describe, expect, it } from 'vitest';
import { findQuotes, maskQuotes } from '../../lib/claims/quotes';

describe('findQuotes', () => {
  it('finds curly and straight double quotations with their inner text', () => {
    const text = '“God bless they will,” he said. She replied: "We will see about that."';
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(['God bless they will,', 'We will see about that.']);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe('“God bless they will,”');
    expect(text.slice(q[1]!.innerStart, q[1]!.innerEnd)).toBe('We will see about that.');
  });

  it('keeps a multi-sentence quotation whole and finds fragments inside a sentence', () => {
    const text = 'He said the plan would “not bring us closer to peace” and “weaken the pressure.” Later: “One. Two. Three more words.”';
    expect(findQuotes(text).map((x) => x.text)).toEqual(['not bring us closer to peace', 'weaken the pressure.', 'One. Two. Three more words.']);
  });

  it('ignores scare quotes, apostrophes and lets an open quotation end with its line', () => {
    const text = 'The so-called “reset” failed. The country’s ‘plan’ stalled.\n“This runs on into the next paragraph\nNext line.';
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(['This runs on into the next paragraph']);
    expect(q[0]!.end).toBe(text.indexOf('\nNext'));
  });

  it('finds European quotation marks', () => {
    const q = (s: string) => findQuotes(s).map((x) => x.text);
    expect(q('Hän sanoi: ”Tämä on hyvä päivä meille.” Sitten hän lähti.')).toEqual(['Tämä on hyvä päivä meille.']);
    expect(q('Er sagte: „Das ist ein guter Tag.“ Dann ging er.')).toEqual(['Das ist ein guter Tag.']);
    expect(q('Er sagte: »Das ist ein guter Tag.« Dann ging er.')).toEqual(['Das ist ein guter Tag.']);
    expect(q('Il a dit : « C’est une bonne journée. » Puis il est parti.')).toEqual(['C’est une bonne journée.']);
    expect(q('“A closing mark” he said, and ”not a quote')).toEqual(['A closing mark']);
  });

  it('finds curly single quotations', () => {
    expect(findQuotes('He warned: ‘We are running out of time.’ Then he left.').map((x) => x.text)).toEqual(['We are running out of time.']);
  });

  it('masks quotations without moving offsets', () => {
    const text = 'A “quoted bit of text” here.';
    const masked = maskQuotes(text, findQuotes(text));
    expect(masked.length).toBe(text.length);
    expect(masked).toBe('A """""""""""""""""""" here.');
  });
});
