import type { CollectionConfig } from 'payload'

import { isCatalogueKeeper } from '../cms/access/requests311'
import { API_CLIENTS } from '../cms/core/slugs'
import { emailAddressField } from './fields/emailAddress'
import { issueApiKey, returnNewKeyOnce } from '../cms/open311/apiKeys'
import { checkCallbackUrl, returnCallbackSecretOnce } from '../cms/open311/callbacks'

/**
 * Apps allowed to post 311 requests through Open311 (`api_key`). The key is made when the client is
 * created and returned in that answer only (`apiKey`); the City keeps its hash and first
 * characters. Each client has its own hourly limit; an inactive client's key is refused.
 */
export const ApiClients: CollectionConfig = {
  slug: API_CLIENTS,
  labels: {
    singular: { en: 'API client', fr: 'Client de l’API' },
    plural: { en: 'API clients (Open311)', fr: 'Clients de l’API (Open311)' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contact', 'keyPrefix', 'rateLimitPerHour', 'active'],
    group: '311',
  },
  access: {
    read: ({ req }) => isCatalogueKeeper(req.user),
    create: ({ req }) => isCatalogueKeeper(req.user),
    update: ({ req }) => isCatalogueKeeper(req.user),
    delete: ({ req }) => isCatalogueKeeper(req.user),
  },
  hooks: {
    beforeChange: [issueApiKey, checkCallbackUrl],
    afterChange: [returnNewKeyOnce, returnCallbackSecretOnce],
  },
  timestamps: true,
  fields: [
    { name: 'name', type: 'text', required: true },
    emailAddressField({
      name: 'contact',
      example: 'developer@app.example',
      description: 'Who to tell about changes and outages.',
      required: true,
    }),
    {
      name: 'rateLimitPerHour',
      type: 'number',
      required: true,
      defaultValue: 100,
      min: 1,
      max: 100000,
      admin: { description: 'Requests posted per hour with this key.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
    {
      name: 'keyPrefix',
      type: 'text',
      index: true,
      admin: { readOnly: true, description: 'The key’s first characters, to tell keys apart.' },
    },
    {
      name: 'keyHash',
      type: 'text',
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    { name: 'lastUsedAt', type: 'date', admin: { readOnly: true } },
    {
      name: 'callbackUrl',
      label: { en: 'Callback URL (https)', fr: 'URL de rappel (https)' },
      type: 'text',
      admin: {
        description: {
          en: 'Each public update of the requests this app posted is POSTed here, signed (X-Open311-Signature). A public host on port 443; its secret is shown once, when the URL is saved.',
          fr: 'Chaque mise à jour publique des demandes de cette application est envoyée ici par POST, signée (X-Open311-Signature). Un hôte public sur le port 443; son secret est affiché une fois, à l’enregistrement.',
        },
      },
    },
    { name: 'callbackSecret', type: 'text', hidden: true },
  ],
}
