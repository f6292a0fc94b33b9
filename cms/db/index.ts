/**
 * Database helpers every domain may use: adapter-level writes, references, reports over large
 * tables. The domain's public surface: other domains import from here or from its core/.
 */

export { afterCommit } from './afterCommit'
export { createOnlyThrough } from './createOnlyThrough'
export { createWithReference, isReferenceConflict } from './createWithReference'
export { type DatabaseTarget, maskUrl, parseDatabaseUrl } from './databaseUrl'
export { deleteAll } from './deleteAll'
export { drizzleTable, mongoModel, type MongoModel } from './drizzleTable'
export { drizzleOf, inOneTransaction, refusableWithin } from './oneTransaction'
export { rowsInRange } from './rowsInRange'
