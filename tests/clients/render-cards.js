// Renders Adaptive Card JSON files with the reference renderer (adaptivecards) in headless Chromium and writes one
// PNG screenshot per card. Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM=path).
// Usage: node render-cards.js <out-dir> <card.json>...
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium');

const [outDir, ...files] = process.argv.slice(2);
const acScript = fs.readFileSync(require.resolve('adaptivecards/dist/adaptivecards.js'), 'utf8');
const page = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #f5f5f5; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }
  #card { width: 520px; margin: 16px; background: white; border: 1px solid #e1e1e1; border-radius: 6px; }
  .ac-pushButton { border: 1px solid #6264a7; color: #6264a7; background: white; border-radius: 4px; padding: 4px 10px; margin: 2px; }
</style><script>${acScript}</script></head><body><div id="card"></div></body></html>`;

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launch({ width: 560, height: 400 });
  try {
    const tab = await browser.context.newPage();
    for (const file of files) {
      await tab.setContent(page);
      const problems = await tab.evaluate((json) => {
        const card = new AdaptiveCards.AdaptiveCard();
        AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };
        const context = new AdaptiveCards.SerializationContext();
        card.parse(json, context);
        const rendered = card.render();
        document.getElementById('card').appendChild(rendered);
        return context.eventCount;
      }, JSON.parse(fs.readFileSync(file, 'utf8')));
      const out = path.join(outDir, path.basename(file).replace(/\.json$/, '.png'));
      await tab.locator('#card').screenshot({ path: out });
      console.log(JSON.stringify({ file: path.basename(file), png: out, parseEvents: problems }));
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
