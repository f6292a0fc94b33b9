import { describe, expect, it } from 'vitest'

import { DEMO_ARTICLES } from '../../seed/demoArticles'
import { languageName, otherLanguageOf } from './otherLanguage'

describe('a message in neither English nor French', () => {
  it.each([
    ['Hola, el camión de la basura no pasó por mi calle esta semana y huele muy mal.', 'spa'],
    ['Bom dia, a coleta de lixo não passou na minha rua esta semana.', 'por'],
    ['Ciao, la spazzatura non è stata raccolta questa settimana nella mia strada.', 'ita'],
    ['مرحبا، لم يتم جمع القمامة في شارعنا هذا الأسبوع', 'arb'],
    ['ਮੇਰੀ ਗਲੀ ਵਿੱਚ ਇਸ ਹਫ਼ਤੇ ਕੂੜਾ ਨਹੀਂ ਚੁੱਕਿਆ ਗਿਆ', 'pan'],
    ['我家门口的垃圾这周没有人收，请派人来处理', 'cmn'],
    ['Xin chào, rác ở đường tôi chưa được thu gom tuần này.', 'vie'],
    ['Dzień dobry, śmieci nie zostały odebrane w tym tygodniu.', 'pol'],
  ])('%s is %s', (text, code) => {
    expect(otherLanguageOf(text)).toBe(code)
  })

  it('leaves English, French and what is too short to tell unflagged', () => {
    expect(otherLanguageOf('The garbage truck did not come this week on my street.')).toBeNull()
    expect(
      otherLanguageOf('Les ordures n’ont pas été ramassées cette semaine dans ma rue.'),
    ).toBeNull()
    expect(otherLanguageOf('Hola')).toBeNull()
    expect(otherLanguageOf('12 Main St. 519-555-0100')).toBeNull()
  })

  it('flags none of the 48 demo answers, in English or in French', () => {
    const texts = DEMO_ARTICLES.flatMap((a) =>
      (['en', 'fr'] as const).flatMap((l) => [a[l].title, a[l].summary, a[l].body]),
    )
    expect(texts.filter((text) => otherLanguageOf(text) !== null)).toEqual([])
  })

  it('names the language in the reader’s language', () => {
    expect(languageName('spa', 'en')).toBe('Spanish')
    expect(languageName('spa', 'fr')).toBe('espagnol')
    expect(languageName('not a code!', 'en')).toBe('not a code!')
  })
})
