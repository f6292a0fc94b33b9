import { b as createAstro, c as createComponent, m as maybeRenderHead, a as renderTemplate, r as renderComponent, d as addAttribute } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
import { p as publicDate, d as formatDate } from './Page_pz-SQ4aL.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
const $$ItemList = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$ItemList;
  const { items, base, empty, headingLevel = 2 } = Astro2.props;
  const Heading = `h${headingLevel}`;
  return renderTemplate`${items.length === 0 ? renderTemplate`${maybeRenderHead()}<p>${empty}</p>` : renderTemplate`<ul class="item-list">${items.map((item) => renderTemplate`<li>${renderComponent($$result, "Heading", Heading, {}, { "default": ($$result2) => renderTemplate`<a${addAttribute(`${base}${item.slug}/`, "href")}>${item.title}</a>` })}<p class="meta"><time${addAttribute(publicDate(item), "datetime")}>${formatDate(publicDate(item))}</time></p><p>${item.summary}</p></li>`)}</ul>`}`;
}, "/work/main/site/src/components/ItemList.astro", void 0);

export { $$ItemList as $ };
