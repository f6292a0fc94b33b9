import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The policy of a stored file, as SECURITY.md promises (and cms/uploads/fileHeaders.ts sets). */
const STORED_FILE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Next project lives in cms/, the packages one level up.
  outputFileTracingRoot: path.resolve(dirname, '..'),
  poweredByHeader: false,
  // Open311 GeoReport v2 lives at /open311/v2/ (where apps look for it); Payload serves it under
  // /api.
  async rewrites() {
    return [{ source: '/open311/v2/:path*', destination: '/api/open311/v2/:path*' }]
  },
  // The admin and the API are never framed (clickjacking), never sniffed, and send no full URLs to
  // other sites.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
          },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      // Stored files (uploads, residents' photos, case attachments) may hold anything a person
      // sent: an empty, sandboxed policy so none can run script in the CMS's origin. Next lets the
      // last matching entry win, and it would otherwise replace the policy Payload's file handler
      // sets (cms/uploads/fileHeaders.ts) with the admin's one above.
      {
        source: '/api/:collection/file/:path*',
        headers: [{ key: 'Content-Security-Policy', value: STORED_FILE_POLICY }],
      },
    ]
  },
  typescript: { tsconfigPath: 'tsconfig.json' },
  webpack: (webpackConfig) => {
    // Source imports are written extensionless or with .js; let webpack find the .ts behind them.
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
