import { readFile } from 'node:fs/promises'

import { demoAddresses, demoWards } from '../addresses/core/demoCity'
import {
  addressesFromCsv,
  addressesFromGeoJson,
  wardsFromGeoJson,
} from '../addresses/core/parseFile'
import { importAddresses, importWards } from '../addresses/importRegister'
import { closePayload, openPayload } from '../boot'

/**
 * `npm run import:addresses -- [--wards wards.geojson] [addresses.csv|addresses.geojson]` `npm run
 * import:addresses -- --demo [count]` loads the fictional Maple Bay instead. Wards first (an
 * address outside every ward is refused), then addresses; safe to run again: what is already in the
 * register is kept.
 */
const args = process.argv.slice(2).filter((arg) => arg !== '--')
const usage =
  'Usage: npm run import:addresses -- [--wards wards.geojson] addresses.csv|addresses.geojson, or -- --demo [count]'
let wardsFile: string | undefined
let demo = false
const positional: string[] = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--wards') wardsFile = args[++i]
  else if (args[i] === '--demo') demo = true
  else positional.push(args[i]!)
}
const file = demo ? undefined : positional[0]
const demoCount = demo ? Number(positional[0] ?? 3000) : 0
if (!demo && !file && !wardsFile) {
  console.error(usage)
  process.exit(2)
}

const report = (problems: { row: number; message: string }[], what: string) => {
  for (const p of problems.slice(0, 20)) console.error(`  ${what} ${p.row}: ${p.message}`)
  if (problems.length > 20) console.error(`  … and ${problems.length - 20} more`)
}

const payload = await openPayload()
let failed = false
try {
  if (demo || wardsFile) {
    const parsed = demo
      ? { rows: demoWards(), problems: [] }
      : wardsFromGeoJson(JSON.parse(await readFile(wardsFile!, 'utf8')))
    report(parsed.problems, 'ward feature')
    const wards = await importWards(payload, parsed.rows)
    console.log(`Wards: ${wards.created} created, ${wards.updated} updated.`)
    failed ||= parsed.problems.length > 0
  }
  if (demo || file) {
    const started = Date.now()
    const parsed = demo
      ? { rows: demoAddresses(demoCount), problems: [] }
      : file!.toLowerCase().endsWith('.csv')
        ? addressesFromCsv(await readFile(file!, 'utf8'))
        : addressesFromGeoJson(JSON.parse(await readFile(file!, 'utf8')))
    report(parsed.problems, demo || file!.endsWith('.csv') ? 'line' : 'feature')
    console.log(`Importing ${parsed.rows.length} addresses…`)
    const result = await importAddresses(payload, parsed.rows, (line) => console.log(line))
    console.log(
      `Addresses: ${result.inserted} added, ${result.existing} already there, ${result.outside} outside every ward (refused), ${result.duplicatesInFile} repeated in the file; ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    )
    failed ||= parsed.problems.length > 0
  }
} finally {
  await closePayload(payload)
}
if (failed) {
  console.error(
    'Some rows were refused (listed above); fix them and run again: what was imported is kept.',
  )
  process.exit(1)
}
