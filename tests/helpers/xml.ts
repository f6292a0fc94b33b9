import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Checks XML with xmllint (Debian's libxml2-utils): well-formed, and valid against `schema` if given. */
export const xmllint = (xml: string, schema?: string): { ok: boolean; output: string } => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'civic-xml-')), 'doc.xml')
  writeFileSync(file, xml)
  try {
    const output = execFileSync('xmllint', ['--noout', ...(schema ? ['--schema', schema] : []), file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return { ok: true, output }
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) }
  }
}
