import { b as createAstro, c as createComponent, m as maybeRenderHead, d as addAttribute, a as renderTemplate } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
import 'clsx';
import { P as PUBLICATION_KIND_LABELS } from './labels_C0N_7PEL.mjs';

const $$Astro = createAstro("http://127.0.0.1:4321");
const $$KindFilter = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$KindFilter;
  const { kinds, current } = Astro2.props;
  return renderTemplate`${kinds.length > 0 && renderTemplate`${maybeRenderHead()}<nav aria-label="Filter publications by kind"><ul class="filters"><li><a href="/publications/"${addAttribute(current ? void 0 : "page", "aria-current")}>All</a></li>${kinds.map((kind) => renderTemplate`<li><a${addAttribute(`/publications/kind/${kind}/`, "href")}${addAttribute(kind === current ? "page" : void 0, "aria-current")}>${PUBLICATION_KIND_LABELS[kind]}</a></li>`)}</ul></nav>`}`;
}, "/work/main/site/src/components/KindFilter.astro", void 0);

export { $$KindFilter as $ };
