export { expandInputs, DEFAULT_EXTENSIONS, type ExpandOptions, type InputItem } from './expand.js';
export { sourceFromBytes, sourceFromString, formatForPath } from './source.js';
export { decode, checkEncodingName } from './decode.js';
export { htmlToText } from './html.js';
export { InputError, UsageError } from './errors.js';
export { sourceFromFileBytes, documentKind, readDocument, DOCUMENT_EXTENSIONS, type DocumentKind } from './readers.js';
export { readUrl, isUrl } from './url.js';
