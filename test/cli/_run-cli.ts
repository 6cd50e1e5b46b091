import { main } from '../../provider/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI entry point (commander parsing, command, error printing) in this process, capturing its output.
 * Spawning a process per case would cost a second of TypeScript start-up each; the spawned path is tested separately.
 */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write, err: process.stderr.write };
  const savedExit = process.exitCode;
  process.exitCode = undefined;
  // The CLI writes strings. Buffers are the test runner's own (serialized) reports, written asynchronously; capturing
  // them would silently drop earlier tests' results from the run, so they pass through.
  const capture = (into: string[], stream: NodeJS.WriteStream, real: typeof process.stdout.write) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) =>
      typeof chunk === 'string' ? (into.push(chunk), true) : (real as (...a: unknown[]) => boolean).call(stream, chunk, ...rest)) as typeof process.stdout.write;
  process.stdout.write = capture(out, process.stdout, write.out);
  process.stderr.write = capture(err, process.stderr, write.err);
  try {
    const code = await main(['node', 'applemdm', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    process.exitCode = savedExit;
  }
}
