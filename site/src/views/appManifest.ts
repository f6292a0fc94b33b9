import sharp from 'sharp'

import { APP_ICONS, appManifest, iconSvg } from '../../lib/app311'
import { type Language, strings } from '../../lib/i18n'
import { snapshot } from '../data'

/** The app's manifest in a language (site/lib/app311.ts writes it). */
export const manifestResponse = (locale: Language) => {
  const t = strings(locale)
  return new Response(
    JSON.stringify(appManifest(locale, t.app, t.cityName(snapshot().cityName)), null, 2),
    { headers: { 'content-type': 'application/manifest+json' } },
  )
}

/** Every icon file the manifest and the pages name, by its file name without `.png`. */
export const ICON_FILES: { name: string; size: number; maskable: boolean }[] = [
  ...[...APP_ICONS.any, APP_ICONS.apple].map((size) => ({
    name: `icon-${size}`,
    size,
    maskable: false,
  })),
  { name: `icon-maskable-${APP_ICONS.maskable}`, size: APP_ICONS.maskable, maskable: true },
]

/** An icon drawn from its SVG at build time (no image is kept in the repository). */
export const iconResponse = async (size: number, maskable: boolean) =>
  new Response(
    new Uint8Array(
      await sharp(Buffer.from(iconSvg(size, maskable)))
        .png()
        .toBuffer(),
    ),
    { headers: { 'content-type': 'image/png' } },
  )
