/**
 * A document's fields by name, for the few places that read fields named at run time (the French
 * version of whatever fields an item has, a seed's rows by position). The generated types name
 * every field; this is the one place a document is read as a plain record, and it only widens.
 */
export const fieldsOf = (doc: object): Readonly<Record<string, unknown>> =>
  doc as Record<string, unknown>
