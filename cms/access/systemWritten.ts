import type { Access } from 'payload'

const nobody: Access = () => false

/**
 * Records only the system writes (its services act with access overridden): the API may read them,
 * and delete them when `remove` says so, but never create or change one.
 */
export const systemWritten = (read: Access, remove: Access = nobody) => ({
  read,
  create: nobody,
  update: nobody,
  delete: remove,
})
