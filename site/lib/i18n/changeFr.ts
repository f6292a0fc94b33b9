import type { CatalogueOf } from './catalogue'
import type { changeEn } from './changeEn'

/** Change notes in French: the same keys as changeEn.ts. */
export const changeFr: CatalogueOf<typeof changeEn> = {
  change: {
    updatedTitle: (title: string) => `Mise à jour : ${title}`,
    whatChanged: 'Ce qui a changé',
    published: 'Publié le',
    updated: 'Mis à jour le',
    history: 'Modifications de cette page',
  },
}
