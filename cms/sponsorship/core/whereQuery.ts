/**
 * A Payload `where` as the admin list view reads it from the address bar
 * (`where[and][0][state][equals]=new`), so dashboard counts link to exactly the rows they count.
 */
export const whereQuery = (where: unknown, prefix = 'where'): string => {
  const parts: string[] = []
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${key}[${index}]`))
    else if (value && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) walk(inner, `${key}[${name}]`)
    else
      parts.push(
        `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`,
      )
  }
  walk(where, prefix)
  return parts.join('&')
}
