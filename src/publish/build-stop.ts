/** Stops the build with a readable block: the message is the whole report, no stack. */
export class BuildStop extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildStop';
    this.stack = message;
  }
}

/**
 * Ends the build with the report as the last thing printed: no stack trace and none of Astro's "unhandled
 * error" wrapping (`astro build --verbose` or DEBUG=1 throw it instead, with Astro's own details).
 */
export function stopBuild(report: string): never {
  if (process.argv.includes('--verbose') || process.env.DEBUG) throw new BuildStop(report);
  process.stderr.write(`\n${report}\n`);
  process.exit(1);
}

/** Runs a build step; a BuildStop it throws ends the build with its report (see stopBuild). */
export async function stoppingOn<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof BuildStop) stopBuild(e.message);
    throw e;
  }
}
