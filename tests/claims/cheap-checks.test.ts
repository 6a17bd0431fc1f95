import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims/index';

const LEAD = 'Rents rose by 12% last year, the agency said.\n\n';
/** The texts of the claims of LEAD and one more paragraph. */
const claimsAfterLead = (paragraph: string): string[] => findClaims(LEAD + paragraph, []).map((c) => c.text);

// findClaims reads a few characters before it runs a pattern (an editor's note, a list number before a quoted
// heading); these check the answers where those characters decide.
describe('checks read by characters before a pattern', () => {
  it('leaves out a paragraph that opens as a note on an earlier version, after "a", "an" or "the" in any case', () => {
    expect(claimsAfterLead('An earlier version of this article said rents rose by 21% in 2023.')).toHaveLength(1);
    expect(claimsAfterLead('THE   PREVIOUS version of this story said rents rose by 21% in 2023.')).toHaveLength(1);
    expect(claimsAfterLead('A previous version of this report gave 21% for 2023.')).toHaveLength(1);
  });

  it('keeps a paragraph that opens with "the", "a" or another word but is no such note', () => {
    expect(claimsAfterLead('The earlier figure of 21% in 2023 was revised by the agency.')).toHaveLength(2);
    expect(claimsAfterLead('A previous estimate put the rise at 21% in 2023.')).toHaveLength(2);
    expect(claimsAfterLead('Then earlier this year rents rose by 21% in 2023.')).toHaveLength(2);
    expect(claimsAfterLead('Anearlier version of this article said rents rose by 21% in 2023.')).toHaveLength(2);
  });

  it('takes a quotation alone on its line after a list number of one or two digits for a heading, not after three', () => {
    const quotes = (line: string): number => findClaims(`Here are the highlights.\n\n${line}\n\nThe talks ended.`, []).filter((c) => c.kind === 'quote').length;
    expect(quotes('12) "Not some irregular channel"')).toBe(0);
    expect(quotes('  3.  "Not some irregular channel"')).toBe(0);
    expect(quotes('123. "Not some irregular channel"')).toBe(1);
    expect(quotes('3 "Not some irregular channel"')).toBe(1);
  });
});
