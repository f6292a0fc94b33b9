import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A fresh folder per test file for the database, uploads and the mail outbox. */
export const isolatedDataDir = async (label: string): Promise<string> =>
  mkdtemp(path.join(tmpdir(), `civic-${label}-`))

export const TEST_SECRET = 'test-secret-0123456789abcdef0123456789abcdef'

/** Points the CMS settings at `dir`; call before the Payload config is first imported. */
export const useDataDir = (dir: string, databaseUrl = `file:${path.join(dir, 'cms.db')}`) => {
  process.env.DATABASE_URL = databaseUrl
  process.env.DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.OUTBOX_DIR = path.join(dir, 'outbox')
  process.env.PAYLOAD_SECRET = TEST_SECRET
  delete process.env.SMTP_URL
}
