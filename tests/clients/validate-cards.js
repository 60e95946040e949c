// Checks Adaptive Card JSON files with the reference renderer's parser (adaptivecards 3.0.6): every parse event
// and validation event is a failure, plus what the parser does not flag (see shared/docs/real-clients.md):
// TextBlock without text, Action.Execute without verb, empty FactSet, Fact without title, missing version.
// Usage: node validate-cards.js <card.json>...   One JSON line per file; exit 1 if any card has a problem.
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');

function ownChecks(node, problems, where = '$') {
  if (Array.isArray(node)) { node.forEach((n, i) => ownChecks(n, problems, `${where}[${i}]`)); return; }
  if (!node || typeof node !== 'object') return;
  if (node.type === 'TextBlock' && (typeof node.text !== 'string' || node.text.length === 0)) problems.push(`${where}: TextBlock without text`);
  if (node.type === 'Action.Execute' && !node.verb) problems.push(`${where}: Action.Execute without verb`);
  if (node.type === 'FactSet' && (!Array.isArray(node.facts) || node.facts.length === 0)) problems.push(`${where}: empty FactSet`);
  if (node.type === 'FactSet' && Array.isArray(node.facts)) node.facts.forEach((f, i) => { if (!f.title) problems.push(`${where}.facts[${i}]: Fact without title`); });
  if (node.type === 'ActionSet' && (!Array.isArray(node.actions) || node.actions.length === 0)) problems.push(`${where}: empty ActionSet`);
  for (const [k, v] of Object.entries(node)) ownChecks(v, problems, `${where}.${k}`);
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const problems = [];
  if (json.type !== 'AdaptiveCard' || json.version !== '1.5') problems.push('$: must be an AdaptiveCard of version 1.5');
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) { const e = context.getEventAt(i); problems.push(`parse: ${e.message}`); }
  for (const e of card.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  ownChecks(json, problems);
  failed ||= problems.length > 0;
  console.log(JSON.stringify({ file: path.basename(file), ok: problems.length === 0, problems }));
}
process.exit(failed ? 1 : 0);
