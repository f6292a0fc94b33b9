import { escapeHtml } from '../../site/lib/html'
import { strings, type Language } from '../../site/lib/i18n'

/**
 * The few pages a subscriber reaches from an email link (confirmed, unsubscribe, manage). They need
 * the token in the link, so the CMS serves them, in the public site's look: one h1, a skip link,
 * lang set, strong contrast, forms with labels, no script.
 */
export const htmlPage = (args: {
  title: string
  body: string
  language?: Language
  status?: number
  siteUrl: string
}) =>
  new Response(
    `<!doctype html><html lang="${args.language ?? 'en'}-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(args.title)}</title>` +
      `<style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#1b1b1b;background:#fff}` +
      `header{background:#0b3d91;color:#fff;padding:.75rem 1rem;border-bottom:8px solid #1d70b8}header a{color:#fff;font-weight:700;text-decoration:none}` +
      `main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}a{color:#0b4f9c}:focus-visible{outline:3px solid #1b1b1b;box-shadow:0 0 0 6px #ffbf47}` +
      `.skip{position:absolute;left:-9999px}.skip:focus{left:0;background:#ffbf47;color:#1b1b1b;padding:.5rem}` +
      `fieldset{border:0;padding:0;margin:1rem 0}legend,label.block{font-weight:700}label.check{display:block;margin:.25rem 0}select{font:inherit;padding:.3rem}` +
      `button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;padding:.5rem 1rem;margin-top:1rem;cursor:pointer}</style></head>` +
      `<body><a class="skip" href="#main">${strings(args.language ?? 'en').subscriber.skip}</a><header><a href="${escapeHtml(args.siteUrl)}${args.language === 'fr' ? '/fr/' : '/'}">${strings(args.language ?? 'en').subscriber.home}</a></header>` +
      `<main id="main"><h1>${escapeHtml(args.title)}</h1>${args.body}</main></body></html>`,
    {
      status: args.status ?? 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      },
    },
  )
