import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, it } from 'vitest'

import { isolatedDataDir } from './helpers/env'

/** Generated files are committed; this fails when a collection changed and they were not regenerated. */
it('cms/payload-types.ts matches the collections', async () => {
  const scratch = path.join(await isolatedDataDir('types'), 'payload-types.ts')
  await promisify(execFile)('npm', ['run', '--silent', 'generate:types'], {
    env: { ...process.env, PAYLOAD_TYPES_FILE: scratch, NODE_ENV: 'development' },
  })
  const committed = await readFile(path.resolve('cms/payload-types.ts'), 'utf8')
  expect(
    await readFile(scratch, 'utf8'),
    'Run `npm run generate:types` and commit cms/payload-types.ts.',
  ).toBe(committed)
})
