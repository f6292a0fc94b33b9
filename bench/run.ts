import { benchAdmin } from './admin'
import { benchCms } from './cms'
import { machine, printTable } from './table'

/** `npm run bench [-- --volume N]`: figures for the CMS on this machine, printed as a table. */
const volumeIndex = process.argv.indexOf('--volume')
const volume = volumeIndex > 0 ? Number(process.argv[volumeIndex + 1]) : 1000
const log = (line: string) => console.log(line)

log('civic-comms benchmarks')
for (const fact of machine()) log(`  ${fact}`)
log('Payload on SQLite…')
const { rows, databaseFile, payload } = await benchCms(volume, log)
await payload.destroy()
log('Admin (production build)…')
rows.push(...(await benchAdmin(databaseFile)))
printTable(`Results (${volume} media releases)`, rows)
process.exit(0)
