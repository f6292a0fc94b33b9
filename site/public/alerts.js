// Keeps the emergency banner current without a reload: reads /emergency/active.json now and every
// 30 s. Builds elements with textContent only, so nothing in an alert can add markup. No framework.
;(function () {
  var box = document.getElementById('emergency-alerts')
  if (!box || !window.fetch) return
  var rank = { Extreme: 3, Severe: 3, Moderate: 2 }
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
    var key = alerts
      .map(function (a) {
        return path(a) + '|' + a.title
      })
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
    section.setAttribute('aria-label', 'Emergency alerts')
    var wrap = el('div', '', 'wrap')
    wrap.appendChild(
      el('h2', alerts.length === 1 ? 'Emergency alert in effect' : 'Emergency alerts in effect'),
    )
    var list = el('ul')
    alerts.forEach(function (a) {
      var item = el('li')
      var link = el('a', a.title)
      link.href = path(a)
      item.appendChild(link)
      list.appendChild(item)
    })
    wrap.appendChild(list)
    section.appendChild(wrap)
    box.appendChild(section)
  }
  function load() {
    fetch('/emergency/active.json', { cache: 'no-store' })
      .then(function (r) {
        return r.ok ? r.json() : null
      })
      .then(function (d) {
        if (d && d.alerts) render(d.alerts)
      })
      .catch(function () {})
  }
  load()
  setInterval(load, 30000)
})()
