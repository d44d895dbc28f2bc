import { describe, expect, it } from 'vitest';
import { checkinBarcodeSvg } from '../../src/events/checkin-barcode.ts';

/** The check-in code as a Code 128 barcode: an SVG of bars only, the same for the code with or without its dashes. */
describe('check-in barcode', () => {
  it('draws the code as bars; dashes shown to people are not encoded; another code, other bars', () => {
    const svg = checkinBarcodeSvg('ABCD-EFGH-JKLM');
    expect(svg).toMatch(/^<svg viewBox="0 0 \d+ \d+" xmlns="http:\/\/www.w3.org\/2000\/svg">/);
    expect(svg).not.toMatch(/<script|<text/);
    expect(checkinBarcodeSvg('ABCDEFGHJKLM')).toBe(svg);
    expect(checkinBarcodeSvg('ABCD-EFGH-JKLN')).not.toBe(svg);
    // Code 128: start, 12 characters, check character, stop — each symbol 3 bars, the stop 4: 46 bars
    expect(svg.match(/M\d+ \d+L\d+ \d+/g)?.length).toBe(46);
  });
});
