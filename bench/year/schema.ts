import type { RawSql } from './rawSql'

export type Column = { name: string; integer: boolean; date: boolean; text: boolean }
export type TableShape = {
  name: string
  columns: Column[]
  /** Column → the table it points at (single-column foreign keys). */
  references: Map<string, string>
  /** Columns that hold a value unique on its own (not the primary key). */
  unique: Set<string>
}

/** Payload's date columns on SQLite are text; their names say what they hold. */
const DATE_NAME = /(_at|_date|_until)$|^date$/

/**
 * Every table of the public schema with its columns, single-column foreign keys and single-column
 * unique indexes, read from the database itself (PRAGMAs on SQLite, the catalogue on PostgreSQL).
 */
export const readSchema = async (sql: RawSql): Promise<Map<string, TableShape>> => {
  const shapes = new Map<string, TableShape>()
  if (sql.dialect === 'sqlite') {
    const tables = await sql.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of tables) {
      const info = await sql.all<{ name: string; type: string }>(`PRAGMA table_info("${name}")`)
      const keys = await sql.all<{ from: string; table: string }>(
        `PRAGMA foreign_key_list("${name}")`,
      )
      const unique = new Set<string>()
      for (const index of await sql.all<{ name: string; unique: number; origin: string }>(
        `PRAGMA index_list("${name}")`,
      )) {
        if (!Number(index.unique) || index.origin === 'pk') continue
        const cols = await sql.all<{ name: string }>(`PRAGMA index_info("${index.name}")`)
        if (cols.length === 1) unique.add(cols[0]!.name)
      }
      shapes.set(name, {
        name,
        columns: info.map((c) => ({
          name: c.name,
          integer: /int/i.test(c.type),
          text: /text|char|clob/i.test(c.type),
          date: DATE_NAME.test(c.name) && /text|char/i.test(c.type),
        })),
        references: new Map(keys.map((k) => [k.from, k.table])),
        unique,
      })
    }
    return shapes
  }
  const columns = await sql.all<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  )
  for (const c of columns) {
    const shape: TableShape = shapes.get(c.table_name) ?? {
      name: c.table_name,
      columns: [],
      references: new Map(),
      unique: new Set<string>(),
    }
    shape.columns.push({
      name: c.column_name,
      integer: /integer|bigint|smallint/.test(c.data_type),
      text: /char|text/.test(c.data_type),
      date: /timestamp|^date$/.test(c.data_type),
    })
    shapes.set(c.table_name, shape)
  }
  const keys = await sql.all<{ table: string; column: string; target: string }>(
    `SELECT t.relname AS table, a.attname AS column, f.relname AS target
     FROM pg_constraint c
     JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND n.nspname = 'public'`,
  )
  for (const k of keys) shapes.get(k.table)?.references.set(k.column, k.target)
  const unique = await sql.all<{ table: string; column: string }>(
    `SELECT t.relname AS table, a.attname AS column
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
     WHERE i.indisunique AND NOT i.indisprimary AND i.indnatts = 1 AND n.nspname = 'public'`,
  )
  for (const u of unique) shapes.get(u.table)?.unique.add(u.column)
  return shapes
}

/**
 * The tables that belong to these collections: their own and, through `_parent_id`/`parent_id`
 * and the name, their locales, relationships, arrays, versions and those versions' own tables.
 * Roots the database does not have (an older release) are left out.
 */
export const familyOf = (shapes: Map<string, TableShape>, roots: string[]) => {
  const family = new Set(roots.filter((root) => shapes.has(root)))
  let grew = true
  while (grew) {
    grew = false
    for (const shape of shapes.values()) {
      if (family.has(shape.name)) continue
      const parent = shape.references.get('_parent_id') ?? shape.references.get('parent_id') ?? null
      if (!parent || !family.has(parent)) continue
      const root = [...family].find(
        (r) => shape.name.startsWith(`${r}_`) || shape.name.startsWith(`_${r}_v`),
      )
      const versions = parent.startsWith('_') && shape.name.startsWith(`${parent}_`)
      if (root || versions) {
        family.add(shape.name)
        grew = true
      }
    }
    // A collection's versions table points at the collection by `parent_id`.
    for (const shape of shapes.values()) {
      if (family.has(shape.name)) continue
      const root = [...family].find((r) => shape.name === `_${r}_v`)
      if (root) {
        family.add(shape.name)
        grew = true
      }
    }
  }
  return [...family]
}

/** Parents before the tables that point at them, so foreign keys hold at every insert. */
export const parentsFirst = (shapes: Map<string, TableShape>, tables: string[]) => {
  const inSet = new Set(tables)
  const ordered: string[] = []
  const visiting = new Set<string>()
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return
    visiting.add(name)
    for (const target of shapes.get(name)!.references.values())
      if (inSet.has(target) && target !== name) visit(target)
    visiting.delete(name)
    ordered.push(name)
  }
  for (const table of tables) visit(table)
  return ordered
}
