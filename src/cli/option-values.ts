/** Parsers for option values, so a bad number is a usage error (exit 2), not a silent wrong answer. */
import { InvalidArgumentError } from 'commander';

/** A parser for whole-number options from `min` to `max`, e.g. `--depth` or `--port`. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const number = Number(value);
    // Number('') is 0 and Number('1e2') is 100: only plain digits are what a user means by a count.
    if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `It must be a whole number of ${min} or more.` : `It must be a whole number from ${min} to ${max}.`);
    }
    return number;
  };
}

/** A parser for a share from 0 to 1, e.g. `--confidence-min 0.85`. */
export function fraction(): (value: string) => number {
  return (value) => {
    const number = Number(value);
    // Number('') is 0: an empty value is a mistake, not "no minimum".
    if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError('It must be a number from 0 to 1, e.g. 0.85.');
    return number;
  };
}
