// Writes the framework type declarations of the `vf-*` elements from the root custom-elements.json:
//   dist/types/vue/index.d.ts  Vue `GlobalComponents` (template type checking with vue-tsc)
//   dist/types/jsx/index.d.ts  JSX `CustomElements` / `ScopedElements` (React 19, Preact, Solid...)
// Run it after the root build (the declarations import the element classes from dist/):
//   node scripts/generate-framework-types.mjs [--manifest path] [--dist path]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    manifest: { type: 'string', default: join(root, 'custom-elements.json') },
    dist: { type: 'string', default: join(root, 'dist') },
  },
});

if (!existsSync(args.manifest)) {
  console.error(`generate-framework-types: ${args.manifest} is missing (npm run manifest)`);
  process.exit(1);
}

// Both generators are devDependencies of the root package.
const { generateVuejsTypes } = await import('custom-element-vuejs-integration');
const { generateJsxTypes } = await import('custom-element-jsx-integration');

/** Native events the form elements fire (`input`, `change`): typed `Event`, not `CustomEvent`. */
const NATIVE_EVENTS = new Set(['input', 'change', 'focus', 'blur']);
const NATIVE_MARKER = 'never';

/** The event names of `VfEventDetails` (src/internal/events.ts), the kit's typed event map. */
function vfEventNames() {
  const source = readFileSync(join(root, 'src', 'internal', 'events.ts'), 'utf8');
  const body = /export interface VfEventDetails \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return new Set([...body.matchAll(/^\s*'(vf-[a-z-]+)'\s*:/gm)].map((match) => match[1]));
}

/**
 * The manifest's event types are the `@fires` texts, which name types the generated file does not
 * import (`AutoscalingSettings`, ...). Point every `vf-*` event at `VfEventDetails['<name>']`
 * instead, the same map `GlobalEventHandlersEventMap` uses, so the declarations always agree.
 */
function prepareManifest(manifest, eventNames) {
  const copy = structuredClone(manifest);
  const unknown = [];
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        if (eventNames.has(event.name)) {
          event.type = { text: `VfEventDetails['${event.name}']` };
        } else {
          if (!NATIVE_EVENTS.has(event.name)) unknown.push(`${declaration.tagName} ${event.name}`);
          event.type = { text: NATIVE_MARKER };
        }
      }
    }
  }
  if (unknown.length > 0) {
    console.warn(`generate-framework-types: typed as Event (not in VfEventDetails): ${unknown}`);
  }
  return copy;
}

/** Class name → its module in dist/ as seen from `outdir` (`../../elements/x/x.js`). */
function componentPaths(manifest, outdir) {
  const paths = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const built = join(args.dist, module.path.replace(/^src\//, '').replace(/\.ts$/, '.js'));
      const declarationFile = built.replace(/\.js$/, '.d.ts');
      if (!existsSync(declarationFile)) {
        throw new Error(`${declarationFile} is missing: run the root build first`);
      }
      paths.set(declaration.name, relative(outdir, built).split(sep).join('/'));
    }
  }
  return paths;
}

const camelize = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

/**
 * vue-tsc checks a template the way Vue's compiler normalizes it: `tenant-id="x"` is the prop
 * `tenantId`, `@vf-scale-accepted` the prop `onVfScaleAccepted`, and `v-model` the pair
 * `modelValue` / `onUpdate:modelValue`. The generator writes keys as the manifest spells them
 * (`"tenant-id"`, `"onvf-scale-accepted"`), which strict template checking rejects, so rename
 * them, and declare `v-model` on the form elements (a `value` property and native `input`).
 */
function vueTemplateKeys(text, manifest) {
  const vModel = new Set();
  const events = new Set();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) events.add(event.name);
      const hasValue = declaration.members?.some((member) => member.name === 'value');
      const firesInput = declaration.events?.some((event) => event.name === 'input');
      if (declaration.tagName && hasValue && firesInput) vModel.add(declaration.name);
    }
  }
  const lines = [];
  let props = null;
  let comment = false;
  for (const line of text.split('\n')) {
    const start = /^type (\w+)Props = \{$/.exec(line);
    if (start) props = start[1];
    else if (props && line === '};') {
      if (vModel.has(props)) {
        lines.push(
          '  /** `v-model`: Vue sets the `value` property and listens to the native `input` event. */',
          `  modelValue?: ${props}["value"];`,
          `  "onUpdate:modelValue"?: (value: ${props}["value"]) => void;`,
        );
      }
      props = null;
    } else if (props && !comment) {
      const key = /^(\s*)"?([A-Za-z][\w-]*)"?(\?:.*)$/.exec(line);
      if (key) {
        const [, indent, name, rest] = key;
        const event = name.startsWith('on') && events.has(name.slice(2));
        const renamed = event ? `on${camelize(`-${name.slice(2)}`)}` : camelize(name);
        lines.push(
          `${indent}${/^[A-Za-z_$][\w$]*$/.test(renamed) ? renamed : `"${renamed}"`}${rest}`,
        );
        comment = false;
        continue;
      }
    }
    if (props) {
      if (line.trimStart().startsWith('/**')) comment = true;
      if (line.includes('*/')) comment = false;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Adds the `VfEventDetails` import and turns native events back into plain `Event`s. */
function finish(file, outdir, transform = (text) => text) {
  const index = relative(outdir, join(args.dist, 'index.js')).split(sep).join('/');
  const text = transform(
    readFileSync(file, 'utf8').replaceAll(`CustomEvent<${NATIVE_MARKER}>`, 'Event'),
  );
  const header =
    '// Generated by scripts/generate-framework-types.mjs from custom-elements.json.\n' +
    `import type { VfEventDetails } from "${index}";\n`;
  writeFileSync(file, header + text);
}

const manifest = prepareManifest(JSON.parse(readFileSync(args.manifest, 'utf8')), vfEventNames());

const vueDir = join(args.dist, 'types', 'vue');
const vuePaths = componentPaths(manifest, vueDir);
generateVuejsTypes(manifest, {
  outdir: vueDir,
  fileName: 'index.d.ts',
  componentTypePath: (name) => vuePaths.get(name),
  hideLogs: true,
});
finish(join(vueDir, 'index.d.ts'), vueDir, (text) => vueTemplateKeys(text, manifest));

const jsxDir = join(args.dist, 'types', 'jsx');
const jsxPaths = componentPaths(manifest, jsxDir);
generateJsxTypes(manifest, {
  outdir: jsxDir,
  fileName: 'index.d.ts',
  componentTypePath: (name) => jsxPaths.get(name),
  hideLogs: true,
});
finish(join(jsxDir, 'index.d.ts'), jsxDir);

console.log(
  `generate-framework-types: ${relative(root, vueDir)}/index.d.ts, ${relative(root, jsxDir)}/index.d.ts`,
);
