'use client'

/** A step's answer: the API's body on success, its first error otherwise. */
export type StepAnswer<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; error: { message: string; field?: string } }

type ErrorBody = { errors?: { message?: string; field?: string }[] } | null

/**
 * One of the case's steps (`POST …/correspondence/{id}/{step}`), as the admin's panels call it: the
 * answer of type `T` (the step's `{ doc, message }`, the checker's findings…), or the error.
 */
export const postStep = async <T>(
  caseUrl: string,
  step: string,
  body: Record<string, unknown>,
): Promise<StepAnswer<T>> => {
  const response = await fetch(`${caseUrl}/${step}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const parsed: unknown = await response.json().catch(() => null)
  if (response.ok) return { ok: true, status: response.status, body: parsed as T }
  const first = (parsed as ErrorBody)?.errors?.[0]
  return {
    ok: false,
    status: response.status,
    error: { message: first?.message ?? '', field: first?.field },
  }
}
