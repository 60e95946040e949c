// Renders a Helm chart's templates the way `helm template` does, for machines without a helm binary: Go's own
// text/template engine (compiled to WebAssembly, npm @evertdespiegeleer/go-template) with the chart's values and
// the Release and Chart objects, every `define` of templates/_*.tpl in scope; then each rendered document is checked
// against the Kubernetes OpenAPI schemas (npm kubernetes-models). Only Go's built-in template functions exist here
// (no Sprig), and a missing value is an error rather than an empty string.
// Usage: node render-chart.js <chart folder> [--release NAME] [--namespace NS] [--set-json '{"a":{"b":1}}']
// Prints {"ok":..., "documents":[{"template","object"}], "errors":[...]}; exit 1 on any error.
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const models = {
  'apps/v1/Deployment': () => require('kubernetes-models/apps/v1').Deployment,
  'v1/Service': () => require('kubernetes-models/v1').Service,
  'autoscaling/v2/HorizontalPodAutoscaler': () => require('kubernetes-models/autoscaling/v2').HorizontalPodAutoscaler,
  'v1/Secret': () => require('kubernetes-models/v1').Secret,
  'v1/ConfigMap': () => require('kubernetes-models/v1').ConfigMap,
  'policy/v1/PodDisruptionBudget': () => require('kubernetes-models/policy/v1').PodDisruptionBudget,
  'networking.k8s.io/v1/Ingress': () => require('kubernetes-models/networking.k8s.io/v1').Ingress,
};

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

function merge(base, over) {
  if (over === null || typeof over !== 'object' || Array.isArray(over) || base === null || typeof base !== 'object' || Array.isArray(base)) return over;
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = key in base ? merge(base[key], value) : value;
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const chartDir = args[0];
  const errors = [];
  const documents = [];
  const chart = YAML.parse(fs.readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8'));
  if (chart.apiVersion !== 'v2') errors.push(`Chart.yaml: apiVersion must be v2, not ${chart.apiVersion}`);
  if (chart.name !== path.basename(path.resolve(chartDir))) errors.push(`Chart.yaml: name ${chart.name} must match the chart's folder`);
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(String(chart.version))) errors.push(`Chart.yaml: version ${chart.version} is not SemVer 2`);
  const values = merge(YAML.parse(fs.readFileSync(path.join(chartDir, 'values.yaml'), 'utf8')), JSON.parse(option(args, '--set-json', '{}')));
  const scope = {
    Values: values,
    Release: { Name: option(args, '--release', 'advisorbot'), Namespace: option(args, '--namespace', 'default'), Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion, Description: chart.description },
  };
  const templatesDir = path.join(chartDir, 'templates');
  const files = fs.readdirSync(templatesDir).sort();
  const helpers = files.filter(f => f.startsWith('_')).map(f => fs.readFileSync(path.join(templatesDir, f), 'utf8')).join('\n');
  const { parse } = await import('@evertdespiegeleer/go-template');
  for (const file of files.filter(f => !f.startsWith('_') && /\.ya?ml$/.test(f))) {
    let rendered;
    try {
      // The helpers' defines come first and print nothing (Helm keeps them in one template set the same way).
      rendered = await parse(helpers + fs.readFileSync(path.join(templatesDir, file), 'utf8'), scope);
    } catch (e) {
      errors.push(`${file}: ${e.name}: ${e.message}`);
      continue;
    }
    for (const doc of YAML.parseAllDocuments(rendered)) {
      if (doc.errors.length > 0) {
        errors.push(...doc.errors.map(e => `${file}: YAML: ${e.message}`));
        continue;
      }
      const object = doc.toJS();
      if (object === null || object === undefined) continue; // a template switched off by its values
      const model = models[`${object.apiVersion}/${object.kind}`];
      if (!model) {
        errors.push(`${file}: no schema here for ${object.apiVersion} ${object.kind}`);
        continue;
      }
      try {
        new (model())(object).validate();
      } catch (e) {
        errors.push(`${file}: ${object.kind} ${object.metadata?.name}: ${e.message}`);
      }
      documents.push({ template: file, object });
    }
  }
  console.log(JSON.stringify({ ok: errors.length === 0, documents, errors }));
  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch(e => { console.log(JSON.stringify({ ok: false, documents: [], errors: [String(e && e.stack || e)] })); process.exit(1); });
