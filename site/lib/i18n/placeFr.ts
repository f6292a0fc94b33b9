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
    addressKept: 'l’adresse du registre municipal que j’ai donnée',
    wards: (list: string, count: number) =>
      `${count > 1 ? 'les quartiers' : 'le quartier'} ${list}`,
    and: 'et',
    nearby: 'Adresses proches du registre :',
    legend: 'Quelles alertes',
    address: 'Votre adresse',
    addressHint: 'Par exemple, 123 rue Main : une adresse municipale de la Ville',
    wardsLegend: 'Ou vos quartiers',
    keptNote:
      'Pour les alertes là où vous êtes, nous conservons seulement l’emplacement de votre adresse dans le registre de la Ville, ou les quartiers choisis, et ne les utilisons à rien d’autre.',
  },
}
