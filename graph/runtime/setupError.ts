// A set-up problem a person must fix (Java missing, port in use …): printed as one line, never as a stack trace.
export class SetupError extends Error {
  override readonly name = 'SetupError';
}
