// The 311 app's lists: what is waiting on the device, what it sent (as Open311 says it is now:
// state, notes, the public history) and the open reports near the resident. Text only, never
// markup. Used by app311.js, which passes what the page knows (`app`).
;(function () {
  var store = window.civic311Store
  if (!store) return
  var all = store.all
  var put = store.put
  var remove = store.remove
  /** @type {Civic311App} */
  var app = null
  var w = null
  var $ = function (id) {
    return document.getElementById(id)
  }
  function el(tag, text, className) {
    var n = document.createElement(tag)
    if (text) n.textContent = text
    if (className) n.className = className
    return n
  }
  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? String(values[key]) : all
    })
  }
  function when(iso) {
    var d = new Date(iso)
    if (isNaN(d.getTime())) return ''
    return d.toLocaleString(app.locale === 'fr' ? 'fr-CA' : 'en-CA', {
      dateStyle: 'medium',
      timeStyle: 'short',
    })
  }

  function emptyList(ul) {
    ul.textContent = ''
    ul.appendChild(el('li', ul.getAttribute('data-empty')))
  }
  // A request's public status page (follow, "me too", "still not fixed", the survey), in the
  // app's language.
  function statusLink(reference, text) {
    var link = /** @type {HTMLAnchorElement} */ (el('a', text))
    link.href =
      app.cms +
      '/api/service-requests/track/' +
      encodeURIComponent(reference) +
      (app.locale === 'fr' ? '?lang=fr' : '')
    return link
  }
  function serviceName(code) {
    return app.byCode[code] ? app.byCode[code].name : code
  }
  // What the lists last showed: they are built again only when it changed, so a comment being
  // typed into "still not fixed" survives the half-minute's sending round.
  var shown = ''
  function render() {
    return Promise.all([all('outbox'), all('mine')]).then(function (both) {
      var waiting = both[0]
      var mine = both[1].reverse()
      var now = JSON.stringify([
        waiting.map(function (r) {
          return [r.id, r.refused, r.service, r.place]
        }),
        mine,
      ])
      if (now !== shown) {
        shown = now
        showLists(waiting, mine)
      }
      var count = waiting.filter(function (r) {
        return !r.refused
      }).length
      var line = navigator.onLine ? w.online : w.offline
      if (count) line += ' ' + (count === 1 ? w.waitingOne : fill(w.waitingMany, { n: count }))
      var note = app.note()
      $('app-status').textContent = line + (note ? ' ' + note : '')
    })
  }
  function showLists(waiting, mine) {
    var ul = $('waiting-list')
    if (!waiting.length) emptyList(ul)
    else ul.textContent = ''
    waiting.forEach(function (record) {
      var li = el('li')
      li.appendChild(el('strong', serviceName(record.service)))
      li.appendChild(el('span', ' ' + record.place + ' · ' + when(record.createdAt)))
      if (record.refused) {
        li.appendChild(el('p', fill(w.refused, { message: record.refused }), 'app-problem'))
        var drop = el('button', w.discard, 'button app-chip')
        drop.setAttribute('type', 'button')
        drop.addEventListener('click', function () {
          remove('outbox', record.id).then(render)
        })
        li.appendChild(drop)
      } else li.appendChild(el('p', w.queued, 'hint'))
      ul.appendChild(li)
    })
    var sent = $('mine-list')
    if (!mine.length) emptyList(sent)
    else sent.textContent = ''
    mine.forEach(function (report) {
      var li = el('li')
      var link = statusLink(report.reference, report.reference)
      li.appendChild(link)
      li.appendChild(el('span', ' ' + serviceName(report.service) + ' · ' + report.place))
      li.appendChild(
        el('p', report.status === 'closed' ? w.statusClosed : w.statusOpen, 'app-state'),
      )
      if (report.notes) li.appendChild(el('p', report.notes))
      if (report.expectedAt && report.status !== 'closed')
        li.appendChild(el('p', fill(w.expected, { date: when(report.expectedAt) }), 'hint'))
      if (report.history && report.history.length) {
        var details = el('details')
        details.appendChild(el('summary', w.history))
        var steps = el('ul')
        report.history.forEach(function (step) {
          steps.appendChild(el('li', when(step.at) + ' · ' + step.text))
        })
        details.appendChild(steps)
        li.appendChild(details)
      }
      var push = window.civicPush
      if (report.status !== 'closed' && push && push.supported) {
        if (report.following) li.appendChild(el('p', w.followingPush, 'hint'))
        else li.appendChild(followButton(report))
      }
      if (report.status === 'closed' && report.token) li.appendChild(reopenForm(report))
      if (report.status === 'closed' && report.survey) {
        var survey = /** @type {HTMLAnchorElement} */ (el('a', w.survey))
        survey.href = report.survey
        var ask = el('p')
        ask.appendChild(survey)
        li.appendChild(ask)
      }
      var more = statusLink(report.reference, w.statusPage)
      var p = el('p')
      p.appendChild(more)
      li.appendChild(p)
      sent.appendChild(li)
    })
  }

  // A form post an app on another origin may read (no preflight), answered in JSON.
  function post(path, fields) {
    var body = new URLSearchParams()
    Object.keys(fields).forEach(function (name) {
      body.append(name, fields[name])
    })
    return fetch(app.cms + path, {
      method: 'POST',
      body: body,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return {}
        })
        .then(function (answer) {
          return { status: response.status, ok: response.ok, body: answer }
        })
    })
  }
  function requestPath(report, action) {
    return '/api/service-requests/' + encodeURIComponent(report.reference) + '/' + action
  }
  function problemOf(answer) {
    var first = answer.body && answer.body.errors && answer.body.errors[0]
    return (first && first.message) || w.pushFailed
  }

  // Updates by push to this phone: no alert topics taken; the follower's token comes back and is
  // what "still not fixed" needs once the report is closed.
  function followButton(report) {
    var button = /** @type {HTMLButtonElement} */ (el('button', w.followPush, 'button app-chip'))
    button.type = 'button'
    button.addEventListener('click', function () {
      button.disabled = true
      window.civicPush
        .subscribe(app.cms)
        .then(function (subscription) {
          return post(requestPath(report, 'follow'), {
            subscription: JSON.stringify(subscription),
            language: app.locale,
          })
        })
        .then(function (answer) {
          if (!answer.ok || !answer.body.token) throw new Error(problemOf(answer))
          report.following = true
          report.token = answer.body.token
          app.say(w.followingPush)
          return put('mine', report)
        })
        .catch(function (error) {
          app.say(error.message === 'denied' ? w.pushDenied : error.message || w.pushFailed)
          button.disabled = false
        })
        .then(render)
    })
    return button
  }

  // "Still not fixed": within 30 days of the closing it reopens; later, a new linked report.
  function reopenForm(report) {
    var details = el('details')
    details.appendChild(el('summary', w.stillNotFixed))
    var form = el('form', '', 'inquiry-form')
    var id = 'reopen-' + report.reference
    var label = /** @type {HTMLLabelElement} */ (el('label', w.whatIsWrong + ' ' + w.required))
    label.htmlFor = id
    var comment = /** @type {HTMLTextAreaElement} */ (el('textarea'))
    comment.id = id
    comment.required = true
    comment.maxLength = 2000
    comment.rows = 3
    var send = /** @type {HTMLButtonElement} */ (el('button', w.reopenButton, 'button'))
    send.type = 'submit'
    form.appendChild(label)
    form.appendChild(comment)
    form.appendChild(send)
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      send.disabled = true
      post(requestPath(report, 'reopen'), {
        token: report.token,
        comment: comment.value,
        language: app.locale,
      })
        .then(function (answer) {
          if (answer.status === 201 && answer.body.reference) {
            app.say(fill(w.reopenedNew, { ref: answer.body.reference }))
            var now = new Date().toISOString()
            return put('mine', {
              reference: answer.body.reference,
              createdAt: now,
              sentAt: now,
              service: report.service,
              place: report.place,
              status: 'open',
            })
          }
          if (!answer.ok) throw new Error(problemOf(answer))
          app.say(w.reopened)
          report.status = 'open'
          return put('mine', report)
        })
        .catch(function (error) {
          app.say(error.message)
          send.disabled = false
        })
        .then(refreshMine)
    })
    details.appendChild(form)
    return details
  }

  // The device's reports, as Open311 says they are now (state, notes, the public history).
  function refreshMine() {
    if (!navigator.onLine) return Promise.resolve()
    return all('mine').then(function (mine) {
      if (!mine.length) return
      var ids = mine
        .slice(-50)
        .map(function (r) {
          return r.reference
        })
        .join(',')
      var since = new Date(new Date(mine[0].sentAt).getTime() - 86400000).toISOString()
      var open311 = app.cms + '/open311/v2/'
      var ask = function (path) {
        return fetch(open311 + path, { credentials: 'omit' })
          .then(function (r) {
            return r.ok ? r.json() : []
          })
          .catch(function () {
            return []
          })
      }
      return Promise.all([
        ask('requests.json?extensions=true&locale=' + app.locale + '&service_request_id=' + ids),
        ask(
          'servicerequestupdates.json?start_date=' +
            encodeURIComponent(since) +
            '&service_request_id=' +
            ids,
        ),
      ]).then(function (answers) {
        var now = {}
        answers[0].forEach(function (r) {
          now[r.service_request_id] = r
        })
        var history = {}
        answers[1].forEach(function (u) {
          ;(history[u.service_request_id] = history[u.service_request_id] || []).push({
            at: u.updated_datetime,
            text: u.description || (u.status === 'closed' ? w.statusClosed : w.statusOpen),
          })
        })
        return Promise.all(
          mine.map(function (report) {
            var fresh = now[report.reference]
            if (!fresh) return null
            report.status = fresh.status
            report.notes = fresh.status_notes
            report.expectedAt = fresh.expected_datetime || report.expectedAt
            report.history = history[report.reference] || report.history || []
            return put('mine', report)
          }),
        ).then(render)
      })
    })
  }

  // ---- 4. Open reports near the resident: "me too" on its page rather than a second report. ----
  function showNearbyReports(place) {
    if (!place || !navigator.onLine) return
    fetch(
      app.cms + '/api/service-requests/nearby?radius=500&lat=' + place.lat + '&long=' + place.long,
      { credentials: 'omit' },
    )
      .then(function (r) {
        return r.ok ? r.json() : null
      })
      .catch(function () {
        return null
      })
      .then(function (reports) {
        if (!reports) return
        var ul = $('nearby-list')
        if (!reports.length) return emptyList(ul)
        ul.textContent = ''
        reports.forEach(function (report) {
          var li = el('li')
          li.appendChild(el('strong', serviceName(report.service_code)))
          li.appendChild(
            el(
              'span',
              ' ' + (report.address || '') + ' · ' + fill(w.metres, { m: report.metres }) + ' · ',
            ),
          )
          var link = statusLink(report.reference, w.meToo + ' — ' + report.reference)
          li.appendChild(link)
          ul.appendChild(li)
        })
      })
  }

  window.civic311Lists = {
    el: el,
    fill: fill,
    when: when,
    start: function (context) {
      app = context
      w = context.words
    },
    render: render,
    refreshMine: refreshMine,
    showNearby: showNearbyReports,
  }
})()
