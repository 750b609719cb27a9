export default {
  // The elements and the base classes they inherit attributes, properties and events from.
  globs: ['src/elements/*/*.ts', 'src/internal/vf-element.ts', 'src/internal/form-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.messages.ts'],
  litelement: true,
  outdir: '.',
  // Never rewrite package.json's "customElements" (the check writes to a temporary folder).
  packagejson: false,
  plugins: [
    {
      // The glob's order depends on the file system: sort modules so the file is the same anywhere.
      name: 'veloflux-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
