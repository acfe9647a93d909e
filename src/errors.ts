/** An input that cannot be turned into a record. `reason` is what the user reads after the path. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
  }
}
