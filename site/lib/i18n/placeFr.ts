import type { CatalogueOf } from './catalogue'
import type { placeEn } from './placeEn'

/** Where a subscriber wants alerts for, in French: the same keys as placeEn.ts. */
export const placeFr: CatalogueOf<typeof placeEn> = {
  place: {
    everywhere: 'Partout dans la ville',
    mine: 'Seulement là où je suis',
    wholeCity: 'Alertes pour toute la ville ; aucune adresse n’est conservée.',
    onlyMine: (kept: string) =>
      `Seulement les alertes qui touchent l’endroit où je suis : la Ville conserve ${kept}, à cette seule fin, et l’efface quand je me désabonne ou le demande.`,
    address: 'l’adresse du registre municipal que j’ai donnée',
    wards: (list: string, count: number) =>
      `${count > 1 ? 'les quartiers' : 'le quartier'} ${list}`,
    and: 'et',
    nearby: 'Adresses proches du registre :',
  },
}
