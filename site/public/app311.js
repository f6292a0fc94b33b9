// The 311 app (/app/, /fr/app/): choose the problem, add photos, place it, answer its questions,
// send. A report is first kept on the device and sent when there is a connection, once
// (app311Store.js); the device's reports and the open reports nearby are listed by app311Lists.js.
// Only the public contract: Open311 and the documented 311 endpoints. Text only, never markup;
// the words and the catalogue come from the page (#app-data).
;(function () {
  var form = /** @type {HTMLFormElement | null} */ (document.querySelector('form.app-report'))
  var dataElement = document.getElementById('app-data')
  if (!form || !dataElement || !window.fetch || !window.civic311Store) return
  var data = JSON.parse(dataElement.textContent || '{}')
  var w = data.words
  var cms = form.getAttribute('data-cms')
  var locale = form.getAttribute('data-locale') === 'fr' ? 'fr' : 'en'
  var byCode = {}
  data.services.forEach(function (s) {
    byCode[s.code] = s
  })
  var $ = function (id) {
    return document.getElementById(id)
  }
  var store = window.civic311Store
  var lists = window.civic311Lists
  var el = lists.el
  var fill = lists.fill
  var appStatus = $('app-status')
  // The last thing the app did (kept, sent, refused), said after the connection's state.
  var note = ''
  function say(text) {
    note = text
    appStatus.textContent = text
  }
  var problem = $('app-problem')
  var lat = /** @type {HTMLInputElement} */ ($('lat'))
  var long = /** @type {HTMLInputElement} */ ($('long'))
  var address = /** @type {HTMLInputElement} */ ($('address'))
  form.hidden = false

  // ---- 1. The problem: search, the often reported, its answers, notice and safety stop. ----
  var search = /** @type {HTMLInputElement} */ ($('service-search'))
  var list = $('all-services')
  var chosen = null
  data.services.forEach(function (s) {
    var label = el('label', '', 'checkbox')
    var radio = /** @type {HTMLInputElement} */ (el('input'))
    radio.type = 'radio'
    radio.name = 'service_code'
    radio.value = s.code
    radio.required = true
    label.appendChild(radio)
    label.appendChild(document.createTextNode(' ' + s.name))
    label.setAttribute('data-search', fold([s.name, s.group, s.description].join(' ')))
    list.appendChild(label)
  })
  data.popular.forEach(function (code) {
    if (!byCode[code]) return
    var button = el('button', byCode[code].name, 'button app-chip')
    button.setAttribute('type', 'button')
    button.addEventListener('click', function () {
      var radio = /** @type {HTMLInputElement} */ (
        list.querySelector('input[value="' + code + '"]')
      )
      radio.checked = true
      choose(code)
      radio.focus()
    })
    $('popular-services').appendChild(button)
  })
  function fold(text) {
    return String(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
  }
  search.addEventListener('input', function () {
    var q = fold(search.value).trim()
    var shown = 0
    var labels = list.querySelectorAll('label')
    for (var i = 0; i < labels.length; i++) {
      var hit = !q || labels[i].getAttribute('data-search').indexOf(q) !== -1
      ;/** @type {HTMLElement} */ (labels[i]).hidden = !hit
      if (hit) shown++
    }
    $('service-count').textContent = !q
      ? ''
      : shown === 1
        ? w.resultOne
        : shown
          ? fill(w.results, { n: shown })
          : w.noResults
  })
  list.addEventListener('change', function (event) {
    var target = /** @type {HTMLInputElement} */ (event.target)
    if (target.name === 'service_code') choose(target.value)
  })

  function choose(code) {
    chosen = byCode[code]
    form.setAttribute('data-service', code)
    problem.textContent = ''
    var help = $('service-help')
    help.textContent = ''
    if (chosen.answers.length) {
      help.appendChild(el('p', w.answersFirst))
      var ul = el('ul')
      chosen.answers.forEach(function (a) {
        var li = el('li')
        var link = /** @type {HTMLAnchorElement} */ (el('a', a.title))
        link.href = a.href
        li.appendChild(link)
        if (a.summary) li.appendChild(el('p', a.summary, 'hint'))
        ul.appendChild(li)
      })
      help.appendChild(ul)
    }
    if (chosen.notice) help.appendChild(el('p', chosen.notice, 'notice'))
    if (chosen.safety)
      help.appendChild(
        questionInput(
          { label: chosen.safety.label, datatype: 'singlevaluelist', values: chosen.safety.values },
          'danger',
          true,
        ),
      )
    var questions = $('service-questions')
    questions.textContent = ''
    chosen.questions.forEach(function (q) {
      questions.appendChild(questionInput(q, q.code, q.required))
    })
  }

  // One of the service's questions as the site's form asks it (radios, boxes, text, a number).
  function questionInput(q, code, required) {
    var name = 'attribute[' + code + ']'
    var label = (q.label || '') + (required ? ' ' + w.required : '')
    if (q.datatype === 'singlevaluelist' || q.datatype === 'multivaluelist') {
      var set = el('fieldset', '', 'question' + (code === 'danger' ? ' notice notice--danger' : ''))
      set.appendChild(el('legend', label))
      q.values.forEach(function (v, i) {
        var box = el('label', '', 'checkbox')
        var input = /** @type {HTMLInputElement} */ (el('input'))
        input.type = q.datatype === 'singlevaluelist' ? 'radio' : 'checkbox'
        input.name = q.datatype === 'singlevaluelist' ? name : name + '[]'
        input.value = v.key
        input.required = required && q.datatype === 'singlevaluelist' && i === 0
        box.appendChild(input)
        box.appendChild(document.createTextNode(' ' + v.name))
        set.appendChild(box)
      })
      if (code === 'danger') set.addEventListener('change', safetyCheck)
      return set
    }
    var wrap = el('div', '', 'question')
    var id = 'app-attribute-' + code
    var field = /** @type {HTMLInputElement} */ (el(q.datatype === 'text' ? 'textarea' : 'input'))
    field.id = id
    field.name = name
    field.required = required
    if (q.datatype === 'number') field.type = 'number'
    else if (q.datatype === 'datetime') field.type = 'datetime-local'
    else if (q.datatype !== 'text') field.type = 'text'
    var fieldLabel = /** @type {HTMLLabelElement} */ (el('label', label))
    fieldLabel.htmlFor = id
    wrap.appendChild(fieldLabel)
    wrap.appendChild(field)
    return wrap
  }
  function stopped() {
    var yes = /** @type {HTMLInputElement | null} */ (
      form.querySelector('input[name="attribute[danger]"]:checked')
    )
    return Boolean(chosen && chosen.safety && yes && yes.value === chosen.safety.stopKey)
  }
  function safetyCheck() {
    problem.textContent = stopped() ? w.stopped + ' ' + chosen.instruction : ''
  }

  // ---- 2. Photos: the camera opens directly on a phone; three at most. ----
  var photos = []
  var picker = /** @type {HTMLInputElement} */ ($('app-photos'))
  picker.addEventListener('change', function () {
    var files = Array.prototype.slice.call(picker.files || [])
    if (photos.length + files.length > 3) problem.textContent = w.tooManyPhotos
    photos = photos.concat(files).slice(0, 3)
    picker.value = ''
    showPhotos()
  })
  function showPhotos() {
    var ul = $('photo-list')
    ul.textContent = ''
    photos.forEach(function (file, i) {
      var li = el('li')
      var img = /** @type {HTMLImageElement} */ (el('img'))
      img.src = URL.createObjectURL(file)
      img.alt = fill(w.photoAlt, { n: i + 1 })
      img.width = 96
      img.height = 96
      var drop = el('button', fill(w.removePhoto, { n: i + 1 }), 'button app-chip')
      drop.setAttribute('type', 'button')
      drop.addEventListener('click', function () {
        photos.splice(i, 1)
        showPhotos()
        picker.focus()
      })
      li.appendChild(img)
      li.appendChild(drop)
      ul.appendChild(li)
    })
  }

  // ---- 3. The place: the phone's location with its accuracy (report311.js does the rest). ----
  var lastPlace = null
  $('use-location').addEventListener('click', function () {
    if (!navigator.geolocation) return void ($('address-status').textContent = w.locationDenied)
    $('address-status').textContent = w.locating
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var c = position.coords
        lastPlace = { lat: c.latitude, long: c.longitude }
        var said = fill(w.located, { m: Math.max(1, Math.round(c.accuracy)) })
        form.dispatchEvent(
          new window.CustomEvent('civic-place', {
            detail: { lat: c.latitude, long: c.longitude, said: said },
          }),
        )
        lists.showNearby(lastPlace)
      },
      function () {
        $('address-status').textContent = w.locationDenied
      },
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 },
    )
  })

  // ---- Sending: kept first, then sent when there is a connection. ----
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    problem.textContent = ''
    if (!chosen) return void (problem.textContent = w.chooseService)
    if (stopped()) return safetyCheck()
    if (!lat.value && !address.value.trim()) return void (problem.textContent = w.placeFirst)
    if (!form.reportValidity()) return
    var fields = []
    new window.FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value !== '') fields.push([name, value])
    })
    var record = {
      id: store.newKey(),
      createdAt: new Date().toISOString(),
      service: chosen.code,
      place: address.value.trim() || lat.value + ', ' + long.value,
      fields: fields,
      photos: photos.slice(),
      refused: null,
    }
    store.put('outbox', record).then(function () {
      form.reset()
      // Hidden fields keep their values through a reset: the place is cleared by hand.
      lat.value = long.value = ''
      ;/** @type {HTMLInputElement} */ ($('address-id')).value = ''
      photos = []
      showPhotos()
      chosen = null
      form.setAttribute('data-service', '')
      $('service-help').textContent = ''
      $('service-questions').textContent = ''
      say(w.queued)
      return lists.render().then(flush)
    })
  })

  // ---- When to send: now, when the connection returns, and every half-minute while open. ----
  lists.start({
    words: w,
    byCode: /** @type {Record<string, { name: string }>} */ (byCode),
    cms: cms,
    locale: locale,
    note: function () {
      return note
    },
    say: say,
  })
  function flush() {
    return store
      .flush(cms, locale, function (reference) {
        say(fill(w.sent, { ref: reference }))
      })
      .then(lists.render)
  }
  window.addEventListener('online', function () {
    flush().then(lists.refreshMine)
  })
  window.addEventListener('offline', lists.render)
  setInterval(function () {
    if (document.visibilityState === 'visible') flush()
  }, 30000)
  lists.render().then(flush).then(lists.refreshMine)

  // The page works offline once the service worker keeps it (sw.js); a new version takes over
  // quietly, and the waiting reports stay on the device (they are not in its cache).
  if ('serviceWorker' in navigator) {
    var hadController = Boolean(navigator.serviceWorker.controller)
    navigator.serviceWorker.register('/sw.js').catch(function () {
      return null
    })
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (hadController) say(w.updateReady)
    })
  }
})()
