// Renders Adaptive Card JSON files with the reference renderer (adaptivecards) in headless Chromium and writes one
// PNG screenshot per card. Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM=path).
// Usage: node render-cards.js <out-dir> <card.json>...
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium');
const { render } = require('./card-page');

const [outDir, ...files] = process.argv.slice(2);

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launch({ width: 560, height: 400 });
  try {
    const tab = await browser.context.newPage();
    for (const file of files) {
      const problems = await render(tab, 520, JSON.parse(fs.readFileSync(file, 'utf8')));
      const out = path.join(outDir, path.basename(file).replace(/\.json$/, '.png'));
      await tab.locator('#card').screenshot({ path: out });
      console.log(JSON.stringify({ file: path.basename(file), png: out, parseEvents: problems }));
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
