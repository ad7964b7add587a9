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
