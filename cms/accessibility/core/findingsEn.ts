import { type Language } from '../../../site/lib/i18n'

/**
 * What the checker says about each finding, in the staff member's admin language: English here,
 * French in findingsFr.ts (the same keys, checked by the compiler). The language of the text
 * checked is a separate matter (CheckInput.language).
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
