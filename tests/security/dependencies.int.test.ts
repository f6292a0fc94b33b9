import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

/**
 * Payload's advisories of the last year (SQL injection in the SQLite adapter, access bypasses through
 * sort, joins and relationship queries, upload SSRF, SVG script, password-reset takeover) are fixed at or
 * below 3.90.0: every Payload package must be one exact version, 3.90.1 or later, the same in the lock file.
 */
const MINIMUM = [3, 90, 1]
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies?: Record<string, string>
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>
}
const payloadPackages = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
  ([name]) => name === 'payload' || name.startsWith('@payloadcms/'),
)

const atLeast = (version: string, floor: number[]) => {
  const parts = version.split('.').map(Number)
  for (let i = 0; i < floor.length; i += 1)
    if ((parts[i] ?? 0) !== floor[i]) return (parts[i] ?? 0) > floor[i]!
  return true
}

describe('Payload versions', () => {
  it('every payload and @payloadcms/* dependency is pinned to one exact version', () => {
    expect(payloadPackages.length).toBeGreaterThanOrEqual(6)
    for (const [name, range] of payloadPackages) expect(range, name).toMatch(/^\d+\.\d+\.\d+$/)
    expect(new Set(payloadPackages.map(([, range]) => range)).size).toBe(1)
  })
  it('that version is 3.90.1 or later, and the lock file installs exactly it, nested copies included', () => {
    const version = payloadPackages[0]![1]
    expect(atLeast(version, MINIMUM), version).toBe(true)
    const installed = Object.entries(lock.packages).filter(([path]) =>
      /node_modules\/(payload|@payloadcms\/[^/]+)$/.test(path),
    )
    expect(installed.length).toBeGreaterThanOrEqual(payloadPackages.length)
    for (const [path, entry] of installed) expect(entry.version, path).toBe(version)
  })
})

/**
 * `npm audit --omit=dev`: no high or critical finding unless security/audit-allowlist.json names it with a
 * reason and a review date. The audit service is on the public registry; where it cannot be reached (this
 * build network answers 405) the check is skipped and says so, rather than passing silently.
 */
type Allowed = { name: string; reason: string; until: string }
const allowlist = JSON.parse(readFileSync('security/audit-allowlist.json', 'utf8')) as {
  allow: Allowed[]
}
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 60_000,
})
const report = (() => {
  try {
    return JSON.parse(audit.stdout) as {
      vulnerabilities?: Record<string, { severity: string }>
      error?: { code?: string; summary?: string }
    }
  } catch {
    return { error: { summary: audit.stderr || 'no JSON from npm audit' } }
  }
})()
const unreachable = !report.vulnerabilities
if (unreachable)
  console.warn(
    `npm audit skipped: the audit service could not be reached (${(report.error?.summary || audit.stderr || 'no answer').split('\n').find((line) => line.trim()) ?? ''}).`,
  )

describe.skipIf(unreachable)('npm audit (production dependencies)', () => {
  it('has no high or critical finding outside the allowlist', () => {
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name]) => name)
    const allowed = new Set(
      allowlist.allow.filter((a) => new Date(a.until) > new Date()).map((a) => a.name),
    )
    expect(serious.filter((name) => !allowed.has(name))).toEqual([])
  })
})

describe('the audit allowlist', () => {
  it('gives each accepted finding a reason and a review date', () => {
    for (const entry of allowlist.allow) {
      expect(entry.reason?.length, entry.name).toBeGreaterThan(20)
      expect(Number.isNaN(Date.parse(entry.until)), entry.name).toBe(false)
    }
  })
})
