import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * The local push service's certificate (tests/fixtures/tls), as NODE_EXTRA_CA_CERTS for processes
 * that must trust it: the web-push library speaks only TLS, so tests and benchmarks trust this
 * test-only CA. A machine whose environment already names extra CAs keeps them (one file with both,
 * written to the temporary folder). Node reads the variable at start-up: set it before spawning.
 */
export const testCaFile = (current = process.env.NODE_EXTRA_CA_CERTS): string => {
  const testCa = path.resolve(import.meta.dirname, '../fixtures/tls/push-service.pem')
  if (!current || current === testCa) return testCa
  const theirs = readFileSync(current, 'utf8')
  const ours = readFileSync(testCa, 'utf8')
  if (theirs.includes(ours.trim())) return current
  const both = path.join(tmpdir(), 'civic-test-ca.pem')
  writeFileSync(both, `${theirs}\n${ours}`)
  return both
}
