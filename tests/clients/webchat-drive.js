// Drives the bot's page at / (Bot Framework Web Chat on the bot's Direct Line endpoint) in headless Chromium as a
// person would: `decide`, then every question answered by clicking the card's buttons (or picking from its choice
// list), a question for the knowledge base, and `summary`. Prints one JSON report; writes screenshots to <out-dir>.
// Usage: node webchat-drive.js <bot-url> <out-dir>
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium');

const [botUrl, outDir] = process.argv.slice(2);
const TIMEOUT = 30000;

// The conversation as the server holds it (the page's own token), so the driver waits on what the bot really sent.
async function botActivities(page) {
  return page.evaluate(async () => {
    const dl = window.advisorBotDirectLine;
    const response = await fetch(`/v3/directline/conversations/${dl.conversationId}/activities`, { headers: { authorization: `Bearer ${dl.token}` } });
    return (await response.json()).activities.filter((a) => a.from && a.from.role === 'bot');
  });
}

const cardsOf = (activities) => activities.flatMap((a) => (a.attachments || []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'));
const cardText = (card) => JSON.stringify(card.content);

// Runs one user action, waits until the bot's turn is done and every card it sent is rendered; returns the last card.
async function step(page, act) {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && /\/activities$/.test(r.url()), { timeout: TIMEOUT });
  await act();
  const response = await posted;
  if (!response.ok()) throw new Error(`post answered ${response.status()}`);
  const cards = cardsOf(await botActivities(page));
  await page.waitForFunction((n) => document.querySelectorAll('.webchat__basic-transcript .ac-adaptiveCard').length >= n, cards.length, { timeout: TIMEOUT });
  return cards[cards.length - 1];
}

async function say(page, text) {
  return step(page, async () => {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
  });
}

const lastCard = (page) => page.locator('.webchat__basic-transcript .ac-adaptiveCard').last();

// Answers the question on the last card by clicking: a choice list gets its first choice(s) then "Answer"; buttons get the first answer button.
async function answer(page) {
  const card = lastCard(page);
  const radios = card.locator('input[type=radio]');
  const boxes = card.locator('input[type=checkbox]');
  const note = card.locator('textarea, input[type=text]');
  if (await radios.count() > 0) {
    await radios.first().check();
    return { how: 'list', click: () => card.getByRole('button', { name: 'Answer', exact: true }).click() };
  }
  if (await boxes.count() > 0) {
    await boxes.first().check();
    if (await boxes.count() > 1) await boxes.nth(1).check();
    return { how: 'multiple', click: () => card.getByRole('button', { name: 'Answer', exact: true }).click() };
  }
  if (await note.count() > 0) {
    await note.first().fill('We already run a Node.js front end; the team knows TypeScript.');
    return { how: 'note', click: () => card.getByRole('button', { name: 'Save note', exact: true }).click() };
  }
  const buttons = card.locator('.ac-actionSet .ac-pushButton');
  if (await buttons.count() === 0) throw new Error('the question card has no answer buttons, choice list or note');
  return { how: 'button', click: () => buttons.first().click() };
}

async function shoot(locator, name, shots) {
  const file = path.join(outDir, name);
  await locator.screenshot({ path: file });
  shots.push(file);
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launch({ width: 1100, height: 900 });
  const report = { questions: [], results: [], answer: null, digest: null, screenshots: [], consoleErrors: [] };
  try {
    const page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') report.consoleErrors.push(m.text()); });
    await page.goto(botUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => window.advisorBotDirectLine && window.advisorBotDirectLine.conversationId, null, { timeout: TIMEOUT });
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: TIMEOUT });
    report.header = await page.locator('body > header').innerText();

    // A text reply of several lines: Web Chat must show them as separate paragraphs, not one run-on line.
    await say(page, 'decisions');
    const list = page.locator('.webchat__bubble__content', { hasText: 'Decisions I can guide:' }).first();
    await list.waitFor({ timeout: TIMEOUT });
    report.listParagraphs = await list.locator('p').count();

    let card = await say(page, 'decide');
    for (let i = 0; i < 60 && card; i++) {
      const text = cardText(card);
      if (text.includes('Recommendation: ')) {
        report.results.push(card.content);
        await shoot(lastCard(page), `result-${report.results.length}.png`, report.screenshots);
        const follow = (await botActivities(page)).slice(-1)[0];
        const followCards = cardsOf([follow]);
        if (followCards.length === 0 || !cardText(followCards[0]).includes('Question ')) break;
        card = followCards[0];
        continue;
      }
      if (!text.includes('Question ')) throw new Error(`expected a question or a result, got ${text.slice(0, 300)}`);
      const { how, click } = await answer(page);
      report.questions.push({ how, card: text.match(/Question \d+ of \d+/)?.[0] });
      if (report.questions.length === 3) await shoot(lastCard(page), 'question.png', report.screenshots);
      card = await step(page, click);
    }

    card = await say(page, 'What is the GIL?');
    report.answer = card.content;
    await shoot(lastCard(page), 'answer.png', report.screenshots);

    card = await say(page, 'summary');
    report.digest = card.content;
    await shoot(lastCard(page), 'digest.png', report.screenshots);

    await page.locator('.webchat__basic-transcript__scrollable').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await shoot(page, 'page.png', report.screenshots);
    report.transcript = await page.locator('.webchat__basic-transcript').innerText();
    report.unsent = await page.getByText('Send failed').count();
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(report));
})().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
