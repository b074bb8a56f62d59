// The page in a real browser (Debian's chromium): under its CSP it still
// reads pasted text and dropped files (GBK bytes included) and shows the report.
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, referencePath } from '../paths.js';
import { startServer, type Server } from './server.js';

/** Starting servers (and CLI runs) on a loaded 2-core machine can take a while. */
const STARTUP_MS = 120_000;

const CHROMIUM = '/usr/bin/chromium';
let server: Server;

beforeAll(async () => {
  server = await startServer(['-j', '1']);
}, STARTUP_MS);
afterAll(async () => {
  await server.stop();
});

describe.skipIf(!existsSync(CHROMIUM))('the page', () => {
  it('paste → report; a GBK file → report; no console errors (CSP allows what the page does)', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${server.url}/`);
      await page.fill('#text', readFileSync(referencePath, 'utf8'));
      await page.click('#go');
      // the HTML report, in a sandboxed frame; its own script runs there (CSP by hash)
      const frame = page.frameLocator('#report iframe');
      await frame.locator('h1').first().waitFor({ timeout: 20_000 });
      // the reference article's headline, read by eye
      expect(await frame.locator('h1').first().textContent()).toBe('肥城经开区初心"四卷"加快动能转换');
      expect(await frame.locator('mark[data-figure]').count()).toBe(16);
      expect(await frame.locator('table tbody tr').count()).toBeGreaterThan(0);
      // the report's script ran: its search box hides rows that do not match
      await frame.locator('input[type="search"]').first().fill('860万元');
      await page.waitForTimeout(500);
      expect(await frame.locator('table tbody tr:visible').count()).toBeLessThan(16);
      await page.setInputFiles('#file', join(corpusDir, 'gbk', '03_dingnan_minsheng.gbk.txt'));
      await expect.poll(async () => frame.locator('h1').first().textContent(), { timeout: 20_000 }).toBe('点点滴滴民生情');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
