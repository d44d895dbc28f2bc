import bwipjs from 'bwip-js';

/**
 * The registration's check-in code as a Code 128 barcode (SVG, drawn on the server by bwip-js): what the organiser's
 * scanner reads at the door from the registrant's phone or printout. Code 128 because every hand scanner reads it
 * and the code's letters and digits fit its set B; the dashes shown for people are left out (the check-in reads
 * the code with or without them).
 */
export function checkinBarcodeSvg(code: string): string {
  return bwipjs.toSVG({ bcid: 'code128', text: code.replace(/-/g, ''), height: 12, scale: 2, includetext: false, paddingwidth: 10, paddingheight: 4 });
}
