// The CLI's exit codes (sysexits.h where one fits), documented in --help and docs/library-and-cli.md. When several
// apply, the most serious wins: INTERNAL > CANT_CREATE > NO_INPUT > DATA > OK.
export const EXIT = Object.freeze({
  /** Every input was converted (a failed arithmetic check is a fact about the report, not a failure). */
  OK: 0,
  /** The command line is wrong: an unknown option, a bad --format, no inputs. */
  USAGE: 2,
  /** At least one input is not a report the converter can read (not_a_report, unsupported_format, …). */
  DATA: 65,
  /** At least one input could not be read: a missing file, a glob or folder with no report in it. */
  NO_INPUT: 66,
  /** The converter failed on an input: a bug of ours. */
  INTERNAL: 70,
  /** --out: a file could not be written. */
  CANT_CREATE: 73,
})

/** @type {readonly number[]} */
const SEVERITY = [EXIT.OK, EXIT.DATA, EXIT.NO_INPUT, EXIT.CANT_CREATE, EXIT.INTERNAL]

/**
 * What a failed conversion means to a shell, by its error code (the core knows codes only).
 * @param {string} errorCode
 */
export function exitFor(errorCode) {
  return errorCode === 'internal' ? EXIT.INTERNAL : EXIT.DATA
}

/**
 * The more serious of two exit codes.
 * @param {number} a
 * @param {number} b
 */
export function worse(a, b) {
  return SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a
}
