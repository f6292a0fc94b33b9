import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { uploadMatches } from './core/fileMatch'

/**
 * Refuses an upload whose bytes, Content-Type and name disagree, before Payload stores anything.
 */
export const guardUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data || file.data.length === 0) return args
  const detected = (await fileTypeFromBuffer(file.data))?.mime ?? null
  const check = uploadMatches({ name: file.name, declared: file.mimetype, detected })
  if (!check.ok) throw new APIError(check.message, 400, null, true)
  if (detected?.startsWith('image/')) {
    // Reads the header only: the claimed size is known before a single pixel is decoded.
    const { width = 0, height = 0 } = await sharp(file.data, { limitInputPixels: false }).metadata()
    if (width * height > MAX_INPUT_PIXELS) {
      throw new APIError(
        `This image is ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} megapixels); the limit is ${MAX_INPUT_PIXELS / 1e6}. Resize it and upload it again.`,
        400,
        null,
        true,
      )
    }
  }
  return args
}

/** 50 megapixels: a large camera photo is 24–45; a "decompression bomb" claims hundreds. */
export const MAX_INPUT_PIXELS = 50_000_000
/**
 * 25 MB per file: a print-ready brochure PDF fits; anything larger is refused with 413, not cut
 * short.
 */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024
