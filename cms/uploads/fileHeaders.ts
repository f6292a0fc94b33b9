/**
 * The headers every stored file is served with, whoever may read it: never sniffed into another
 * type, never able to run script in the CMS's origin (a sandboxed, empty policy), downloaded rather
 * than opened when asked, and cached as the collection says (private files never, public copies
 * revalidated).
 */
/** The same policy cms/next.config.mjs sets on /api/:collection/file/ (a test compares them). */
export const STORED_FILE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"

export const sandboxedFile =
  (options: { cacheControl?: string; download?: boolean | ((type: string) => boolean) } = {}) =>
  ({ headers }: { headers: Headers }) => {
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Content-Security-Policy', STORED_FILE_POLICY)
    const download =
      typeof options.download === 'function'
        ? options.download(headers.get('Content-Type') ?? '')
        : options.download
    if (download) headers.set('Content-Disposition', 'attachment')
    if (options.cacheControl) headers.set('Cache-Control', options.cacheControl)
    return headers
  }
