import { HeldUploads as Held, heldUploadsDir } from '../core/held-uploads.ts';
import { statisticsErrors as E } from './messages.ts';

export type { HeldMeta } from '../core/held-uploads.ts';

/** Checked value files kept for the confirmation (core/held-uploads.ts), saying so in the statistics' words. */
export class HeldUploads extends Held {
  constructor(dir: string, minutes = 30) {
    super(dir, minutes, { gone: E.heldGone, notYours: E.heldNotYours, damaged: E.heldDamaged });
  }
}

let shared: HeldUploads | undefined;

/** The server's kept value files. */
export function heldUploads(): HeldUploads {
  shared ??= new HeldUploads(heldUploadsDir());
  return shared;
}
