import path from 'node:path'

import packageJson from '../../package.json'
import { backup } from '../ops/backup'
import { currentSettings } from '../settings'

/**
 * `npm run backup [-- folder]`: the database and the uploads, copied consistently while the CMS
 * runs, into a new folder (by default backups/<time> in the data folder). docs/deploy.md, "Backup".
 */
const settings = currentSettings()
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(process.argv[2] ?? path.join(settings.dataDir, 'backups', stamp))
try {
  const manifest = await backup(settings, target, packageJson.version, (line) => console.log(line))
  console.log(
    `Backup written to ${target}: the ${manifest.database} database and ${manifest.uploads.files} upload files. Restore it with: npm run restore -- ${target}`,
  )
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
