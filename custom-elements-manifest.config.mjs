export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/locales/**'],
  litelement: true,
  outdir: '.',
};
