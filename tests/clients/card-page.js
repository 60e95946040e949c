// One page that renders an Adaptive Card with the reference renderer (adaptivecards), shared by the screenshot and
// overflow scripts. Buttons are styled as Teams draws them: one line, clipped with an ellipsis when too long.
const fs = require('fs');

const acScript = fs.readFileSync(require.resolve('adaptivecards/dist/adaptivecards.js'), 'utf8');

function html(width) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #f5f5f5; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }
  #card { width: ${width}px; margin: 16px; background: white; border: 1px solid #e1e1e1; border-radius: 6px; }
  .ac-pushButton { border: 1px solid #6264a7; color: #6264a7; background: white; border-radius: 4px; padding: 4px 10px; margin: 2px;
                   white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
</style><script>${acScript}</script></head><body><div id="card"></div></body></html>`;
}

// Renders the card into #card; returns the number of parse events (errors and warnings) the renderer reported.
async function render(tab, width, json) {
  await tab.setContent(html(width));
  return tab.evaluate((card) => {
    const ac = new AdaptiveCards.AdaptiveCard();
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };
    const context = new AdaptiveCards.SerializationContext();
    ac.parse(card, context);
    document.getElementById('card').appendChild(ac.render());
    return context.eventCount;
  }, json);
}

module.exports = { render };
