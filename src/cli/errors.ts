// One-line errors for the command line: never a stack trace.

export function fail(message: string, code = 1): never {
  process.stderr.write(`readout: ${message}\n`);
  process.exit(code);
}
