'use client'

import { SelectInput, useConfig, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

type Option = { label: string; value: string }

/**
 * A text field whose choices come from the sponsorship policy global: the tier of a package, the
 * sector of an inquiry. The stored value stays plain text (so the policy can change without a
 * migration) and the server validates it; this only saves typing and typos.
 */
const policyChoice = (
  pick: (policy: Record<string, unknown>) => Option[],
  emptyLabel: string,
): TextFieldClientComponent =>
  function PolicyChoice({ field, path, readOnly }) {
    const { value, setValue } = useField<string>({ path: path ?? field.name })
    const { config } = useConfig()
    const [options, setOptions] = useState<Option[]>([])
    useEffect(() => {
      void fetch(`${config.serverURL}${config.routes.api}/globals/sponsorship-policy?depth=0`, {
        credentials: 'include',
      })
        .then((r) => (r.ok ? r.json() : {}))
        .then((policy: Record<string, unknown>) => setOptions(pick(policy)))
    }, [config.serverURL, config.routes.api])
    const known = options.some((o) => o.value === value)
    const all =
      value && !known ? [...options, { label: `${value} (not in the policy)`, value }] : options
    return (
      <SelectInput
        id={`field-${(path ?? field.name).replace(/\./g, '__')}`}
        path={path ?? field.name}
        name={field.name}
        label={field.label || field.name}
        description={field.admin?.description as string | undefined}
        options={all}
        value={value ?? ''}
        placeholder={emptyLabel}
        isClearable
        readOnly={readOnly}
        onChange={(selected) =>
          setValue(selected && !Array.isArray(selected) ? String((selected as Option).value) : null)
        }
      />
    )
  }

const money = (n: unknown) => (typeof n === 'number' ? `$${n.toLocaleString('en-CA')}` : '')
const rows = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])

export const TierChoice = policyChoice(
  (policy) =>
    rows(policy.tiers).map((t) => ({
      value: String(t.key),
      label: `${String(t.label)} (${money(t.min)}${t.max == null ? ' and up' : `–${money(t.max)}`})`,
    })),
  'From the value',
)

export const SectorChoice = policyChoice(
  (policy) =>
    rows(policy.sectors).map((s) => ({
      value: String(s.name),
      label: `${String(s.name)}${s.excluded ? ' (excluded)' : ''}`,
    })),
  'Not recorded yet',
)
