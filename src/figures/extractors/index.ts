// The finders, in priority order (the first wins a tie of equal spans).
import type { Extractor } from '../candidate.js';
import { bare } from './bare.js';
import { compoundMoney } from './compound-money.js';
import { fraction } from './fraction.js';
import { impliedMoney } from './implied-money.js';
import { impliedPeople } from './implied-people.js';
import { product } from './product.js';
import { quantity } from './quantity.js';
import { range } from './range.js';
import { tenths } from './tenths.js';

export const EXTRACTORS: readonly Extractor[] = [range, product, compoundMoney, fraction, tenths, quantity, impliedMoney, impliedPeople, bare];
