import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A worker thread running one of the project's TypeScript modules: tsx's require hook first (found from here,
 * wherever the process started; it works inside a worker thread, where Node 20 applies no module loader hooks),
 * then the module. `resourceLimits` bound its heap: a thread that runs out of memory ends with
 * ERR_WORKER_OUT_OF_MEMORY, and the process lives on. Run from the compiled build, the module's `.js` twin is loaded as it is.
 */
export function tsWorker(module: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  // compiled (dist/): the module is JavaScript beside its caller, an ES module the thread loads itself
  const compiled = new URL(module.href.replace(/\.tsx?$/, '.js'));
  if (compiled.href !== module.href && !existsSync(module) && existsSync(compiled)) return new Worker(compiled, { workerData, resourceLimits });
  const require = createRequire(import.meta.url);
  const code = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();\nrequire(${JSON.stringify(fileURLToPath(module))});\n`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}

/** Whether a worker's error is its running out of the memory it was given. */
export const outOfMemory = (e: unknown): boolean => (e as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
