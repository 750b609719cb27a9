/**
 * The one error the quantity library throws. Every rejection names the offending text and says what
 * to write instead, because the server never validates quantities (api-contract.md §2.2, §1.1): a
 * malformed one makes the real server panic, so the editor is the last place a person can fix it.
 */

/** Why a text was rejected; lets a form pick its own wording or highlight the right part. */
export type QuantityErrorReason =
  /** The text is empty. */
  | 'empty'
  /** Spaces, tabs or line breaks somewhere in the text (Kubernetes forbids them everywhere). */
  | 'whitespace'
  /** The numeric part is malformed: no digits, two decimal points, two signs, a comma... */
  | 'number'
  /** The suffix is not one of `n u m "" k M G T P E Ki Mi Gi Ti Pi Ei` or `e<integer>`. */
  | 'suffix'
  /** The `e`/`E` exponent is missing, malformed or outside the 32-bit range Kubernetes allows. */
  | 'exponent'
  /** The value is too large for this library (see MAX_INTEGER_DIGITS in parse.ts). */
  | 'range'
  /** The text is longer than this library accepts (see MAX_QUANTITY_LENGTH in parse.ts). */
  | 'length'
  /** A unit given to `quantityFromUnit` / `quantityToUnit` is not a Kubernetes suffix. */
  | 'unit';

export class QuantityError extends Error {
  /** The text that was rejected, exactly as given. */
  readonly input: string;
  readonly reason: QuantityErrorReason;

  constructor(input: string, reason: QuantityErrorReason, message: string) {
    super(message);
    this.name = 'QuantityError';
    this.input = input;
    this.reason = reason;
    // Keeps `instanceof` working when the class is down-levelled or crosses bundles.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Quotes user text for a message, making invisible characters visible (`"1\t"`, not `"1	"`). */
export function quoteInput(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return JSON.stringify(shown);
}
