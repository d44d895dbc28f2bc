/**
 * Long loops on the main thread (an import's million rows) give the event loop a turn now and then, so the server
 * answers others — `/healthz`, a page — while they run: `if (slice.due()) await slice.breathe()` in the loop. `due`
 * is cheap (it looks at the clock every 1,024 calls only) and true once `ms` have passed since the last breath.
 */
export function timeSlicer(ms = 20): { due: () => boolean; breathe: () => Promise<void> } {
  let calls = 0;
  let since = performance.now();
  return {
    due: () => (++calls & 1023) === 0 && performance.now() - since >= ms,
    breathe: () =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          since = performance.now();
          resolve();
        }),
      ),
  };
}
