// `npm run build`: per-module ES build (Lit external), the self-contained bundle, and the .d.ts files.
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// Vue and JSX (React 19) element types from custom-elements.json, into dist/types/.
run('node', ['scripts/generate-framework-types.mjs']);
console.log('build: dist/ written (modules, veloflux-elements.bundle.js, types)');
