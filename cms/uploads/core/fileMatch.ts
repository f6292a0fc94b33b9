/**
 * Whether an upload is what it says it is: the type detected from its bytes, the Content-Type it
 * was sent with and its file extension must all agree. A page saved as "photo.png", or a PNG sent
 * as a PDF, is refused rather than stored under a type a browser might trust. Pure: the caller
 * detects the type.
 */
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
}

type UploadCheck = { ok: true } | { ok: false; message: string }

export const uploadMatches = (args: {
  name: string
  declared: string
  detected: string | null
}): UploadCheck => {
  const extension = args.name.toLowerCase().split('.').pop() ?? ''
  const allowed = EXTENSIONS[args.detected ?? '']
  if (!args.detected || !allowed)
    return {
      ok: false,
      message: 'This file is not an image (JPEG, PNG, WebP, GIF) or a PDF. Upload one of those.',
    }
  if (args.declared.split(';')[0]!.trim().toLowerCase() !== args.detected)
    return {
      ok: false,
      message: `The file was sent as ${args.declared || 'an unknown type'} but its contents are ${args.detected}. Save it in the right format and upload it again.`,
    }
  if (!allowed.includes(extension))
    return {
      ok: false,
      message: `The file's name ends in ".${extension}" but its contents are ${args.detected}. Rename it to end in .${allowed[0]}.`,
    }
  return { ok: true }
}
