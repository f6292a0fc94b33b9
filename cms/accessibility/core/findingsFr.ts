import type { CatalogueOf } from '../../../site/lib/i18n/catalogue'
import { type Language } from '../../../site/lib/i18n'
import type { findingsEn } from './findingsEn'

/** What the checker says about each finding, in French: the same keys as findingsEn.ts. */
export const findingsFr: CatalogueOf<typeof findingsEn> = {
  altMissing:
    'Cette image n’a pas de texte de remplacement. Décrivez ce qu’elle montre pour les personnes qui ne la voient pas.',
  altFileName: (alt: string) =>
    `Le texte de remplacement « ${alt} » est un nom de fichier. Décrivez ce que l’image montre.`,
  altGeneric: (alt: string) =>
    `Le texte de remplacement « ${alt} » ne dit pas ce que l’image montre.`,
  altLong: (length: number, max: number) =>
    `Le texte de remplacement compte ${length} caractères. Restez sous ${max}; mettez les longues descriptions dans le texte.`,
  altImageOf:
    'Commencez le texte de remplacement par ce que l’image montre : les lecteurs d’écran disent déjà que c’est une image.',
  headingEmpty: 'Cet intertitre est vide. Donnez-lui des mots ou faites-en un paragraphe.',
  headingOne: 'Utilisez un intertitre 2 ici : le titre est déjà l’intertitre 1 de la page.',
  headingSkip: (level: number, previous: number) =>
    `Cet intertitre ${level} saute un niveau après ${previous === 1 ? 'le titre' : `un intertitre ${previous}`}. Utilisez un intertitre ${previous + 1}.`,
  linkEmpty:
    'Ce lien n’a pas de texte (ou son image n’a pas de texte de remplacement). Dites où il mène.',
  linkVague: (text: string) =>
    `Le texte du lien « ${text} » ne dit pas où il mène. Écrivez par exemple « le rapport budgétaire 2027 ».`,
  linkBare: 'Ce lien affiche une adresse Web. Utilisez des mots qui disent où il mène.',
  linkSameText: (count: number, text: string) =>
    `${count} liens disent « ${text} » mais mènent à des endroits différents. Faites dire à chacun où il mène.`,
  allCaps:
    'Écrivez en minuscules : le texte en majuscules est plus difficile à lire et certains lecteurs d’écran l’épellent.',
  sentenceLong: (words: number, max: number, start: string) =>
    `Une phrase compte ${words} mots (visez ${max} ou moins) : « ${start} »`,
  tableHeaders:
    'Ce tableau n’a pas de ligne d’en-tête. Faites de la première ligne (ou colonne) un en-tête pour que chaque cellule soit lue avec son étiquette.',
  style: (prefer: string, avoid: string) => `Écrivez « ${prefer} » plutôt que « ${avoid} ».`,
  otherLanguage: (version: Language, found: Language) => {
    const name = { en: 'anglaise', fr: 'française' }
    const language = { en: 'en anglais', fr: 'en français' }
    return `Ce passage de la version ${name[version]} semble être ${language[found]}. Traduisez-le : les lecteurs d’écran le lisent avec la prononciation de la version ${name[version]}.`
  },
  summaryLong: (length: number, max: number) =>
    `Le résumé compte ${length} caractères. Restez sous ${max} : il s’affiche dans les listes, les fils et les courriels.`,
  missingInstruction: 'Dites ce que la population doit faire (la consigne), en mots simples.',
  pdfAlternative:
    'Le PDF imprimable a besoin d’une version accessible : mettez son contenu dans le texte de cette page.',
  pdfUpload:
    'Ce PDF n’est peut-être pas accessible : assurez-vous que son contenu est aussi sur une page Web.',
  pdfLink:
    'Ce lien mène à un PDF : assurez-vous que son contenu est aussi sur une page Web, et écrivez « PDF » dans le lien.',
  gradeTooHigh: (part: 'summary' | 'text', grade: number, target: number) =>
    `${part === 'summary' ? 'Le résumé' : 'Le texte'} (anglais) se lit au niveau ${grade}; visez le niveau ${target} ou moins. Faites des phrases plus courtes avec des mots courants.`,
  easeTooLow: (part: 'summary' | 'text', ease: number, target: number) =>
    `${part === 'summary' ? 'Le résumé' : 'Le texte'} français a une facilité de lecture de ${ease} (Kandel–Moles); visez ${target} ou plus. Faites des phrases plus courtes avec des mots courants.`,
}
