/** The codes a `ReadoutError` carries, so that callers can branch without parsing messages. */
export type ReadoutErrorCode =
  | 'INVALID_INPUT' // not a string, or a value of the wrong type
  | 'INPUT_TOO_LARGE' // over the size the parser accepts
  | 'INVALID_FRONT_MATTER' // a YAML block that does not parse, or is not a mapping
  | 'INVALID_OPTION' // an option out of range or of the wrong type
  | 'INVALID_GOLD'; // a gold file that does not follow ANNOTATION.md

/**
 * The one error type the library throws for bad input: a clear message and a code.
 *
 * @example
 * try { parseReadout(42 as never) } catch (e) { e instanceof ReadoutError && e.code }
 * //=> 'INVALID_INPUT'
 */
export class ReadoutError extends Error {
  readonly code: ReadoutErrorCode;

  constructor(code: ReadoutErrorCode, message: string) {
    super(message);
    this.name = 'ReadoutError';
    this.code = code;
  }
}
