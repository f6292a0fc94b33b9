import type { Field, NumberFieldManyValidation } from 'payload'

import { loadWards } from '../../cms/addresses'
import { capPolygonsOf } from '../../cms/addresses/core/alertArea'

/**
 * An alert area may name wards of the register. Their ground travels in the CAP message as
 * polygons, computed when the bulletin is saved (a boundary redrawn later does not change an alert
 * already sent); targeting reads the wards themselves (emergency/core/targeting.ts).
 */
/** Ward numbers must be wards of the register: the error names the field and the known wards. */
export const validateWards: NumberFieldManyValidation = async (value, { req }) => {
  const listed = Array.isArray(value) ? value : []
  if (listed.length === 0) return true
  const known = (await loadWards(req.payload)).map((ward) => ward.number)
  const unknown = listed.filter((ward) => !known.includes(Number(ward)))
  return unknown.length === 0
    ? true
    : `Wards: ${unknown.join(', ')} is not a ward; the wards are ${known.join(', ')}.`
}

/**
 * The wards a release or publication is written for: each of those wards' pages and feeds lists
 * it. Empty: the whole city (it appears on no ward page).
 */
export const itemWardsField: Field = {
  name: 'wards',
  label: { en: 'Wards it concerns', fr: 'Quartiers concernés' },
  type: 'number',
  hasMany: true,
  validate: validateWards,
  admin: {
    position: 'sidebar',
    description: {
      en: 'Ward numbers, e.g. 2: the item is listed on those wards’ pages and feeds. Empty: the whole city.',
      fr: 'Numéros de quartier, p. ex. 2 : l’élément figure sur la page et le fil de ces quartiers. Vide : toute la ville.',
    },
  },
}

export const wardFields: Field[] = [
  {
    name: 'wards',
    label: { en: 'Wards', fr: 'Quartiers' },
    type: 'number',
    hasMany: true,
    admin: { description: 'Ward numbers, e.g. 2: the ward’s boundary becomes a CAP polygon.' },
    validate: validateWards,
    hooks: {
      beforeChange: [
        async ({ value, siblingData, req }) => {
          const named = (Array.isArray(value) ? value : []).map(Number)
          const wards = named.length ? await loadWards(req.payload) : []
          siblingData.wardPolygons = wards
            .filter((ward) => named.includes(ward.number))
            .flatMap((ward) => capPolygonsOf(ward.geometry))
          return value
        },
      ],
    },
  },
  {
    name: 'wardPolygons',
    type: 'json',
    admin: { readOnly: true, hidden: true },
  },
]
