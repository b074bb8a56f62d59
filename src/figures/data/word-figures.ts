// Figures that words say without a numeral. `before` must stand right before
// the words (对折 alone also folds paper in two; 打对折 is a discount).
import type { FigureCategory } from '../../types.js';

export interface WordFigure {
  words: string;
  before?: string;
  value: number;
  unit: string;
  category: FigureCategory;
  discount?: boolean;
}

export const WORD_FIGURES: readonly WordFigure[] = [
  { words: '对折', before: '打', value: 50, unit: '%', category: 'percent', discount: true },
  { words: '對折', before: '打', value: 50, unit: '%', category: 'percent', discount: true },
];
