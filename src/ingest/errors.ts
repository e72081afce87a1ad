// The one error the ingest stage raises for input it cannot read as a readout.

/** Input that cannot be read as a readout. `message` is one line naming the input and the reason. */
export class InputError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}
