/** A configuration mistake that prevents the server from starting (the CLI turns it into a diagnostic, exit 1). */
export class ServerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerConfigError';
  }
}
