import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { type LiveFilesContext, registeredLiveFiles } from './liveFiles'
import { fetchGonePaths } from './gone'
import { GONE_FILE, GONE_PAGE } from '../../site/lib/gone'
import { buildFeeds } from './feeds'
import { buildWardFiles } from './wardFeeds'
import { checkFrenchPages } from './frenchPages'
import { fetchSnapshot, type GetJson } from './snapshot'
import {
  type IncrementalKind,
  type ListSection,
  planRender,
  type RenderPlan,
} from './core/renderPlan'
import {
  codeKey,
  keepUnchangedPages,
  layoutKey,
  outsideSections,
  readPrevious,
  reuseFromPrevious,
  saveState,
  stateOf,
} from './incremental'
import { mergeIntoReused } from './mergeBuild'
import { writeSearchIndex } from './searchIndex'
import { writeSnapshotFile } from './snapshotFile'
import { carrySitemapAndSearch, indexSearch, writeSitemap } from './sitemapAndSearch'
import { pruneBuilds, publishDirectory } from './swap'
import { type BucketReport, publishSiteToBucket, writeLiveFilesToBucket } from './bucket'
import type { S3Settings } from '../settings'
import { filesUnder } from '../storage'

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
  /**
   * Called once the pages are live (before an incremental build's sitemap and search index): the
   * messages waiting for them go (cms/outbox/siteWait.ts). Its failure is logged, not the build's.
   */
  onLive?: () => Promise<unknown>
}

export type BuildReport = {
  dir: string
  pages: number
  seconds: number
  /** From the start to the new pages being served (the sitemap and search may follow). */
  liveSeconds: number
  astroSeconds: number
  phases: Record<string, number>
  items: number
  mediaFiles: number
  /** What went to the bucket, when there is one. */
  bucket: BucketReport | null
  /**
   * An incremental build: the item pages and listing sections rendered now, how many pages Astro
   * rendered, how many were reused, and how many of the rendered came out unchanged (kept as they
   * were).
   */
  incremental: {
    rendered: Record<IncrementalKind, string[]>
    sections: ListSection[]
    renderedPages: number
    reusedPages: number
    unchangedPages: number
  } | null
  /** Why every page was rendered, when it was. */
  fullReason: string | null
  /** Settles when the older builds are removed (after the build returns). */
  pruned: Promise<void>
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

/**
 * One site build: snapshot the public content, let Astro render what changed into a fresh folder,
 * take the rest from the build before, add feeds, active alerts, media, the sitemap and the search
 * index, check the result, then swap it live. Any failure throws before the swap, so the live site
 * stays exactly as it was; only an incremental build's sitemap and search index are renewed after
 * its pages went live (a failure there keeps the build before's).
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
  const state = stateOf(snapshot, code, layoutKey(snapshot), now)
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
  await writeSnapshotFile(
    snapshotFile,
    plan.full
      ? snapshot
      : {
          ...snapshot,
          render: {
            ...plan.render,
            sections: plan.sections,
            archives: { news: plan.archives.render },
          },
        },
  )
  await saveState(dir, { state, mediaStamps })

  phase('read')
  // The build before's unchanged pages are linked while Astro renders (see mergeBuild.ts).
  const reusedFolder = path.join(dir, 'reused')
  const reusing = plan.full ? null : reuseFromPrevious(previous!, reusedFolder, plan)
  // Astro's failure is the one reported; the linking's own is awaited below.
  reusing?.catch(() => undefined)
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
  // What Astro made, before the build before's pages join it.
  const made = plan.full ? [] : await filesUnder(out)
  const rendered = made.filter((f) => f.endsWith('.html'))
  const reusedPages = reusing
    ? (await reusing) - (await mergeIntoReused(out, reusedFolder, made))
    : 0
  const unchangedPages = plan.full
    ? 0
    : await keepUnchangedPages(previous!, out, outsideSections(rendered, plan.sections))
  phase('reuse')

  const feeds = {
    ...buildFeeds(snapshot),
    ...buildWardFiles(snapshot, new Date(snapshot.generatedAt), options.cmsUrl),
  }
  for (const [file, xml] of Object.entries(feeds)) {
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

  phase('feeds, alerts, media')
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
  // An incremental build goes live with the build before's sitemap and search, then makes its own
  // (sitemapAndSearch.ts). A first build, new code, or a bucket (which takes the build whole)
  // makes them first.
  const later = !plan.full && !options.bucket
  let pages = 0
  if (later) await carrySitemapAndSearch(previous!.out, out)
  else {
    pages = await writeSitemap(out, options.siteUrl, snapshot, now)
    phase('sitemap')
    const search = options.bucket ? await writeSearchIndex(out) : await indexSearch(out)
    log(`Search index: ${search.pages} pages.`)
  }
  phase('checks and search index')
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
  const liveSeconds = (Date.now() - started) / 1000
  await options
    .onLive?.()
    .catch((error: unknown) => log(`Live, but what waited for it was not told: ${String(error)}`))
  phase('bucket and swap')
  if (later) {
    // Live already: a failure here leaves the build before's sitemap and search in service.
    pages = await writeSitemap(out, options.siteUrl, snapshot, now)
    phase('sitemap (live)')
    const search = await indexSearch(out).catch((error: unknown) => {
      log(`The search index was not renewed; searches use the one before. ${String(error)}`)
      return null
    })
    if (search) log(`Search index: ${search.pages} pages.`)
    phase('search index (live)')
  }
  // Tens of thousands of files take seconds to delete: the next build need not wait for that.
  const pruned = pruneBuilds(options.buildsDir, options.liveDir).catch((error: unknown) =>
    log(`Older site builds were not removed (the next build tries again): ${String(error)}`),
  )
  const items =
    snapshot.releases.length +
    snapshot.publications.length +
    snapshot.packages.length +
    snapshot.bulletins.length +
    (snapshot.answers?.length ?? 0)
  return {
    dir,
    pages,
    seconds: (Date.now() - started) / 1000,
    liveSeconds,
    astroSeconds,
    phases,
    items,
    mediaFiles: files.length,
    bucket,
    incremental: plan.full
      ? null
      : {
          rendered: plan.render,
          sections: plan.sections,
          renderedPages: rendered.length,
          reusedPages,
          unchangedPages,
        },
    fullReason: plan.full ? plan.reason : null,
    pruned,
  }
}
