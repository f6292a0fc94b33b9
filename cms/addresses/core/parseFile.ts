import type { AreaGeometry } from './geo'

/**
 * The City's address and ward files as people export them: CSV (a header row naming the columns) or
 * GeoJSON (points for addresses, polygons for wards). Each bad row is reported by its line or
 * feature number; the good ones are kept.
 */

export type AddressRow = {
  number: string
  street: string
  unit: string | null
  lat: number
  long: number
}

export type WardRow = { number: number; name: string; nameFr: string; geometry: AreaGeometry }

export type RowProblem = { row: number; message: string }

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const source = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++
      row.push(field)
      field = ''
      if (row.some((f) => f.trim() !== '')) rows.push(row)
      row = []
    } else field += c
  }
  row.push(field)
  if (row.some((f) => f.trim() !== '')) rows.push(row)
  return rows
}

const COLUMN_NAMES: Record<keyof AddressRow, string[]> = {
  number: ['number', 'civic_number', 'civic', 'house_number', 'numero', 'addr:housenumber'],
  street: ['street', 'street_name', 'rue', 'addr:street'],
  unit: ['unit', 'suite', 'apartment', 'unite', 'addr:unit'],
  lat: ['lat', 'latitude', 'y'],
  long: ['long', 'lon', 'lng', 'longitude', 'x'],
}

const pickColumn = (header: string[], key: keyof AddressRow) =>
  header.findIndex((name) => COLUMN_NAMES[key].includes(name.trim().toLowerCase()))

const rowFrom = (
  values: { number: unknown; street: unknown; unit: unknown; lat: unknown; long: unknown },
  row: number,
  problems: RowProblem[],
): AddressRow | null => {
  const number = String(values.number ?? '').trim()
  const street = String(values.street ?? '').trim()
  const lat = Number(values.lat)
  const long = Number(values.long)
  if (!/^\d+[A-Za-z]?$/.test(number)) {
    problems.push({ row, message: `the civic number “${number}” is not a number like 123 or 12A` })
    return null
  }
  if (!street) {
    problems.push({ row, message: 'the street is empty' })
    return null
  }
  if (
    !Number.isFinite(lat) ||
    lat < -90 ||
    lat > 90 ||
    !Number.isFinite(long) ||
    long < -180 ||
    long > 180
  ) {
    problems.push({ row, message: 'latitude and longitude must be decimal degrees' })
    return null
  }
  const unit = String(values.unit ?? '').trim()
  return { number: number.toUpperCase(), street, unit: unit || null, lat, long }
}

export const addressesFromCsv = (text: string) => {
  const [header, ...lines] = parseCsv(text)
  const problems: RowProblem[] = []
  if (!header) return { rows: [], problems: [{ row: 1, message: 'the file is empty' }] }
  const columns = Object.fromEntries(
    (Object.keys(COLUMN_NAMES) as (keyof AddressRow)[]).map((key) => [
      key,
      pickColumn(header, key),
    ]),
  ) as Record<keyof AddressRow, number>
  const missing = (['number', 'street', 'lat', 'long'] as const).filter((key) => columns[key] < 0)
  if (missing.length)
    return {
      rows: [],
      problems: [
        {
          row: 1,
          message: `the header names no ${missing.join(', ')} column (expected e.g. number,street,unit,lat,long)`,
        },
      ],
    }
  const rows: AddressRow[] = []
  lines.forEach((line, index) => {
    const at = (key: keyof AddressRow) => (columns[key] >= 0 ? line[columns[key]] : undefined)
    const row = rowFrom(
      {
        number: at('number'),
        street: at('street'),
        unit: at('unit'),
        lat: at('lat'),
        long: at('long'),
      },
      index + 2,
      problems,
    )
    if (row) rows.push(row)
  })
  return { rows, problems }
}

type Feature = {
  geometry?: { type?: string; coordinates?: unknown }
  properties?: Record<string, unknown> | null
}

const featuresOf = (json: unknown): Feature[] => {
  const collection = json as { type?: string; features?: Feature[] }
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    throw new Error('The GeoJSON must be a FeatureCollection.')
  return collection.features
}

const property = (properties: Record<string, unknown>, key: keyof AddressRow) =>
  Object.entries(properties).find(([name]) => COLUMN_NAMES[key].includes(name.toLowerCase()))?.[1]

export const addressesFromGeoJson = (json: unknown) => {
  const rows: AddressRow[] = []
  const problems: RowProblem[] = []
  featuresOf(json).forEach((feature, index) => {
    const coordinates = feature.geometry?.coordinates as number[] | undefined
    if (feature.geometry?.type !== 'Point' || !Array.isArray(coordinates)) {
      problems.push({ row: index + 1, message: 'an address feature must be a Point' })
      return
    }
    const properties = feature.properties ?? {}
    const row = rowFrom(
      {
        number: property(properties, 'number'),
        street: property(properties, 'street'),
        unit: property(properties, 'unit'),
        lat: coordinates[1],
        long: coordinates[0],
      },
      index + 1,
      problems,
    )
    if (row) rows.push(row)
  })
  return { rows, problems }
}

export const wardsFromGeoJson = (json: unknown) => {
  const rows: WardRow[] = []
  const problems: RowProblem[] = []
  featuresOf(json).forEach((feature, index) => {
    const type = feature.geometry?.type
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      problems.push({ row: index + 1, message: 'a ward must be a Polygon or MultiPolygon' })
      return
    }
    const properties = feature.properties ?? {}
    const number = Number(properties.number ?? properties.ward ?? properties.WARD ?? index + 1)
    if (!Number.isInteger(number) || number < 1) {
      problems.push({ row: index + 1, message: 'the ward number must be a whole number' })
      return
    }
    const name = String(properties.name ?? `Ward ${number}`)
    rows.push({
      number,
      name,
      nameFr: String(properties.nameFr ?? properties.name_fr ?? `Quartier ${number}`),
      geometry: feature.geometry as AreaGeometry,
    })
  })
  return { rows, problems }
}
