import type { CatalogueOf } from '../../../site/lib/i18n/catalogue'
import { type Language } from '../../../site/lib/i18n'

/**
 * What the checker says about each finding, in the staff member's admin language: English here,
 * French in `findingsFr` (the same keys, checked by the compiler). The language of the text checked
 * is a separate matter (CheckInput.language).
 */
export const findingsEn = {
  altMissing: 'This image has no alt text. Describe what it shows for people who cannot see it.',
  altFileName: (alt: string) =>
    `The alt text "${alt}" is a file name. Describe what the image shows.`,
  altGeneric: (alt: string) => `The alt text "${alt}" does not say what the image shows.`,
  altLong: (length: number, max: number) =>
    `The alt text is ${length} characters. Keep it under ${max}; put longer descriptions in the text.`,
  altImageOf:
    'Start alt text with what the image shows: screen readers already say it is an image.',
  headingEmpty: 'This heading is empty. Give it words or make it a normal paragraph.',
  headingOne: 'Use Heading 2 here: the title is already the page’s Heading 1.',
  headingSkip: (level: number, previous: number) =>
    `This Heading ${level} skips a level after ${previous === 1 ? 'the title' : `a Heading ${previous}`}. Use Heading ${previous + 1}.`,
  linkEmpty: 'This link has no text (or its image has no alt text). Say where it goes.',
  linkVague: (text: string) =>
    `The link text "${text}" does not say where it goes. Use words like "the 2027 budget report".`,
  linkBare: 'This link shows a bare web address. Use words that say where it goes.',
  linkSameText: (count: number, text: string) =>
    `${count} links say "${text}" but go to different places. Make each one say where it goes.`,
  allCaps:
    'Write in sentence case: text in capitals is harder to read and some screen readers spell it out.',
  sentenceLong: (words: number, max: number, start: string) =>
    `A sentence has ${words} words (aim for ${max} or fewer): "${start}"`,
  tableHeaders:
    'This table has no header row. Make the first row (or column) a header so each cell can be read with its label.',
  style: (prefer: string, avoid: string) => `Write "${prefer}" instead of "${avoid}".`,
  otherLanguage: (version: Language, found: Language) => {
    const name = { en: 'English', fr: 'French' }
    return `This passage of the ${name[version]} version seems to be in ${name[found]}. Translate it: screen readers read it with ${name[version]} pronunciation.`
  },
  summaryLong: (length: number, max: number) =>
    `The summary is ${length} characters. Keep it under ${max}: it shows in listings, feeds and emails.`,
  missingInstruction: 'Say what residents should do (the instruction), in plain words.',
  pdfAlternative:
    'The print PDF needs an accessible version: put its content in the body of this page.',
  pdfUpload: 'This PDF may not be accessible: make sure its content is also on a web page.',
  pdfLink:
    'This links to a PDF: make sure its content is also on a web page, and say "PDF" in the link.',
  gradeTooHigh: (part: 'summary' | 'text', grade: number, target: number) =>
    `The ${part} reads at grade ${grade}; aim for grade ${target} or lower. Use shorter sentences and everyday words.`,
  easeTooLow: (part: 'summary' | 'text', ease: number, target: number) =>
    `The French ${part} has a reading ease of ${ease} (Kandel–Moles); aim for ${target} or higher. Use shorter sentences and everyday words.`,
}

export type FindingMessages = CatalogueOf<typeof findingsEn>

export const findingsFr: FindingMessages = {
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

/** The checker's sentences in an admin language. */
export const findingMessagesIn = (language: string | undefined): FindingMessages =>
  language === 'fr' ? findingsFr : findingsEn
