export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/locales/**'],
  litelement: true,
  outdir: '.',
  // Never rewrite package.json's "customElements" (the check writes to a temporary folder).
  packagejson: false,
};
