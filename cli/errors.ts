/**
 * A failure the user can act on: a file that cannot be read or is refused, an unknown scenario.
 * `run()` prints its message as one line on stderr and exits with status 2.
 */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}
