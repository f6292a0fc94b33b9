// Keeps the emergency banner current without a reload: reads /emergency/active.json now and every
// 30 s, in the page's language (data-locale), with the page's own words (data-* from the
// catalogue). Builds elements with textContent only, so nothing in an alert can add markup. No
// framework.
;(function () {
  var box = document.getElementById('emergency-alerts')
  if (!box || !window.fetch) return
  // The banner the server included (site/lib/banner.ts) carries its key: a current one is kept.
  var included = box.querySelector('[data-key]')
  box.setAttribute('data-key', included ? included.getAttribute('data-key') : '')
  var rank = { Extreme: 3, Severe: 3, Moderate: 2 }
  // As site/lib/banner.ts (bannerChoice): most severe, then most urgent, then as listed; three.
  var severity = { Extreme: 4, Severe: 3, Moderate: 2, Minor: 1 }
  var urgency = { Immediate: 4, Expected: 3, Future: 2, Past: 1 }
  var MAX = 3
  var locale = box.getAttribute('data-locale') === 'fr' ? 'fr' : 'en'
  // A ward's page shows only the alerts that touch its ward (`wards` null: the whole city).
  var ward = box.getAttribute('data-ward') ? Number(box.getAttribute('data-ward')) : null
  function touches(a) {
    return ward === null || !a.wards || a.wards.indexOf(ward) !== -1
  }
  var words = {
    label: box.getAttribute('data-label') || 'Emergency alerts',
    one: box.getAttribute('data-one') || 'Emergency alert in effect',
    many: box.getAttribute('data-many') || 'Emergency alerts in effect',
    englishOnly: box.getAttribute('data-english-only') || '',
    moreOne: box.getAttribute('data-more-one') || '1 more alert',
    moreMany: box.getAttribute('data-more-many') || '{n} more alerts',
    list: box.getAttribute('data-list') || '/emergency/',
  }
  function choose(alerts) {
    var ranked = alerts
      .map(function (a, i) {
        return { a: a, i: i }
      })
      .sort(function (x, y) {
        return (
          (severity[y.a.severity] || 0) - (severity[x.a.severity] || 0) ||
          (urgency[y.a.urgency] || 0) - (urgency[x.a.urgency] || 0) ||
          x.i - y.i
        )
      })
      .map(function (x) {
        return x.a
      })
    return { shown: ranked.slice(0, MAX), more: Math.max(0, ranked.length - MAX) }
  }
  // An alert in the page's language; files written before the bilingual shape have English only.
  function inLanguage(a) {
    var t = a.text && a.text[locale]
    return t
      ? t
      : { lang: 'en-CA', headline: a.title, instruction: null, url: a.url, areas: a.areas }
  }
  function el(tag, text, cls) {
    var n = document.createElement(tag)
    if (text) n.textContent = text
    if (cls) n.className = cls
    return n
  }
  function path(a) {
    try {
      return new URL(a.url).pathname
    } catch (e) {
      return '/emergency/'
    }
  }
  function render(alerts) {
    var chosen = choose(alerts)
    var key = chosen.shown
      .map(function (a) {
        var t = inLanguage(a)
        return path(t) + '|' + t.headline
      })
      .concat(chosen.more ? ['+' + chosen.more] : [])
      .join('\n')
    if (key === box.getAttribute('data-key')) return
    box.setAttribute('data-key', key)
    box.textContent = ''
    if (!alerts.length) return
    var top = Math.max.apply(
      null,
      alerts.map(function (a) {
        return rank[a.severity] || 1
      }),
    )
    var section = el(
      'section',
      '',
      'alert-banner alert-banner--' + (top === 3 ? 'severe' : top === 2 ? 'moderate' : 'minor'),
    )
    section.setAttribute('aria-label', words.label)
    var wrap = el('div', '', 'wrap')
    wrap.appendChild(el('h2', alerts.length === 1 ? words.one : words.many))
    var list = el('ul')
    chosen.shown.forEach(function (a) {
      var t = inLanguage(a)
      var english = locale === 'fr' && t.lang === 'en-CA'
      var item = el('li')
      var link = el('a', t.headline)
      link.href = path(t)
      if (english) link.lang = 'en-CA'
      item.appendChild(link)
      if (t.instruction) {
        var what = el('span', ' ' + t.instruction)
        if (english) what.lang = 'en-CA'
        item.appendChild(what)
      }
      if (english && words.englishOnly)
        item.appendChild(el('span', ' (' + words.englishOnly + ')', 'alert-note'))
      list.appendChild(item)
    })
    wrap.appendChild(list)
    if (chosen.more) {
      var more = el('p', '', 'alert-more')
      var link = el(
        'a',
        (chosen.more === 1 ? words.moreOne : words.moreMany).replace('{n}', String(chosen.more)),
      )
      link.href = words.list
      more.appendChild(link)
      wrap.appendChild(more)
    }
    section.appendChild(wrap)
    box.appendChild(section)
  }
  function load() {
    fetch('/emergency/active.json', { cache: 'no-store' })
      .then(function (r) {
        return r.ok ? r.json() : null
      })
      .then(function (d) {
        if (d && d.alerts) render(d.alerts.filter(touches))
      })
      .catch(function () {})
  }
  load()
  setInterval(load, 30000)
})()
