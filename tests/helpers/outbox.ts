import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** The emails the CMS wrote to its file outbox (no SMTP_URL in tests), parsed just enough to assert on. */
export const outbox = async (): Promise<{ to: string; subject: string; text: string }[]> => {
  const dir = process.env.OUTBOX_DIR!
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.eml')).sort()
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file), 'utf8')
      const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(raw)?.[1]?.trim() ?? ''
      return { to: header('To'), subject: decodeHeader(header('Subject')), text: raw }
    }),
  )
}

const decodeHeader = (value: string) =>
  value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  )
