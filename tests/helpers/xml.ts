import { readFileSync } from 'node:fs'

import { XmlDocument, XmlError, XsdValidator } from 'libxml2-wasm'

/** Schemas parsed once per test file: the CAP XSD is 200 lines and checked hundreds of times. */
const validators = new Map<string, XsdValidator>()

const validatorFor = (schema: string): XsdValidator => {
  let validator = validators.get(schema)
  if (!validator) {
    const xsd = XmlDocument.fromString(readFileSync(schema, 'utf8'), { url: schema })
    validator = XsdValidator.fromDoc(xsd)
    validators.set(schema, validator)
  }
  return validator
}

const describe = (error: unknown) => {
  const details = (error as { details?: { message: string; line?: number }[] }).details
  if (details?.length)
    return details.map((d) => `line ${d.line ?? '?'}: ${d.message.trim()}`).join('\n')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Checks XML with libxml2 compiled to WebAssembly (no system program needed): well-formed, and valid
 * against the XSD at `schema` if given. `output` holds libxml2's messages when it is not.
 */
export const xmllint = (xml: string, schema?: string): { ok: boolean; output: string } => {
  let doc: XmlDocument | undefined
  try {
    doc = XmlDocument.fromString(xml)
    if (schema) validatorFor(schema).validate(doc)
    return { ok: true, output: '' }
  } catch (error) {
    if (!(error instanceof XmlError)) throw error
    return { ok: false, output: describe(error) }
  } finally {
    doc?.dispose()
  }
}
