import type { Field } from 'payload'

import { loadWards } from '../../cms/addresses'
import { capPolygonsOf } from '../../cms/addresses/core/alertArea'

/**
 * An alert area may name wards of the register. Their ground travels in the CAP message as
 * polygons, computed when the bulletin is saved (a boundary redrawn later does not change an alert
 * already sent); targeting reads the wards themselves (emergency/core/targeting.ts).
 */
export const wardFields: Field[] = [
  {
    name: 'wards',
    label: { en: 'Wards', fr: 'Quartiers' },
    type: 'number',
    hasMany: true,
    admin: { description: 'Ward numbers, e.g. 2: the ward’s boundary becomes a CAP polygon.' },
    validate: async (value, { req }) => {
      const listed = Array.isArray(value) ? value : []
      if (listed.length === 0) return true
      const known = (await loadWards(req.payload)).map((ward) => ward.number)
      const unknown = listed.filter((ward) => !known.includes(Number(ward)))
      return unknown.length === 0
        ? true
        : `Wards: ${unknown.join(', ')} is not a ward; the wards are ${known.join(', ')}.`
    },
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
