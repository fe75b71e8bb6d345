/**
 * ELK run in the calling thread (elk.bundled.js), for the command line, the bench and the tests.
 * The app runs ELK in a web worker instead (renderer/src/layout/elkWorker.ts); both hand the same
 * graph from elk.ts to the same ELK.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkLayout } from './elk';

let instance: InstanceType<typeof ELK> | null = null;

/** ELK's layered layout in this thread. */
export const elkInThread: ElkLayout = (graph) => {
  instance ??= new ELK();
  return instance.layout(graph);
};
