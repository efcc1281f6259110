// Takes screenshots of app routes in headless Chromium: node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--full]
import { chromium } from 'playwright-core';

const [url, out, size = '1920x1080'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (message) => message.type() === 'error' && console.log('console error:', message.text()));
page.on('pageerror', (error) => console.log('page error:', error.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
