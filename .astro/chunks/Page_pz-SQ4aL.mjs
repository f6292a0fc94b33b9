import { c as createComponent, m as maybeRenderHead, d as addAttribute, a as renderTemplate, b as createAstro, e as renderSlot, r as renderComponent, f as renderHead } from './astro/server_CYDbQRlG.mjs';
import 'piccolore';
/* empty css                          */
import 'clsx';
import { readFileSync } from 'node:fs';

const TIME_ZONE = "America/Toronto";
const formatDate = (iso) => iso ? new Date(iso).toLocaleDateString("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric" }) : "";
const formatDateTime = (iso) => iso ? new Date(iso).toLocaleString("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" }) : "";
const isWithdrawn = (item) => item.workflowState === "withdrawn";
const publicDate = (item) => item.releaseAt ?? item.issueDate ?? item.publishedAt ?? item.updatedAt;
const newestFirst = (items) => [...items].sort((a, b) => publicDate(b).localeCompare(publicDate(a)) || String(b.id).localeCompare(String(a.id)));
const listed = (items) => newestFirst(items.filter((item) => !isWithdrawn(item)));
const activeAlerts = (bulletins, now) => {
  const replaced = new Set(bulletins.flatMap((b) => (b.references ?? []).map(String)));
  return listed(bulletins).filter(
    (b) => (b.msgType === "Alert" || b.msgType === "Update") && !replaced.has(String(b.id)) && new Date(b.expires).getTime() > now.getTime()
  );
};
const formatMoney = (value) => value.toLocaleString("en-CA", { style: "currency", currency: "CAD", maximumFractionDigits: 0 });
const formatBytes = (bytes) => bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;

let cached = null;
const snapshot = () => {
  if (cached) return cached;
  const file = process.env.CIVIC_SNAPSHOT;
  if (!file) throw new Error("CIVIC_SNAPSHOT is not set: the site is built by the publishing pipeline (npm start), not on its own.");
  cached = JSON.parse(readFileSync(file, "utf8"));
  return cached;
};
const builtAt = () => new Date(snapshot().generatedAt);

const $$AlertBanner = createComponent(($$result, $$props, $$slots) => {
  const alerts = activeAlerts(snapshot().bulletins, builtAt());
  const rank = { Extreme: 3, Severe: 3, Moderate: 2 };
  const top = Math.max(1, ...alerts.map((a) => rank[a.severity] ?? 1));
  const level = top === 3 ? "severe" : top === 2 ? "moderate" : "minor";
  const key = alerts.map((a) => `/emergency/${a.slug}/|${a.headline || a.title}`).join("\n");
  return renderTemplate`${maybeRenderHead()}<div id="emergency-alerts" aria-live="polite"${addAttribute(key, "data-key")}> ${alerts.length > 0 && renderTemplate`<section${addAttribute(`alert-banner alert-banner--${level}`, "class")} aria-label="Emergency alerts"> <div class="wrap"> <h2>${alerts.length === 1 ? "Emergency alert in effect" : "Emergency alerts in effect"}</h2> <ul> ${alerts.map((alert) => renderTemplate`<li><a${addAttribute(`/emergency/${alert.slug}/`, "href")}>${alert.headline || alert.title}</a></li>`)} </ul> </div> </section>`} </div>`;
}, "/work/main/site/src/components/AlertBanner.astro", void 0);

const CITY_NAME = process.env.CITY_NAME?.trim() || "City of Riverton";

var __freeze = Object.freeze;
var __defProp = Object.defineProperty;
var __template = (cooked, raw) => __freeze(__defProp(cooked, "raw", { value: __freeze(cooked.slice()) }));
var _a;
const $$Astro = createAstro("http://127.0.0.1:4321");
const $$Page = createComponent(($$result, $$props, $$slots) => {
  const Astro2 = $$result.createAstro($$Astro, $$props, $$slots);
  Astro2.self = $$Page;
  const { title, description, section, feed } = Astro2.props;
  const cityName = CITY_NAME;
  const nav = [
    { href: "/news/", label: "News", section: "news" },
    { href: "/publications/", label: "Publications", section: "publications" },
    { href: "/emergency/", label: "Emergency", section: "emergency" },
    { href: "/sponsorship/", label: "Sponsorship", section: "sponsorship" },
    { href: "/subscribe/", label: "Get alerts by email", section: "subscribe" }
  ];
  const canonical = new URL(Astro2.url.pathname, Astro2.site);
  return renderTemplate(_a || (_a = __template(['<html lang="en-CA"> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>', "</title>", '<link rel="canonical"', '><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="alternate" type="application/rss+xml"', ' href="/feeds/all.xml">', '<link rel="sitemap" type="application/xml" href="/sitemap.xml"><script src="/alerts.js" defer><\/script>', '</head> <body> <a class="skip-link" href="#main">Skip to main content</a> <header class="site-header"> <div class="wrap"> <a class="site-name" href="/">', '</a> <nav class="site-nav" aria-label="Main"> <ul> ', " </ul> </nav> </div> </header> ", ' <main id="main" tabindex="-1"> <div class="wrap"> ', ' </div> </main> <footer class="site-footer"> <div class="wrap"> <ul> <li><a href="/feeds/all.xml">RSS feeds</a></li> <li><a href="/subscribe/">Email alerts</a></li> <li><a href="/sitemap.xml">Site map</a></li> </ul> <p>Corporate Communications, ', ". Call 311 for City services.</p> </div> </footer> </body></html>"])), section === "home" ? cityName : `${title} \u2013 ${cityName}`, description && renderTemplate`<meta name="description"${addAttribute(description, "content")}>`, addAttribute(canonical.href, "href"), addAttribute(`${cityName}: everything`, "title"), feed && renderTemplate`<link rel="alternate" type="application/rss+xml"${addAttribute(`${cityName}: ${feed.title}`, "title")}${addAttribute(feed.href, "href")}>`, renderHead(), cityName, nav.map((item) => renderTemplate`<li><a${addAttribute(item.href, "href")}${addAttribute(item.section === section ? "page" : void 0, "aria-current")}>${item.label}</a></li>`), renderComponent($$result, "AlertBanner", $$AlertBanner, {}), renderSlot($$result, $$slots["default"]), cityName);
}, "/work/main/site/src/layouts/Page.astro", void 0);

export { $$Page as $, activeAlerts as a, builtAt as b, formatMoney as c, formatDate as d, formatBytes as e, formatDateTime as f, isWithdrawn as i, listed as l, publicDate as p, snapshot as s };
