import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Next project lives in cms/, the packages one level up.
  outputFileTracingRoot: path.resolve(dirname, '..'),
  poweredByHeader: false,
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
