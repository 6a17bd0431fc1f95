import { describe, expect, it } from 'vitest';
import { claimKey, claimTarget } from '../../lib/claims/key';

describe('claimKey', () => {
  it('is the same for the same words, whatever the quote marks, case and spacing', () => {
    const a = claimKey('“This is the exchange,” he said.');
    expect(claimKey('"this is the  exchange,"  He said.')).toBe(a);
    expect(claimKey('“This was the exchange,” he said.')).not.toBe(a);
    expect(claimTarget('x')).toBe(`claim:${claimKey('x')}`);
  });
});
