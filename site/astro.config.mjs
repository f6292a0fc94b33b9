import { defineConfig } from 'astro/config'

/**
 * The public site: static HTML only, built from a snapshot the publishing pipeline fetched from the
 * CMS (CIVIC_SNAPSHOT) into a fresh folder (CIVIC_SITE_OUT) that replaces the live site only when
 * the whole build succeeded.
 */
export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  outDir: process.env.CIVIC_SITE_OUT || './dist',
  // Each build brings its own cache folder, so builds running at once never share one.
  ...(process.env.CIVIC_ASTRO_CACHE
    ? {
        cacheDir: process.env.CIVIC_ASTRO_CACHE,
        vite: { cacheDir: `${process.env.CIVIC_ASTRO_CACHE}/vite` },
      }
    : {}),
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets as files (hashed, cached for a year): the CSP then allows no inline style or script
  // at all.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  scopedStyleStrategy: 'class',
})
