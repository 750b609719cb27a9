// `npm run build`: per-module ES build (Lit external), the self-contained bundle, and the .d.ts files.
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
console.log('build: dist/ written (modules, veloflux-elements.bundle.js, types)');
