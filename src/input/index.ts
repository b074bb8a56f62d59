export { expandInputs, DEFAULT_EXTENSIONS, type ExpandOptions, type InputItem } from './expand.js';
export { sourceFromBytes, sourceFromString, formatForPath } from './source.js';
export { decode, checkEncodingName } from './decode.js';
export { htmlToText } from './html.js';
export { InputError, UsageError } from './errors.js';
