// OpenCC's tables load only for a Traditional text: `wenxi figures` on a
// Simplified article never pays for them. (This file loads no converter itself.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sourceFromString } from '../../src/input/source.js';
import { makeProcessor } from '../../src/pipeline/tasks.js';
import { isOpenCCLoaded } from '../../src/script/index.js';
import { corpusDir, referencePath } from '../paths.js';

it('loads the Traditional tables only when a Traditional text comes', async () => {
  const process = await makeProcessor('figures', {});
  for (const f of ['03_dingnan_minsheng.txt', '23_guowuyuan_zhengfu_gongzuo_baogao_2019.txt'])
    process(sourceFromString(f, readFileSync(join(corpusDir, f), 'utf8'), 'utf-8', 'text'));
  process(sourceFromString('reference.txt', readFileSync(referencePath, 'utf8'), 'utf-8', 'text'));
  expect(isOpenCCLoaded()).toBe(false);
  const hant = 'hant/t08_xianggang_yiyue_lingshouye_xiaohuozhi.txt';
  process(sourceFromString(hant, readFileSync(join(corpusDir, hant), 'utf8'), 'utf-8', 'text'));
  expect(isOpenCCLoaded()).toBe(true);
});
