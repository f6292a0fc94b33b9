type Log = (line: string) => void

/**
 * Polls /api/health until the CMS answers ok, then loads the sign-in page once so the first person
 * to open the admin does not wait for it to warm up.
 */
export const waitForHealth = async (port: number, timeoutMs: number, log: Log): Promise<void> => {
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  let lastError = 'no answer yet'
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) })
      const body = (await response.json()) as { ok?: boolean }
      if (body.ok) {
        await fetch(`${base}/admin/login`, { signal: AbortSignal.timeout(60_000) }).catch(
          () => undefined,
        )
        return
      }
      lastError = `health answered ${response.status}`
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  log(`The CMS did not become healthy at ${base}/api/health (${lastError}).`)
  throw new Error(
    `The CMS did not start within ${Math.round(timeoutMs / 1000)} s; see the server output above.`,
  )
}
