import { describe, expect, it } from 'vitest'

import { DEV_PAYLOAD_SECRET, readSettings, runsBackgroundWork, SettingsError } from '.'

const CWD = '/srv/civic'
const LONG_SECRET = 'a'.repeat(64)

describe('readSettings', () => {
  it('has working defaults for a fresh clone', () => {
    const settings = readSettings({}, CWD)
    expect(settings).toMatchObject({
      production: false,
      database: { kind: 'sqlite', file: '/srv/civic/data/cms.db' },
      payloadSecret: DEV_PAYLOAD_SECRET,
      usingDevSecret: true,
      port: 3000,
      sitePort: 4321,
      cmsUrl: 'http://127.0.0.1:3000',
      siteUrl: 'http://127.0.0.1:4321',
      dataDir: '/srv/civic/data',
      siteOutDir: '/srv/civic/data/site',
      mediaDir: '/srv/civic/data/media',
      outboxDir: '/srv/civic/data/outbox',
      smtpUrl: null,
      mailFrom: 'City Communications <news@city.example>',
      logLevel: 'info',
      cityName: 'City of Riverton',
      secureCookies: false,
      typesFile: null,
      processRole: 'all',
      retention: { deliveryDays: 90, rateLimitHours: 24, machineryDays: 14 },
    })
  })

  it('takes retention periods and names the one it cannot use', () => {
    expect(
      readSettings(
        { RETAIN_DELIVERY_DAYS: '365', RETAIN_RATE_LIMIT_HOURS: '2', RETAIN_MACHINERY_DAYS: '1' },
        CWD,
      ).retention,
    ).toEqual({ deliveryDays: 365, rateLimitHours: 2, machineryDays: 1 })
    // Shorter than the longest rate-limit window, or than a week of delivery rows, is refused.
    expect(() => readSettings({ RETAIN_RATE_LIMIT_HOURS: '1' }, CWD)).toThrow(
      /RETAIN_RATE_LIMIT_HOURS="1" is not a whole number of hours of at least 2/,
    )
    expect(() => readSettings({ RETAIN_DELIVERY_DAYS: '3' }, CWD)).toThrow(SettingsError)
    expect(() => readSettings({ RETAIN_MACHINERY_DAYS: 'soon' }, CWD)).toThrow(
      /RETAIN_MACHINERY_DAYS/,
    )
  })

  it('holds news for the site build 90 s by default, takes 0 to send at once, names a bad value', () => {
    expect(readSettings({}, CWD).sendWaitsForSiteMs).toBe(90_000)
    expect(readSettings({ SEND_WAITS_FOR_SITE_SECONDS: '0' }, CWD).sendWaitsForSiteMs).toBe(0)
    expect(readSettings({ SEND_WAITS_FOR_SITE_SECONDS: '300' }, CWD).sendWaitsForSiteMs).toBe(
      300_000,
    )
    for (const bad of ['-1', 'soon', '7200'])
      expect(() => readSettings({ SEND_WAITS_FOR_SITE_SECONDS: bad }, CWD)).toThrow(
        /SEND_WAITS_FOR_SITE_SECONDS/,
      )
  })

  it('takes a process role: web serves only, worker and all run the background work; anything else is named', () => {
    expect(readSettings({ PROCESS_ROLE: 'web' }, CWD).processRole).toBe('web')
    expect(runsBackgroundWork(readSettings({ PROCESS_ROLE: 'web' }, CWD))).toBe(false)
    expect(runsBackgroundWork(readSettings({ PROCESS_ROLE: 'worker' }, CWD))).toBe(true)
    expect(runsBackgroundWork(readSettings({}, CWD))).toBe(true)
    expect(() => readSettings({ PROCESS_ROLE: 'Worker' }, CWD)).toThrow(
      /PROCESS_ROLE="Worker" is not one of all, web, worker/,
    )
  })

  it('names the City from CITY_NAME and sends admin cookies over HTTPS only in production behind https', () => {
    expect(readSettings({ CITY_NAME: '  City of Windsor ' }, CWD).cityName).toBe('City of Windsor')
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: LONG_SECRET }
    expect(
      readSettings({ ...production, CMS_URL: 'https://cms.city.example' }, CWD).secureCookies,
    ).toBe(true)
    expect(
      readSettings({ ...production, CMS_URL: 'http://10.0.0.5:3000' }, CWD).secureCookies,
    ).toBe(false)
    expect(readSettings({ CMS_URL: 'https://cms.city.example' }, CWD).secureCookies).toBe(false)
  })

  it('follows PORT into the default CMS_URL and takes explicit values as given', () => {
    const settings = readSettings(
      {
        PORT: '8080',
        SITE_PORT: '8081',
        SITE_URL: 'https://www.city.example/',
        SMTP_URL: 'smtp://mail:25',
        DATA_DIR: '/var/civic',
      },
      CWD,
    )
    expect(settings.cmsUrl).toBe('http://127.0.0.1:8080')
    expect(settings.siteUrl).toBe('https://www.city.example')
    expect(settings.smtpUrl).toBe('smtp://mail:25')
    expect(settings.mediaDir).toBe('/var/civic/media')
    expect(settings.database).toEqual({
      kind: 'sqlite',
      url: 'file:/var/civic/cms.db',
      file: '/var/civic/cms.db',
    })
  })

  it.each([
    [{ NODE_ENV: 'production' }, /PAYLOAD_SECRET is not set and NODE_ENV=production/],
    [{ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, /production needs at least 32/],
    [{ NODE_ENV: 'production', PAYLOAD_SECRET: DEV_PAYLOAD_SECRET }, /public development value/],
    [{ PORT: 'eighty' }, /PORT="eighty" is not a port number/],
    [{ PORT: '70000' }, /not a port number/],
    [{ SITE_URL: 'www.city.example' }, /SITE_URL="www.city.example" is not an absolute http/],
    [{ CMS_URL: 'ftp://x' }, /CMS_URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
  ])('refuses %j', (env, message) => {
    expect(() => readSettings(env, CWD)).toThrow(SettingsError)
    expect(() => readSettings(env, CWD)).toThrow(message)
  })

  it('accepts production with a long secret of its own', () => {
    const settings = readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: LONG_SECRET }, CWD)
    expect(settings).toMatchObject({
      production: true,
      payloadSecret: LONG_SECRET,
      usingDevSecret: false,
    })
  })
})
