/**
 * The W3C Nu HTML Checker (the `vnu-jar` package) over a list of files, in one Java process.
 * It needs a Java runtime (17 or newer): `java` on PATH or under JAVA_HOME.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

export function nuCheck(files: string[]): NuMessage[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
  const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(
      `The Nu HTML Checker needs a Java runtime (17+), and ${java} could not start (${run.error.message}). ` +
        'Install one (Debian: apt-get install default-jre-headless) or set JAVA_HOME.',
    );
  try {
    return (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu HTML Checker gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}
