// The Bot Framework SDK for JavaScript's echo bot, as its samples build it: express, CloudAdapter, ActivityHandler.
// Authentication off (no MicrosoftAppId), so it takes the bench's unsigned activities; with deliveryMode
// expectReplies the SDK returns the reply in the HTTP response and calls no Connector.
// Usage: PORT=3979 node echo-bot.js   (listens on 127.0.0.1 only)
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn failed: ${error}`);
  await context.sendActivity('Sorry, something went wrong.');
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

const bot = new EchoBot();
const app = express();
app.use(express.json({ limit: '256kb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, context => bot.run(context)));
const port = Number(process.env.PORT || 3979);
app.listen(port, '127.0.0.1', () => console.log(`echo bot on http://127.0.0.1:${port}/api/messages`));
