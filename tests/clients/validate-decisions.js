// Validates decision files against dialogs/decision.schema.json with Ajv (JSON Schema 2020-12) and the
// `yaml` parser: a check of the published schema by tools nobody on the team wrote.
// Usage: node validate-decisions.js <schema.json> <file.yaml>...   Prints one JSON line per file; exit 1 on any error.
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const YAML = require('yaml');

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let failed = false;
for (const file of files) {
  const document = YAML.parse(fs.readFileSync(file, 'utf8'));
  const ok = validate(document);
  failed ||= !ok;
  console.log(JSON.stringify({ file: path.basename(file), ok, errors: ok ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`) }));
}
process.exit(failed ? 1 : 0);
