import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import path from 'node:path'

import { TEST_SECRET } from './env'

export type ClusterProcess = {
  name: string
  /** The process `npm start` runs in (its group holds every process it starts). */
  pid: number
  output: () => string
  /** Kills the whole process group at once, as a power cut or `kill -9` would. */
  kill: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * One `npm start` with a PROCESS_ROLE, in its own process group, resolved once it says it is ready:
 * `is ready` for the CMS, `Worker running` for a worker.
 */
export const startRole = async (
  name: string,
  role: 'web' | 'worker' | 'all',
  env: Record<string, string>,
  timeoutMs = 240_000,
  /** Where the benches keep each process's output whole, to read after a run (tests keep it in memory). */
  logFile?: string,
): Promise<ClusterProcess> => {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    PAYLOAD_SECRET: TEST_SECRET,
    ...env,
    PROCESS_ROLE: role,
  }
  delete childEnv.NODE_ENV
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    detached: true,
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  if (logFile) {
    await mkdir(path.dirname(logFile), { recursive: true })
    const file = createWriteStream(logFile)
    child.stdout!.pipe(file)
    child.stderr!.pipe(file)
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = async (which: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
    try {
      process.kill(-child.pid, which)
    } catch {
      return
    }
    await exited
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} was not ready in ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (/is ready|Worker running/.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`))
    })
  })
  return {
    name,
    pid: child.pid!,
    output: () => output,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  }
}

const accepts = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Debian's nginx, if this machine has it (CI installs it; `npm test` never needs it). */
export const nginxBinary = (): string | null =>
  ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file)) ?? null

export type NginxValues = {
  CMS_LISTEN: string
  SITE_LISTEN: string
  CMS_HOST: string
  SITE_HOST: string
  CMS_UPSTREAM_1: string
  CMS_UPSTREAM_2: string
  SITE_FALLBACK: string
  SITE_ROOT: string
  CMS_ORIGIN: string
}

/**
 * Runs nginx with deploy/nginx/civic-comms.conf.template rendered as an operator would (each
 * `${NAME}` replaced; nginx's own `$variables` left alone), inside a minimal main configuration of
 * its own: no root needed, nothing outside `dir` written.
 */
export const startNginx = async (dir: string, values: NginxValues) => {
  const binary = nginxBinary()
  if (!binary) throw new Error('nginx is not installed.')
  await mkdir(path.join(dir, 'logs'), { recursive: true })
  const template = await readFile(path.resolve('deploy/nginx/civic-comms.conf.template'), 'utf8')
  const site = template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`The nginx template names ${whole}, which has no value.`)
    return values[name as keyof NginxValues]
  })
  await writeFile(path.join(dir, 'civic-comms.conf'), site)
  const asRoot = process.getuid?.() === 0
  await writeFile(
    path.join(dir, 'nginx.conf'),
    [
      asRoot ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'logs/error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  access_log ${path.join(dir, 'logs/access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${path.join(dir, `${kind}_temp`)};`,
      ),
      '  include civic-comms.conf;',
      '}',
      '',
    ].join('\n'),
  )
  execFileSync(binary, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')])
  const child = spawn(
    binary,
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // Ready when both its ports answer: the caller's first request came before nginx had bound
  // them on a busy machine (ECONNREFUSED at a storm's first sign-in).
  const deadline = Date.now() + 20_000
  for (const listen of [values.CMS_LISTEN, values.SITE_LISTEN]) {
    const [host, port] = [listen.slice(0, listen.lastIndexOf(':')), Number(listen.split(':').pop())]
    while (!(await accepts(host, port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGQUIT')
        const log = await readFile(path.join(dir, 'logs/error.log'), 'utf8').catch(() => '')
        throw new Error(`nginx did not listen on ${listen}:\n${log}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT')
      await exited
    },
    accessLog: () => readFile(path.join(dir, 'logs/access.log'), 'utf8').catch(() => ''),
  }
}
