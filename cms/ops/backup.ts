import { execFile } from 'node:child_process'
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { createClient } from '@libsql/client'

import { maskUrl } from '../db'
import type { Settings } from '../settings'
import { bucketKeys, filesUnder, s3Client } from '../storage'

const run = promisify(execFile)

/** What a backup folder holds, written last: a folder without it is an unfinished backup. */
export type BackupManifest = {
  createdAt: string
  version: string
  database: 'sqlite' | 'postgres'
  /** `database.sqlite` or `database.pgdump`, in the folder. */
  databaseFile: string
  /** Uploads: the media folder copied, or the bucket's objects under the media prefix. */
  uploads: { from: 'folder' | 'bucket'; files: number }
}

const MANIFEST = 'backup.json'

export class BackupError extends Error {
  override name = 'BackupError'
}

const pgTool = async (tool: 'pg_dump' | 'pg_restore', args: string[]) => {
  try {
    return await run(tool, args, { maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string }
    if (failure.code === 'ENOENT')
      throw new BackupError(
        `${tool} is not installed. Install PostgreSQL's client tools (Debian: apt install postgresql-client, the same major version as the server or newer) and run this again.`,
      )
    throw new BackupError(`${tool} failed: ${(failure.stderr ?? failure.message).trim()}`)
  }
}

/**
 * A consistent copy of the database and the uploads in `target` (a new folder), taken while the CMS
 * runs: SQLite's `VACUUM INTO` (a snapshot in one transaction) or `pg_dump`, then the uploads. The
 * public site is not backed up: it is rebuilt from these at the next start.
 */
export const backup = async (
  settings: Settings,
  target: string,
  version: string,
  log: (line: string) => void = () => undefined,
): Promise<BackupManifest> => {
  if (settings.database.kind === 'mongodb')
    throw new BackupError(
      'MongoDB is backed up with its own tools (mongodump and mongorestore); see docs/deploy.md.',
    )
  if (await stat(target).catch(() => null))
    throw new BackupError(`${target} exists already; name a new folder for the backup.`)
  await mkdir(target, { recursive: true })
  let databaseFile: string
  if (settings.database.kind === 'sqlite') {
    if (!settings.database.file)
      throw new BackupError('An in-memory database has nothing to back up.')
    databaseFile = 'database.sqlite'
    log(`Copying the SQLite database ${settings.database.file}…`)
    const client = createClient({ url: `file:${settings.database.file}` })
    try {
      await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(target, databaseFile)] })
    } finally {
      client.close()
    }
  } else {
    databaseFile = 'database.pgdump'
    log(`Dumping the PostgreSQL database ${maskUrl(settings.database.url)}…`)
    await pgTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--file',
      path.join(target, databaseFile),
      settings.database.url,
    ])
  }
  let uploads: BackupManifest['uploads']
  if (settings.s3) {
    const s3 = settings.s3
    const keys = await bucketKeys(s3Client(s3), s3.bucket, `${s3.mediaPrefix}/`)
    log(`Copying ${keys.length} uploads from the bucket ${s3.bucket}…`)
    for (const key of keys) {
      const answer = await s3Client(s3).send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
      const file = path.join(target, 'uploads', key)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, await answer.Body!.transformToByteArray())
    }
    uploads = { from: 'bucket', files: keys.length }
  } else {
    log(`Copying the uploads folder ${settings.mediaDir}…`)
    await cp(settings.mediaDir, path.join(target, 'uploads'), { recursive: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      },
    )
    uploads = { from: 'folder', files: (await filesUnder(path.join(target, 'uploads'))).length }
  }
  const manifest: BackupManifest = {
    createdAt: new Date().toISOString(),
    version,
    database: settings.database.kind,
    databaseFile,
    uploads,
  }
  await writeFile(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Puts a backup back: the database replaced whole, and the uploads. Stop every CMS process first;
 * start them again after (the site is rebuilt and the schema brought up to date at start).
 */
export const restore = async (
  settings: Settings,
  source: string,
  log: (line: string) => void = () => undefined,
): Promise<BackupManifest> => {
  const text = await readFile(path.join(source, MANIFEST), 'utf8').catch(() => null)
  if (!text)
    throw new BackupError(
      `${source} holds no ${MANIFEST}: it is not a backup, or the backup did not finish.`,
    )
  const manifest = JSON.parse(text) as BackupManifest
  if (manifest.database !== settings.database.kind)
    throw new BackupError(
      `The backup is of a ${manifest.database} database, and DATABASE_URL names a ${settings.database.kind} one. Point DATABASE_URL at a ${manifest.database} database to restore it.`,
    )
  if (settings.database.kind === 'sqlite') {
    const file = settings.database.file
    if (!file) throw new BackupError('DATABASE_URL names an in-memory database.')
    log(`Replacing ${file}…`)
    await mkdir(path.dirname(file), { recursive: true })
    // The write-ahead log of the database being replaced must not be replayed onto the backup.
    await Promise.all(['-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })))
    await cp(path.join(source, manifest.databaseFile), file)
  } else if (settings.database.kind === 'postgres') {
    log(`Restoring into ${maskUrl(settings.database.url)}…`)
    await pgTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--dbname',
      settings.database.url,
      path.join(source, manifest.databaseFile),
    ])
  }
  const uploads = path.join(source, 'uploads')
  if (manifest.uploads.from === 'bucket' || settings.s3) {
    if (!settings.s3)
      throw new BackupError('The backup holds bucket uploads; set the S3_ settings.')
    const s3 = settings.s3
    const files = await filesUnder(uploads)
    log(`Uploading ${files.length} files to the bucket ${s3.bucket}…`)
    for (const relative of files) {
      // A folder backup's files go under the media prefix; a bucket backup's keys include it.
      const key = manifest.uploads.from === 'bucket' ? relative : `${s3.mediaPrefix}/${relative}`
      await s3Client(s3).send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: key,
          Body: await readFile(path.join(uploads, relative)),
        }),
      )
    }
  } else {
    log(`Restoring the uploads folder ${settings.mediaDir}…`)
    await rm(settings.mediaDir, { recursive: true, force: true })
    await cp(uploads, settings.mediaDir, { recursive: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      },
    )
  }
  return manifest
}
