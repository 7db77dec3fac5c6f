import { defineConfig } from 'vite'

// Static files with relative URLs: playground/dist can be published as it is, from any path.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
})
