import { defineConfig } from 'astro/config'

/**
 * The public site: static HTML only, built from a snapshot the publishing pipeline fetched from the
 * CMS (CIVIC_SNAPSHOT) into a fresh folder (CIVIC_SITE_OUT) that replaces the live site only when the
 * whole build succeeded.
 */
export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  outDir: process.env.CIVIC_SITE_OUT || './dist',
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets as files (hashed, cached for a year): the CSP then allows no inline style or script at all.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  scopedStyleStrategy: 'class',
})
