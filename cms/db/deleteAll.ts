import { APIError, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

/**
 * Deletes every document a query matches, as part of the request's work (its transaction, hooks
 * run). Payload's bulk delete reports failures per document instead of throwing; here any failure
 * stops the whole operation, so a parent is never deleted with children left pointing at it.
 */
export const deleteAll = async (req: PayloadRequest, collection: CollectionSlug, where: Where) => {
  const { errors } = await req.payload.delete({ collection, where, overrideAccess: true, req })
  if (errors.length)
    throw new APIError(
      `Could not delete ${errors.length} of the ${collection}: ${errors[0]!.message}`,
      500,
    )
}
