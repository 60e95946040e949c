// Renders each Adaptive Card with the reference renderer (adaptivecards) in headless Chromium at Teams' card width
// (450 px unless CARD_WIDTH says otherwise) and reports, per card, every text or button whose content is wider than
// its box (clipped, or with an ellipsis) or that reaches past the card's edge. Prints one JSON line per card.
// Usage: node check-card-overflow.js <card.json>...
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium');
const { render } = require('./card-page');

const width = Number(process.env.CARD_WIDTH || 450);

(async () => {
  const browser = await launch({ width: width + 64, height: 800 });
  try {
    const tab = await browser.context.newPage();
    for (const file of process.argv.slice(2)) {
      const parseEvents = await render(tab, width, JSON.parse(fs.readFileSync(file, 'utf8')));
      const overflows = await tab.evaluate(() => {
        const card = document.querySelector('#card').getBoundingClientRect();
        const found = [];
        for (const el of document.querySelectorAll('#card *')) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue; // hidden (e.g. details behind a toggle)
          const style = getComputedStyle(el);
          // Clipped: the content is wider than a box that hides (or ellipsizes) what does not fit.
          const clipped = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
          const outside = box.right > card.right + 0.5 || box.left < card.left - 0.5;
          if (clipped || outside) found.push({ element: el.className || el.tagName, text: (el.innerText || el.title || '').slice(0, 80), clipped, outside });
        }
        return found;
      });
      console.log(JSON.stringify({ file: path.basename(file), width, parseEvents, overflows }));
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
