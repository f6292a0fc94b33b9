import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * A collection whose records are made only by its own service (a case by the desk, a request by 311
 * intake): the service creates with `context[key]` set; any other signed-in create, through the
 * Local API or GraphQL, is refused with where to go instead. The public is refused by the
 * collection's access (403) before it learns anything else.
 */
export const createOnlyThrough =
  (key: string, instead: string): CollectionBeforeOperationHook =>
  ({ args, operation, context, req }) => {
    if (operation === 'create' && !context?.[key] && req.user)
      throw new APIError(instead, 400, null, true)
    return args
  }
