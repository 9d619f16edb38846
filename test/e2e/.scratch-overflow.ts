import { launchBrowser } from '../helpers/browser.ts';
const b = await launchBrowser();
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:3217' + process.argv[2], { waitUntil: 'networkidle' });
const wide = await p.evaluate(() => {
  const vw = document.documentElement.clientWidth;
  const out: string[] = [];
  for (const el of document.querySelectorAll('body *')) { if (el.closest('.wrap')) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -1 || r.right > vw + 1) out.push(`${el.tagName}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  return out.slice(0, 15);
});
console.log(wide.join('\n'));
await b.close();
