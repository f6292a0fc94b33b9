import type { Payload } from 'payload'

import { relationTo } from '../core/relationId'
import { SPONSORSHIP_PACKAGES, SPONSORSHIP_SLOTS } from '../core/slugs'

type PackageSlots = {
  id: number | string
  title?: string
  totalSlots?: number | null
  slotsTakenElsewhere?: number | null
}

type SlotClaim = { ok: true; id: number | string; slot: number } | { ok: false; message: string }

const slotTaken = async (payload: Payload, packageId: number | string, slot: number) =>
  (
    await payload.count({
      collection: SPONSORSHIP_SLOTS,
      where: { and: [{ package: { equals: packageId } }, { slot: { equals: slot } }] },
      overrideAccess: true,
    })
  ).totalDocs > 0

/** How many slots a package has for agreements made here: its total less those signed elsewhere. */
const capacityOf = (pkg: PackageSlots) =>
  Math.max(0, (pkg.totalSlots ?? 1) - (pkg.slotsTakenElsewhere ?? 0))

const claimsFor = async (payload: Payload, packageId: number | string) =>
  (
    await payload.count({
      collection: SPONSORSHIP_SLOTS,
      where: { package: { equals: packageId } },
      overrideAccess: true,
    })
  ).totalDocs

/**
 * Takes the lowest free slot of a package for an inquiry. Two claims racing for one slot both try
 * to insert (package, slot); the unique index lets one through, and the other moves on to the next
 * slot or, when there is none, answers that the package is sold out.
 */
export const claimSlot = async (
  payload: Payload,
  args: { packageId: number | string; inquiryId: number | string; label: string },
): Promise<SlotClaim> => {
  const pkg = (await payload.findByID({
    collection: SPONSORSHIP_PACKAGES,
    id: args.packageId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as PackageSlots | null
  if (!pkg)
    return {
      ok: false,
      message: `Sponsorship package ${args.packageId} does not exist or is not published.`,
    }
  const capacity = capacityOf(pkg)
  for (let slot = 1; slot <= capacity; slot += 1) {
    if (await slotTaken(payload, pkg.id, slot)) continue
    try {
      const doc = await payload.create({
        collection: SPONSORSHIP_SLOTS,
        data: {
          package: relationTo(pkg.id),
          slot,
          inquiry: relationTo(args.inquiryId),
          label: `${args.label} (slot ${slot})`,
        },
        overrideAccess: true,
        depth: 0,
      })
      return { ok: true, id: (doc as { id: number | string }).id, slot }
    } catch (error) {
      // Someone else won this slot a moment ago.
      if (await slotTaken(payload, pkg.id, slot)) continue
      throw error
    }
  }
  return {
    ok: false,
    message: `"${pkg.title ?? 'This package'}" is sold out: all ${capacity} of its slots are taken by agreements. Decline this inquiry or offer the sponsor another package.`,
  }
}

export const releaseSlot = async (payload: Payload, slotId: number | string) => {
  await payload.delete({ collection: SPONSORSHIP_SLOTS, id: slotId, overrideAccess: true })
}

/**
 * Taken and available slots for a package as read: claims by agreements plus slots taken elsewhere.
 * A read that selected only some fields still gets the right figures (the missing ones are looked
 * up).
 */
export const slotFigures = (
  payload: Payload,
  doc: Record<string, unknown> | undefined,
  context?: Record<string, unknown>,
) => {
  if (doc?.id == null) return Promise.resolve(null)
  // takenSlots and availableSlots are two fields of one read: count the package's claims once per
  // request.
  const memo = context
    ? ((context.slotFigures ??= new Map()) as Map<string, Promise<SlotFigures | null>>)
    : new Map<string, Promise<SlotFigures | null>>()
  const key = String(doc.id)
  if (!memo.has(key)) memo.set(key, computeSlotFigures(payload, doc))
  return memo.get(key)!
}

type SlotFigures = { taken: number; available: number }

const computeSlotFigures = async (
  payload: Payload,
  doc: Record<string, unknown>,
): Promise<SlotFigures | null> => {
  let fields: PackageSlots | null = doc as PackageSlots
  if (doc.totalSlots === undefined || doc.slotsTakenElsewhere === undefined) {
    fields = await payload.findByID({
      collection: SPONSORSHIP_PACKAGES,
      id: doc.id as number,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { totalSlots: true, slotsTakenElsewhere: true },
    })
    if (!fields) return null
  }
  const claims = await claimsFor(payload, doc.id as number)
  return {
    taken: (fields.slotsTakenElsewhere ?? 0) + claims,
    available: Math.max(0, capacityOf(fields) - claims),
  }
}
