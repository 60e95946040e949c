// Validates a Teams app manifest against the JSON schema of its manifestVersion, as shipped offline in the npm
// package @microsoft/app-manifest (the schema Microsoft publishes; draft-04, so Ajv's draft-04 class, with formats).
// Usage: node validate-teams-manifest.js <manifest.json | app package .zip's extracted manifest.json>
// Prints {"ok", "manifestVersion", "schema", "errors"}; exit 1 when the manifest does not validate.
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8').replace(/^\uFEFF/, ''));
const version = String(manifest.manifestVersion);
const schemaPath = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
if (!/^\d+\.\d+$/.test(version) || !fs.existsSync(schemaPath)) {
  console.log(JSON.stringify({ ok: false, manifestVersion: version, schema: null, errors: [`no schema shipped for manifestVersion ${version}`] }));
  process.exit(1);
}
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8').replace(/^\uFEFF/, ''));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const ok = validate(manifest);
console.log(JSON.stringify({
  ok,
  manifestVersion: version,
  schema: path.relative(path.join(__dirname, 'node_modules'), schemaPath),
  errors: ok ? [] : validate.errors.map(e => `${e.instancePath || '/'} ${e.message}${e.params && e.params.allowedValues ? ' ' + JSON.stringify(e.params.allowedValues) : ''}`),
}));
process.exit(ok ? 0 : 1);
