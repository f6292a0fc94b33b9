import { DEMO_PASSWORD } from '../../cms/seed/demoUsers'

/** A signed-in REST client for a running CMS (over HTTP, as a script or the admin would call it). */
export const signedIn = async (cmsUrl: string, email: string) => {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${cmsUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json().catch(() => null)) as any }
  }
}

/** Waits until the CMS reports a site build that started after `since` (health's site section). */
export const waitForSiteBuild = async (cmsUrl: string, since: number, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const health = (await fetch(`${cmsUrl}/api/health`).then((r) => r.json())) as {
      site?: { state?: string; lastAttemptAt?: string | null; lastSuccessAt?: string | null }
    }
    const attempted = health.site?.lastAttemptAt ? new Date(health.site.lastAttemptAt).getTime() : 0
    if (attempted >= since && health.site?.state === 'ok') return Date.now()
    if (attempted >= since && health.site?.state === 'failed')
      throw new Error('The site build failed.')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`No site build after ${timeoutMs / 1000} s.`)
}
