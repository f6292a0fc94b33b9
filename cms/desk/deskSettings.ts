import type { Payload } from 'payload'

import { DESK_SETTINGS } from '../core/slugs'
import { relationId } from '../core/relationId'
import { isKind } from './core/model'
import type { RoutingRule } from './core/routing'
import { isPriority, type TargetRule } from './core/targets'
import { commaList } from '../core/text/commaList'

export type DeskSettings = {
  rules: RoutingRule[]
  targets: TargetRule[]
  /** The desk's head: told of a breach the department's manager has not settled. */
  head: number | string | null
  headAfterDays: number
  /** How the City answers a case in neither English nor French, and the macro to offer. */
  otherLanguages: { answer: string | null; macro: number | string | null }
  fallbackDepartment: number | string | null
  digestHour: number
  retentionYears: number
  survey: boolean
}

/** The desk settings global as the pure rules want it; defaults until someone saves it. */
export const loadDeskSettings = async (payload: Payload): Promise<DeskSettings> => {
  const saved = await payload.findGlobal({
    slug: DESK_SETTINGS,
    depth: 0,
    overrideAccess: true,
  })
  return {
    rules: (saved.routing ?? []).flatMap((row) => {
      const department = relationId(row.department)
      if (department === null || department === undefined) return []
      return [
        {
          department: department as number | string,
          priority: isPriority(row.priority) ? row.priority : null,
          kinds: (row.kinds ?? []).filter(isKind),
          topics: commaList(row.topics),
          keywords: commaList(row.keywords),
        },
      ]
    }),
    targets: (saved.targets ?? []).map((row) => ({
      kinds: (row.kinds ?? []).filter(isKind),
      priorities: (row.priorities ?? []).filter(isPriority),
      nextReplyDays: row.nextReplyDays ?? undefined,
      resolutionDays: row.resolutionDays ?? undefined,
    })),
    head: (relationId(saved.head) as number | string | null) ?? null,
    headAfterDays: saved.headAfterDays ?? 1,
    otherLanguages: {
      answer: saved.otherLanguages?.answer?.trim() || null,
      macro: (relationId(saved.otherLanguages?.macro) as number | string | null) ?? null,
    },
    fallbackDepartment: (relationId(saved.fallbackDepartment) as number | string | null) ?? null,
    digestHour: saved.digestHour ?? 8,
    retentionYears: saved.retentionYears ?? 2,
    survey: saved.survey ?? true,
  }
}
