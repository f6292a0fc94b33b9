import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { type LiveFilesContext, registeredLiveFiles } from './liveFiles'
import { fetchGonePaths } from './gone'
import { GONE_FILE, GONE_PAGE } from '../../site/lib/gone'
import { buildFeeds } from './feeds'
import { checkFrenchPages } from './frenchPages'
import { buildSitemap, twinFinder } from './core/sitemap'
import { SUB_PAGE } from '../../site/lib/i18n'
import { SHORT_LINK_BASE } from '../../site/lib/shortLinks'
import { fetchSnapshot, type GetJson } from './snapshot'
import { type IncrementalKind, planRender, type RenderPlan } from './core/renderPlan'
import {
  codeKey,
  layoutKey,
  readPrevious,
  reuseFromPrevious,
  saveState,
  stateOf,
} from './incremental'
import { writeSearchIndex } from './searchIndex'
import { pruneBuilds, publishDirectory } from './swap'
import { type BucketReport, publishSiteToBucket, writeLiveFilesToBucket } from './bucket'
import type { S3Settings } from '../settings'

type BuildSiteOptions = {
  /** Reads the CMS REST API as an anonymous visitor. */
  get: GetJson
  /** Fetches a media file by the URL the CMS gave for it. */
  download: (source: string) => Promise<Uint8Array>
  siteUrl: string
  cmsUrl: string
  /** CAP <sender> (CAP_SENDER). */
  capSender: string
  /** The City's name (CITY_NAME): site, feeds, CAP sender name. */
  cityName: string
  /** The served site: a symbolic link replaced atomically on success. */
  liveDir: string
  /** Where each build gets its own folder. */
  buildsDir: string
  /** A bucket the site is published to as well (S3_BUCKET), before the local swap. */
  bucket?: S3Settings | null
  /** Render every page and read everything, whatever the build before (benchmarks, repairs). */
  full?: boolean
  root?: string
  now?: Date
  log?: (line: string) => void
}

export type BuildReport = {
  dir: string
  pages: number
  seconds: number
  astroSeconds: number
  phases: Record<string, number>
  items: number
  mediaFiles: number
  /** What went to the bucket, when there is one. */
  bucket: BucketReport | null
  /** An incremental build: the item pages rendered now, and how many were reused. */
  incremental: { rendered: Record<IncrementalKind, string[]>; reusedPages: number } | null
  /** Why every page was rendered, when it was. */
  fullReason: string | null
}

/**
 * Runs Astro with the build's own folder as its working directory: Astro keeps its intermediate
 * server chunks in the output folder only when that folder is inside the working directory, and
 * otherwise in `.astro/` of the working directory, which two builds at once (two CMS processes)
 * would overwrite. The folder links to the project's packages so those chunks can import them.
 */
const runAstro = (
  root: string,
  workDir: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
) =>
  new Promise<void>((resolve, reject) => {
    let output = ''
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/astro/astro.js'), 'build', '--root', path.join(root, 'site')],
      {
        cwd: workDir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) return resolve()
      log(output)
      const lastError = output
        .split('\n')
        .reverse()
        .find((line) => /error/i.test(line))
        ?.trim()
      reject(new Error(`The Astro build failed (exit ${code})${lastError ? `: ${lastError}` : ''}`))
    })
  })

const htmlPaths = async (out: string, dir = ''): Promise<string[]> => {
  const entries = await readdir(path.join(out, dir), { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relative = path.join(dir, entry.name)
      if (entry.isDirectory()) return htmlPaths(out, relative)
      return entry.name === 'index.html'
        ? [`/${dir ? `${dir.split(path.sep).join('/')}/` : ''}`]
        : []
    }),
  )
  return nested.flat()
}

/**
 * One site build: snapshot the public content, let Astro render it into a fresh folder, add feeds,
 * sitemap, active alerts and media, check the result, then swap it live. Any failure throws before
 * the swap, so the live site stays exactly as it was.
 */
export const buildSite = async (options: BuildSiteOptions): Promise<BuildReport> => {
  const started = Date.now()
  // Seconds per step, for the benchmark and the log: where a slow build spends its time.
  const phases: Record<string, number> = {}
  let mark = Date.now()
  const phase = (name: string) => {
    phases[name] = (Date.now() - mark) / 1000
    mark = Date.now()
  }
  const now = options.now ?? new Date()
  const root = options.root ?? process.cwd()
  const log = options.log ?? (() => undefined)
  const dir = path.join(
    options.buildsDir,
    `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}`,
  )
  const out = path.join(dir, 'site')
  await mkdir(dir, { recursive: true })
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')

  const code = await codeKey(root)
  const previous = options.full ? null : await readPrevious(options.liveDir, code)
  const { snapshot, files, mediaStamps, reused } = await fetchSnapshot(
    options.get,
    options.siteUrl,
    options.cityName,
    now,
    previous?.read ?? null,
  )
  const state = stateOf(snapshot, code, layoutKey(snapshot, now))
  const plan: RenderPlan =
    previous && reused
      ? planRender(previous.state, state)
      : {
          full: true,
          reason: options.full
            ? 'a full build was asked for'
            : previous
              ? 'public media changed'
              : 'no build before this one',
        }
  const snapshotFile = path.join(dir, 'snapshot.json')
  // The plan travels with the snapshot: item pages render only what it names.
  await writeFile(
    snapshotFile,
    JSON.stringify(plan.full ? snapshot : { ...snapshot, render: plan.render }),
  )
  await saveState(dir, { state, mediaStamps })

  phase('read')
  const astroStarted = Date.now()
  await runAstro(
    root,
    dir,
    {
      ...process.env,
      CIVIC_SNAPSHOT: snapshotFile,
      CIVIC_SITE_OUT: out,
      CIVIC_ASTRO_CACHE: path.join(dir, 'cache'),
      SITE_URL: options.siteUrl,
      CMS_URL: options.cmsUrl,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    log,
  )
  const astroSeconds = (Date.now() - astroStarted) / 1000
  phase('astro')
  await checkFrenchPages(out)
  phase('language check')
  const reusedPages = plan.full ? 0 : await reuseFromPrevious(previous!, out, plan)
  phase('reuse')

  for (const [file, xml] of Object.entries(buildFeeds(snapshot))) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true })
    await writeFile(path.join(out, file), xml)
  }
  const live = (at: Date): LiveFilesContext => ({
    get: options.get,
    siteUrl: options.siteUrl,
    capSender: options.capSender,
    cityName: options.cityName,
    now: at,
    log,
  })
  for (const writer of registeredLiveFiles()) await writer.write(out, live(now))
  await writeFile(path.join(out, GONE_FILE), JSON.stringify(await fetchGonePaths(options.get)))
  await mkdir(path.join(out, 'media'), { recursive: true })
  for (const file of files) {
    const target = path.join(out, 'media', file.filename)
    // Taken from the build before (unchanged media): never written into, it is the live one's too.
    if (!plan.full && existsSync(target)) continue
    await writeFile(target, await options.download(file.source))
  }

  // Filtered browse pages are many views of the same opportunities: linked, but not listed for
  // crawlers; alerts' short links (/a/…) only send a text message's reader on to the alert.
  phase('feeds, alerts, media')
  const pages = (await htmlPaths(out)).filter(
    (p) =>
      p !== '/404/' &&
      p !== '/410/' &&
      !p.startsWith(SHORT_LINK_BASE) &&
      !p.startsWith(SUB_PAGE.en.browse) &&
      !p.startsWith(SUB_PAGE.fr.browse),
  )
  await writeFile(
    path.join(out, 'sitemap.xml'),
    buildSitemap(options.siteUrl, pages, now.toISOString(), twinFinder(snapshot)),
  )
  for (const required of [
    'index.html',
    'fr/index.html',
    '404.html',
    GONE_PAGE,
    'feeds/all.xml',
    'fr/flux/tout.xml',
  ]) {
    if (
      !existsSync(path.join(out, required)) ||
      (await stat(path.join(out, required))).size === 0
    ) {
      throw new Error(`The build produced no ${required}; the live site was left as it was.`)
    }
  }

  phase('sitemap and checks')
  const search = await writeSearchIndex(out)
  log(`Search index: ${search.pages} pages.`)
  phase('search index')
  // The bucket first: if it cannot take the build, the build fails and nothing anywhere changes.
  const bucket = options.bucket
    ? await publishSiteToBucket(options.bucket, out, path.basename(dir), now)
    : null
  await publishDirectory(out, options.liveDir)
  // A bulletin published while this build ran went out by the fast path into the previous site;
  // write the live files again so the swap cannot take it back.
  for (const writer of registeredLiveFiles()) {
    const refreshed = await writer.refresh(options.liveDir, live(new Date()))
    if (options.bucket && refreshed) await writeLiveFilesToBucket(options.bucket, refreshed.files)
  }
  phase('bucket and swap')
  await pruneBuilds(options.buildsDir, options.liveDir)
  phase('prune')
  const items =
    snapshot.releases.length +
    snapshot.publications.length +
    snapshot.packages.length +
    snapshot.bulletins.length +
    (snapshot.answers?.length ?? 0)
  return {
    dir,
    pages: pages.length,
    seconds: (Date.now() - started) / 1000,
    astroSeconds,
    phases,
    items,
    mediaFiles: files.length,
    bucket,
    incremental: plan.full ? null : { rendered: plan.render, reusedPages },
    fullReason: plan.full ? plan.reason : null,
  }
}
