import { xmlText } from '../../core/text/xml'

/**
 * Open311's XML form: the JSON document's keys become elements, a list becomes a wrapper holding
 * one element per item, named by the singular the specification uses (`services` → `service`).
 */

const SINGULAR: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  service_request_updates: 'request_update',
  callbacks: 'callback',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
}

const element = (name: string, value: unknown, indent: string): string => {
  if (value === null || value === undefined || value === '') return `${indent}<${name}/>`
  if (Array.isArray(value)) {
    const child = SINGULAR[name] ?? 'item'
    if (value.length === 0) return `${indent}<${name}/>`
    return `${indent}<${name}>\n${value.map((v) => element(child, v, `${indent}  `)).join('\n')}\n${indent}</${name}>`
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    return `${indent}<${name}>\n${entries.map(([k, v]) => element(k, v, `${indent}  `)).join('\n')}\n${indent}</${name}>`
  }
  return `${indent}<${name}>${xmlText(value)}</${name}>`
}

/** A whole document: `toXml('services', [...])` or `toXml('discovery', {...})`. */
export const toXml = (root: string, value: unknown) =>
  `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, '')}\n`
