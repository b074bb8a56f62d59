// Where tests find real text: the project's fixtures, and ../shared beside the checkout.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = resolve(repoRoot, '../shared');
export const corpusDir = join(sharedDir, 'corpus');
export const goldDir = join(corpusDir, 'gold');
export const fixture = (name: string) => join(repoRoot, 'fixtures', name);
export const referencePath = fixture('reference.txt');
export const wenxiBin = join(repoRoot, 'bin', 'wenxi.js');
