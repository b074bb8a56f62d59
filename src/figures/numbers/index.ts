// The number reader on its own: parse one whole string, format for people.
export { readNumber, readExact, resultToNumber, toAsciiDigits, type ReadResult } from './read.js';
export { formatChineseNumber, formatChineseNumerals } from './format.js';
