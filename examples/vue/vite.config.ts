import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // The vf-* tags are custom elements, not Vue components: Vue renders them as they are.
          isCustomElement: (tag) => tag.startsWith('vf-'),
        },
      },
    }),
  ],
  server: {
    port: 5174,
    // `npm start` at the repository root serves the simulator on :5173; or set VF_API_TARGET.
    proxy: { '/api': process.env.VF_API_TARGET ?? 'http://127.0.0.1:5173' },
  },
});
