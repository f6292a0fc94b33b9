import { HtmlValidate } from 'html-validate'

/**
 * HTML validity as the browser tier checks it, for the site's pages and the pages the CMS serves:
 * html-validate's "standard" rules (the HTML standard's content models, attributes, nesting,
 * duplicate ids, unclosed or misnested elements), no network. Answers one line per problem.
 */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

export const htmlProblems = async (html: string, label: string): Promise<string[]> => {
  const report = await validator.validateString(html, label)
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${label}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  )
}
