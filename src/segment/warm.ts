// `npm install` runs this after the build: it builds the segmenter's
// dictionary once and writes its cache file (src/segment/cache-dir.ts), so the
// first real run starts as fast as every later one. Silent; never fails the install.
import { engineName, getJieba } from './engine.js';

try {
  if (engineName() === 'shared') getJieba();
} catch {
  // no cache then: the first run builds it
}
