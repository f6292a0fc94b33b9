import path from 'node:path'

import { restore } from '../ops/backup'
import { currentSettings } from '../settings'

/**
 * `npm run restore -- folder`: puts a backup back into the database DATABASE_URL names and the
 * uploads. Stop every CMS process first; `npm start` after it rebuilds the site.
 */
const source = process.argv[2]
if (!source) {
  console.error('Name the backup folder: npm run restore -- data/backups/<time>')
  process.exit(1)
}
try {
  const manifest = await restore(currentSettings(), path.resolve(source), (line) =>
    console.log(line),
  )
  console.log(
    `Restored the backup of ${manifest.createdAt} (version ${manifest.version}). Start the CMS: npm start`,
  )
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
