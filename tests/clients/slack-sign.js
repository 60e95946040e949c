// Signs Slack requests the way Slack does, with Node's own crypto (independent of the bot's C# code):
// v0=HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}") in lowercase hex.
// Usage: node slack-sign.js <secret> <timestamp> <body-file>...   Prints one signature per line.
const crypto = require('crypto');
const fs = require('fs');
const [secret, timestamp, ...files] = process.argv.slice(2);
for (const file of files) {
  const body = fs.readFileSync(file);
  const hmac = crypto.createHmac('sha256', secret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(body);
  console.log(`v0=${hmac.digest('hex')}`);
}
