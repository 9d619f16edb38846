import { launchBrowser } from '../helpers/browser.ts';
const base = process.env.BASE ?? 'http://127.0.0.1:3217';
const paths = (process.argv[2] ?? '/').split(',');
const width = Number(process.argv[3] ?? 1280);
const b = await launchBrowser();
const ctx = await b.newContext({ viewport: { width, height: 900 } });
const p = await ctx.newPage();
p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
p.on('pageerror', (e) => console.log('pageerror', e.message));
let i = 0;
for (const path of paths) {
  await p.goto(base + path, { waitUntil: 'networkidle' });
  if (process.env.OPEN) await p.locator('details.facets summary').click();
  if (process.env.SCROLL) await p.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL));
  const file = `/tmp/webshots/${i++}-${width}.png`;
  await p.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
  console.log(file, await p.title());
}
await b.close();
