import { type AreaGeometry, rectangle } from './geo'

/**
 * Maple Bay, a fictional lakeside city for demonstrations and tests: six wards on a grid and an
 * address register along its streets. Nothing here is a real place; pages that show it say so. The
 * same arguments always give the same city, so tests and benchmarks can name its addresses.
 */

export const DEMO_CITY_NAME = 'Maple Bay (fictional)'

export const DEMO_BOUNDS = { west: -82.95, east: -82.85, south: 42.1, north: 42.16 }

const WARD_COLUMNS = 3
const WARD_ROWS = 2

const EAST_WEST_NAMES = [
  'Main',
  'King',
  'Queen',
  'Erie',
  'Lakeshore',
  'Victoria',
  'Wellington',
  'Albert',
  'Park',
  'Church',
  'Mill',
  'Water',
  'Front',
  'Elm',
  'Cedar',
  'Pine',
  'Birch',
  'Willow',
  'Spruce',
  'Chestnut',
]
const NORTH_SOUTH_NAMES = [
  'Ouellette',
  'Maple',
  'Oak',
  'Riverside',
  'Dufferin',
  'Tecumseh',
  'Brock',
  'Huron',
  'Ontario',
  'Superior',
  'Champlain',
  'Laurier',
  'Cartier',
  'Frontenac',
  'Marquette',
  'Lasalle',
  'Brant',
  'Talbot',
  'Colborne',
  'Simcoe',
]
const EAST_WEST_TYPES = ['Street', 'Road', 'Drive', 'Crescent']
const NORTH_SOUTH_TYPES = ['Avenue', 'Boulevard', 'Lane', 'Court']

export type DemoWard = { number: number; name: string; nameFr: string; geometry: AreaGeometry }
export type DemoAddress = { number: string; street: string; unit: null; lat: number; long: number }

export const demoWards = (): DemoWard[] => {
  const { west, east, south, north } = DEMO_BOUNDS
  const width = (east - west) / WARD_COLUMNS
  const height = (north - south) / WARD_ROWS
  const wards: DemoWard[] = []
  for (let row = 0; row < WARD_ROWS; row++)
    for (let column = 0; column < WARD_COLUMNS; column++) {
      const number = row * WARD_COLUMNS + column + 1
      wards.push({
        number,
        name: `Ward ${number}`,
        nameFr: `Quartier ${number}`,
        geometry: rectangle(
          west + column * width,
          south + row * height,
          west + (column + 1) * width,
          south + (row + 1) * height,
        ),
      })
    }
  return wards
}

const streetName = (names: readonly string[], types: readonly string[], index: number) =>
  `${names[index % names.length]} ${types[Math.floor(index / names.length) % types.length]}${
    index >= names.length * types.length
      ? ` ${Math.floor(index / (names.length * types.length)) + 1}`
      : ''
  }`

/**
 * About `count` addresses: a grid of streets each way, lots on both sides (odd numbers north or
 * east, even south or west), 8 m off the centre line.
 */
export const demoAddresses = (count = 3000): DemoAddress[] => {
  const { west, east, south, north } = DEMO_BOUNDS
  const perDirection = Math.max(4, Math.round(Math.sqrt(count) / 8))
  const metresPerDegreeLat = 111_320
  const metresPerDegreeLong = 111_320 * Math.cos((((north + south) / 2) * Math.PI) / 180)
  const widthM = (east - west) * metresPerDegreeLong
  const heightM = (north - south) * metresPerDegreeLat
  const totalLength = perDirection * (widthM + heightM)
  const spacing = (totalLength * 2) / count
  const offsetLat = 8 / metresPerDegreeLat
  const offsetLong = 8 / metresPerDegreeLong
  const addresses: DemoAddress[] = []
  for (let i = 0; i < perDirection; i++) {
    const lat = south + ((i + 0.5) * (north - south)) / perDirection
    const street = streetName(EAST_WEST_NAMES, EAST_WEST_TYPES, i)
    const lots = Math.floor(widthM / spacing)
    for (let lot = 0; lot < lots; lot++) {
      const long = west + ((lot + 0.5) * spacing) / metresPerDegreeLong
      addresses.push({
        number: String(lot * 2 + 1),
        street,
        unit: null,
        lat: lat + offsetLat,
        long,
      })
      addresses.push({
        number: String(lot * 2 + 2),
        street,
        unit: null,
        lat: lat - offsetLat,
        long,
      })
    }
  }
  for (let i = 0; i < perDirection; i++) {
    const long = west + ((i + 0.5) * (east - west)) / perDirection
    const street = streetName(NORTH_SOUTH_NAMES, NORTH_SOUTH_TYPES, i)
    const lots = Math.floor(heightM / spacing)
    for (let lot = 0; lot < lots; lot++) {
      const lat = south + ((lot + 0.5) * spacing) / metresPerDegreeLat
      addresses.push({
        number: String(lot * 2 + 1),
        street,
        unit: null,
        lat,
        long: long + offsetLong,
      })
      addresses.push({
        number: String(lot * 2 + 2),
        street,
        unit: null,
        lat,
        long: long - offsetLong,
      })
    }
  }
  return addresses.map((a) => ({
    ...a,
    lat: Math.round(a.lat * 1e6) / 1e6,
    long: Math.round(a.long * 1e6) / 1e6,
  }))
}
