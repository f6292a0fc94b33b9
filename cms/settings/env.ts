/** Reading one environment variable: a clear error naming it when its value cannot be used. */

export class SettingsError extends Error {
  override name = 'SettingsError'
}

export type Env = Record<string, string | undefined>

export const port = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new SettingsError(`${name}="${raw}" is not a port number (1-65535).`)
  }
  return value
}

export const seconds = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 1 || value > 3600)
    throw new SettingsError(`${name}="${raw}" is not a number of seconds (1-3600).`)
  return value
}

/** Like `seconds`, where 0 turns the thing off. */
export const secondsOrNone = (env: Env, name: string, fallback: number): number =>
  env[name]?.trim() === '0' ? 0 : seconds(env, name, fallback)

export const absoluteUrl = (env: Env, name: string, fallback: string): string => {
  const raw = env[name]?.trim() || fallback
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http')
    return url.toString().replace(/\/$/, '')
  } catch {
    throw new SettingsError(`${name}="${raw}" is not an absolute http(s) URL, e.g. ${fallback}.`)
  }
}

export const mailbox = (env: Env, name: string, fallback: string): string => {
  const raw = (env[name]?.trim() || fallback).toLowerCase()
  if (!/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(raw))
    throw new SettingsError(`${name}="${raw}" is not an email address, e.g. ${fallback}.`)
  return raw
}

export const positive = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0)
    throw new SettingsError(`${name}="${raw}" is not a positive number, e.g. ${fallback}.`)
  return value
}
