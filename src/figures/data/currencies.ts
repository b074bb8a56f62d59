// The currencies of Hong Kong, Macao and Taiwan, and how their texts name
// them. Patterns match the Simplified view (a Traditional text's stages read
// 港币 for 港幣), so each word is written once, in Simplified.
import type { UnitDef } from './units.js';

/** currency words → the currency as written in wenxi's units (港元, 澳门元, 新台币) */
export const REGIONAL_CURRENCIES: Readonly<Record<string, string>> = {
  港元: '港元',
  港币: '港元',
  澳门元: '澳门元',
  澳门币: '澳门元',
  葡币: '澳门元',
  新台币: '新台币',
  台币: '新台币',
  人民币: '元',
  美元: '美元',
};

/** units the general table lacks: 500澳门元 (澳元 is the Australian dollar) */
export const REGIONAL_CURRENCY_UNITS: Readonly<Record<string, UnitDef>> = {
  澳门元: { base: '澳门元', category: 'money', kind: 'measure' },
  澳门币: { base: '澳门元', category: 'money', kind: 'measure' },
  葡币: { base: '澳门元', category: 'money', kind: 'measure' },
};

/** currency signs of the region written before the number (HK$ and US$ are in the general table) */
export const REGIONAL_CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  'NT$': '新台币',
  'NT＄': '新台币',
  'MOP$': '澳门元',
  'MOP＄': '澳门元',
  'HK＄': '港元',
};

/**
 * (港币，下同) / （澳门元，下同） / (以港元计，下同) / (单位：港元，下同): the currency of the amount
 * just before the note and of every amount after it.
 */
export const SAME_BELOW = /[(（]\s*(?:(?:货币)?单位\s*[:：]\s*)?(?:以|按)?\s*(港元|港币|澳门元|澳门币|葡币|新台币|台币|人民币|美元)\s*(?:计|计算)?\s*[，,、]\s*下同\s*[)）]/g;

/** the amount a note refers back to ends at most this many characters before it */
export const SAME_BELOW_REACH = 3;

/** names that make a text a Hong Kong one, where a bare $ is the Hong Kong dollar */
export const HONG_KONG_NAMES = /香港|本港|港府|港人|全港|港岛|九龙|新界/g;
/** how many mentions make a text a Hong Kong text */
export const HONG_KONG_MIN_MENTIONS = 2;

/** a bare dollar sign (US$, HK$, NT$ and MOP$ name their currency) */
export const DOLLAR_SIGNS = new Set(['$', '＄']);
