/** Matching words people write against words staff chose: case, accents and punctuation aside. */

export const foldText = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Whether folded text holds a phrase as whole words (accents and case ignored). */
export const hasPhrase = (folded: string, phrase: string) => {
  const wanted = foldText(phrase)
  return wanted !== '' && ` ${folded} `.includes(` ${wanted} `)
}
