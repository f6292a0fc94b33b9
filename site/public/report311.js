// The 311 report form, improved when JavaScript runs: address suggestions as you type (a combobox),
// a place chosen on the ward map (filled back as the nearest address), and open reports of the same
// problem nearby, before sending. Without it the form works as it is. Text only, never markup.
// The 311 app (app311.js) shares it: it sets the form's data-service when a problem is chosen, and
// sends a `civic-place` event with the phone's location.
;(function () {
  var form = document.querySelector('form.report-form')
  if (!form || !window.fetch) return
  var cms = form.getAttribute('data-cms')
  var locale = form.getAttribute('data-locale') === 'fr' ? 'fr' : 'en'
  var input = /** @type {HTMLInputElement} */ (document.getElementById('address'))
  var list = document.getElementById('address-options')
  var status = document.getElementById('address-status')
  var addressId = /** @type {HTMLInputElement} */ (document.getElementById('address-id'))
  var lat = /** @type {HTMLInputElement} */ (document.getElementById('lat'))
  var long = /** @type {HTMLInputElement} */ (document.getElementById('long'))
  var nearby = document.getElementById('nearby')
  var found = form.getAttribute('data-options-found') || ''
  var options = []
  var active = -1
  var timer = null
  // Answers arrive out of order on a slow connection: a place from the map that comes back after
  // the resident typed again, or an older nearby list, must not overwrite what they did since.
  var placing = 0
  var nearbyAsked = 0

  function get(path) {
    // A network failure or an answer that is not JSON (a proxy's error page) is "no answer": the
    // form goes on working without the help.
    return fetch(cms + path, { credentials: 'omit' })
      .then(function (r) {
        return r.json().then(function (body) {
          return { ok: r.ok, body: body }
        })
      })
      .catch(function () {
        return { ok: false, body: null }
      })
  }
  function el(tag, text) {
    var n = document.createElement(tag)
    if (text) n.textContent = text
    return n
  }

  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-expanded', 'false')
  input.setAttribute('aria-controls', 'address-options')

  function close() {
    list.hidden = true
    list.textContent = ''
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
    active = -1
  }
  function choose(hit) {
    placing++
    input.value = hit.label
    addressId.value = hit.id
    lat.value = hit.lat
    long.value = hit.long
    close()
    showNearby()
  }
  function highlight(index) {
    var items = list.querySelectorAll('[role="option"]')
    for (var i = 0; i < items.length; i++)
      items[i].setAttribute('aria-selected', i === index ? 'true' : 'false')
    active = index
    if (items[index]) input.setAttribute('aria-activedescendant', items[index].id)
  }
  function show(hits) {
    options = hits
    list.textContent = ''
    hits.forEach(function (hit, i) {
      var li = el('li', hit.label + (hit.ward ? ' (' + hit.ward + ')' : ''))
      li.id = 'address-option-' + i
      li.setAttribute('role', 'option')
      li.setAttribute('aria-selected', 'false')
      li.addEventListener('mousedown', function (event) {
        event.preventDefault()
        choose(hit)
      })
      list.appendChild(li)
    })
    list.hidden = hits.length === 0
    input.setAttribute('aria-expanded', hits.length ? 'true' : 'false')
    status.textContent = hits.length ? found.replace(/^\d+/, String(hits.length)) : ''
  }
  input.addEventListener('input', function () {
    placing++
    addressId.value = ''
    lat.value = ''
    long.value = ''
    clearTimeout(timer)
    var q = input.value.trim()
    if (q.length < 2) return close()
    timer = setTimeout(function () {
      get('/api/addresses/search?q=' + encodeURIComponent(q)).then(function (answer) {
        if (answer.ok && input.value.trim() === q) show(answer.body)
      })
    }, 200)
  })
  input.addEventListener('keydown', function (event) {
    if (list.hidden) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      highlight(Math.min(active + 1, options.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      highlight(Math.max(active - 1, 0))
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault()
      choose(options[active])
    } else if (event.key === 'Escape') close()
  })
  input.addEventListener('blur', function () {
    setTimeout(close, 150)
  })

  var picker = /** @type {HTMLElement | null} */ (form.querySelector('.map-picker'))
  var map = /** @type {SVGSVGElement | null} */ (form.querySelector('.ward-map'))
  if (picker && map) {
    picker.hidden = false
    var marker = map.querySelector('.ward-map-marker')
    var west = Number(map.getAttribute('data-west'))
    var east = Number(map.getAttribute('data-east'))
    var south = Number(map.getAttribute('data-south'))
    var north = Number(map.getAttribute('data-north'))
    var box = map.viewBox.baseVal
    map.addEventListener('click', function (/** @type {MouseEvent} */ event) {
      var point = map.createSVGPoint()
      point.x = event.clientX
      point.y = event.clientY
      var at = point.matrixTransform(map.getScreenCTM().inverse())
      marker.setAttribute('cx', String(at.x))
      marker.setAttribute('cy', String(at.y))
      placeAt(
        north - (at.y / box.height) * (north - south),
        west + (at.x / box.width) * (east - west),
      )
    })
  }

  // A place from the map or the phone: kept even when the register cannot be asked (no signal),
  // so a report made offline still carries it; the nearest address is filled in when it can be.
  function placeAt(placeLat, placeLong, said) {
    var ticket = ++placing
    lat.value = placeLat.toFixed(6)
    long.value = placeLong.toFixed(6)
    input.value = ''
    addressId.value = ''
    status.textContent = said || ''
    get('/api/addresses/locate?lat=' + placeLat + '&long=' + placeLong).then(function (answer) {
      if (ticket !== placing) return
      if (!answer.ok) {
        if (answer.body) {
          lat.value = ''
          long.value = ''
          status.textContent = form.getAttribute('data-map-outside')
        }
        return
      }
      var near = answer.body.nearest
      input.value = near ? near.label : ''
      addressId.value = near && near.metres <= 25 ? near.id : ''
      status.textContent =
        (said ? said + ' ' : '') +
        (form.getAttribute('data-map-chosen') || '%s').replace(
          '%s',
          near ? near.label : answer.body.ward ? answer.body.ward.name : '',
        )
      showNearby()
    })
  }
  form.addEventListener('civic-place', function (/** @type {CustomEvent} */ event) {
    placeAt(event.detail.lat, event.detail.long, event.detail.said)
  })

  function showNearby() {
    var service = form.getAttribute('data-service')
    if (!service || !lat.value || !long.value) return
    var ticket = ++nearbyAsked
    get(
      '/api/service-requests/nearby?service_code=' +
        encodeURIComponent(service) +
        '&lat=' +
        lat.value +
        '&long=' +
        long.value,
    ).then(function (answer) {
      if (ticket !== nearbyAsked) return
      nearby.textContent = ''
      if (!answer.ok || !answer.body.length) return
      nearby.appendChild(el('p', form.getAttribute('data-nearby')))
      var ul = el('ul')
      answer.body.forEach(function (report) {
        var li = el('li')
        var a = el('a', report.reference + (report.address ? ' — ' + report.address : ''))
        a.href =
          cms +
          '/api/service-requests/track/' +
          encodeURIComponent(report.reference) +
          (locale === 'fr' ? '?lang=fr' : '')
        li.appendChild(a)
        li.appendChild(document.createTextNode(' (' + report.metres + ' m)'))
        ul.appendChild(li)
      })
      nearby.appendChild(ul)
    })
  }
})()
