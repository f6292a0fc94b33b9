/** Where a finding is, in the words of the admin form. Pure, shared by the panel and its test. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  instruction: 'Instruction',
  coverImage: 'Cover image',
  printEdition: 'Print edition',
  relatedMedia: 'Related media',
  images: 'Images',
}

/** "body.root.children.3.children.0" → "Body, block 4"; field names → their labels. */
export const whereLabel = (path: string): { label: string; field: string } => {
  const [field = '', ...rest] = path.split('.')
  if (field === 'body') {
    const block = rest[1] === 'children' && rest[2] !== undefined ? Number(rest[2]) + 1 : null
    return { label: block ? `Body, block ${block}` : 'Body', field: 'body' }
  }
  const index = rest[0] !== undefined && /^\d+$/.test(rest[0]) ? ` ${Number(rest[0]) + 1}` : ''
  return { label: `${FIELD_LABELS[field] ?? field}${index}`, field }
}
