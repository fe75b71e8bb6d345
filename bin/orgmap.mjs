#!/usr/bin/env node
// The `orgmap` command. It runs the TypeScript sources through tsx, so it works in the repository
// right after `npm install`, with no build step. All the logic is in cli/main.ts.
import { register } from 'tsx/esm/api';

// `orgmap analyze … | head` closes the pipe early; that is not a fault.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  register();
  const { run, nodeIO } = await import('../cli/main.ts');
  process.exitCode = await run(process.argv.slice(2), nodeIO());
} catch (error) {
  // Only reached when the CLI itself cannot load (run() catches everything else).
  process.stderr.write(`orgmap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
