import { buildAdminIfStale } from '../build/adminBuild'

/** `npm run build`: builds the admin when stale; `--force` rebuilds regardless. */
const force = process.argv.includes('--force')
const result = await buildAdminIfStale(process.cwd(), console.log, force).catch((error: Error) => {
  console.error(`Build failed: ${error.message}. Fix the error above and run npm run build again.`)
  process.exit(1)
})
console.log(result.built ? `Admin built in ${result.seconds} s.` : 'Admin build is up to date.')
