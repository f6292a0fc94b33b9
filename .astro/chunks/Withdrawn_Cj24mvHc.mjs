import { b as createAstro, c as createComponent, m as maybeRenderHead, u as unescapeHTML, a as renderTemplate } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
import 'clsx';
import { s as snapshot, d as formatDate } from './Page_pz-SQ4aL.mjs';

const escapeHtml = (value) => String(value ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const SAFE_PROTOCOLS = /* @__PURE__ */ new Set(["http:", "https:", "mailto:", "tel:"]);
const safeHref = (raw) => {
  if (typeof raw !== "string") return null;
  const cleaned = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  if (!cleaned) return null;
  if (/^(\/(?!\/)|#|\?)/.test(cleaned)) return cleaned;
  try {
    const url = new URL(cleaned);
    return SAFE_PROTOCOLS.has(url.protocol.toLowerCase()) ? url.href : null;
  } catch {
    return null;
  }
};

const FORMAT_TAGS = [
  [1, "strong"],
  [2, "em"],
  [4, "s"],
  [8, "u"],
  [16, "code"],
  [32, "sub"],
  [64, "sup"]
];
const text = (node) => {
  let html = escapeHtml(node.text);
  const format = typeof node.format === "number" ? node.format : 0;
  for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`;
  return html;
};
const headingLevel = (tag) => {
  const level = Number(String(tag ?? "h2").replace(/\D/g, "")) || 2;
  return Math.min(6, Math.max(2, level));
};
const renderLexical = (document, media = () => null) => {
  const children = (node) => (node.children ?? []).map(render).join("");
  const render = (node) => {
    switch (node.type) {
      case "text":
        return text(node);
      case "linebreak":
        return "<br>";
      case "tab":
        return " ";
      case "paragraph": {
        const inner = children(node);
        return inner ? `<p>${inner}</p>` : "";
      }
      case "heading": {
        const level = headingLevel(node.tag);
        return `<h${level}>${children(node)}</h${level}>`;
      }
      case "quote":
        return `<blockquote>${children(node)}</blockquote>`;
      case "list": {
        const tag = node.listType === "number" ? "ol" : "ul";
        return `<${tag}>${children(node)}</${tag}>`;
      }
      case "listitem":
        return `<li>${children(node)}</li>`;
      case "horizontalrule":
        return "<hr>";
      case "link":
      case "autolink": {
        const fields = node.fields ?? {};
        const href = safeHref(fields.url);
        if (!href) return children(node);
        return `<a href="${escapeHtml(href)}">${children(node)}</a>`;
      }
      case "upload": {
        const found = media(node.value && typeof node.value === "object" ? node.value.id : node.value);
        if (!found) return "";
        const size = found.width && found.height ? ` width="${found.width}" height="${found.height}"` : "";
        const srcset = found.srcset ? ` srcset="${escapeHtml(found.srcset)}" sizes="(min-width: 48rem) 44rem, 100vw"` : "";
        return `<figure><img src="${escapeHtml(found.url)}"${srcset} alt="${escapeHtml(found.alt)}"${size} loading="lazy" decoding="async"></figure>`;
      }
      default:
        return children(node);
    }
  };
  const root = document?.root;
  return root ? children(root) : "";
};

const $$Astro$1 = createAstro("http://127.0.0.1:4321");
const $$RichText = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro$1, $$props, $$slots);
  Astro2.self = $$RichText;
  const media = snapshot().media;
  const html = renderLexical(Astro2.props.content, (id) => {
    const file = media[String(id)];
    if (!file || !file.mimeType.startsWith("image/")) return null;
    const srcset = Object.values(file.sizes).map((size) => `${size.url} ${size.width}w`).join(", ");
    return { url: file.sizes.card?.url ?? file.url, alt: file.alt, width: file.sizes.card?.width ?? file.width, height: file.sizes.card?.height ?? file.height, srcset: srcset || void 0 };
  });
  return renderTemplate`${maybeRenderHead()}<div class="rich-text">${unescapeHTML(html)}</div>`;
}, "/work/main/site/src/components/RichText.astro", void 0);

const $$Astro = createAstro("http://127.0.0.1:4321");
const $$Withdrawn = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Withdrawn;
  const { reason, at } = Astro2.props;
  return renderTemplate`${maybeRenderHead()}<div class="notice" role="note"> <h2>This page has been withdrawn</h2> ${at && renderTemplate`<p>Withdrawn on ${formatDate(at)}.</p>`} ${reason && renderTemplate`<p>${reason}</p>`} <p>It is kept for the record and may be out of date.</p> </div>`;
}, "/work/main/site/src/components/Withdrawn.astro", void 0);

export { $$Withdrawn as $, $$RichText as a };
