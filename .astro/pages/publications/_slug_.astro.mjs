import { b as createAstro, c as createComponent, r as renderComponent, a as renderTemplate, m as maybeRenderHead, d as addAttribute } from '../../chunks/astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { $ as $$Withdrawn, a as $$RichText } from '../../chunks/Withdrawn_Cj24mvHc.mjs';
import { p as publicDate, $ as $$Page, s as snapshot, i as isWithdrawn, d as formatDate, e as formatBytes } from '../../chunks/Page_pz-SQ4aL.mjs';
import { P as PUBLICATION_KIND_LABELS } from '../../chunks/labels_C0N_7PEL.mjs';
export { renderers } from '../../renderers.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
function getStaticPaths() {
  return snapshot().publications.map((publication) => ({ params: { slug: publication.slug }, props: { publication } }));
}
const $$slug = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$slug;
  const { publication } = Astro2.props;
  const date = publicDate(publication);
  const kind = (PUBLICATION_KIND_LABELS[publication.kind] ?? publication.kind).replace(/s$/, "");
  const pdf = publication.printEdition;
  const cover = publication.coverImage;
  const srcset = cover ? Object.values(cover.sizes).map((size) => `${size.url} ${size.width}w`).join(", ") : "";
  return renderTemplate`${renderComponent($$result, "Page", $$Page, { "title": publication.title, "section": "publications", "description": publication.summary }, { "default": ($$result2) => renderTemplate` ${maybeRenderHead()}<article> ${isWithdrawn(publication) && renderTemplate`${renderComponent($$result2, "Withdrawn", $$Withdrawn, { "reason": publication.withdrawalReason, "at": publication.withdrawnAt })}`} <p class="meta">${kind} · <time${addAttribute(date, "datetime")}>${formatDate(date)}</time></p> <h1>${publication.title}</h1> <p class="lede">${publication.summary}</p> ${cover && renderTemplate`<figure> <img${addAttribute(cover.sizes.card?.url ?? cover.url, "src")}${addAttribute(srcset || void 0, "srcset")} sizes="(min-width: 48rem) 44rem, 100vw"${addAttribute(cover.alt, "alt")}${addAttribute(cover.sizes.card?.width ?? cover.width, "width")}${addAttribute(cover.sizes.card?.height ?? cover.height, "height")} decoding="async"> </figure>`} ${pdf && renderTemplate`<p class="panel"><a${addAttribute(pdf.url, "href")} download>Download the print edition (PDF, ${formatBytes(pdf.filesize)})</a>. This page is the accessible version of the same content.</p>`} ${renderComponent($$result2, "RichText", $$RichText, { "content": publication.body })} </article> ` })}`;
}, "/work/main/site/src/pages/publications/[slug].astro", void 0);

const $$file = "/work/main/site/src/pages/publications/[slug].astro";
const $$url = "/publications/[slug]/";

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  default: $$slug,
  file: $$file,
  getStaticPaths,
  url: $$url
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
