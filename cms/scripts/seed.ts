import { closePayload, openPayload } from '../boot'
import { seed } from '../seed/seed'

/**
 * `npm run seed [-- --count N]`: demo users and content (not in production), and N volume releases.
 */
const countIndex = process.argv.indexOf('--count')
const count = countIndex > 0 ? Number(process.argv[countIndex + 1]) : 0
if (!Number.isInteger(count) || count < 0) {
  console.error('--count needs a whole number, e.g. npm run seed -- --count 2000')
  process.exit(1)
}
const production = process.env.NODE_ENV === 'production'
const payload = await openPayload()
const report = await seed(payload, { demo: !production, count, log: console.log })
console.log(
  `Seeded ${report.usersCreated} users, ${report.itemsCreated} demo items and ${report.volumeCreated} volume releases${production ? ' (production: no demo data)' : ''}.`,
)
await closePayload(payload)
process.exit(0)
