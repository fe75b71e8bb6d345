/**
 * The layout worker: elkjs's own worker script, which answers `{ id, cmd: 'layout', graph }`
 * messages with `{ id, data }` (the laid-out graph) or `{ id, error }`. elkWorker.ts talks to it;
 * the graph comes from shared/layout/elk.ts, so the app lays out as the CLI does.
 */
import 'elkjs/lib/elk-worker.min.js';
