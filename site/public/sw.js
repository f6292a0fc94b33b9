// The site's service worker: it shows the City's push notifications (an alert, a 311 update) and
// opens the page a notification is about when the person selects it. It caches nothing: the site
// itself is always read fresh from the network.
'use strict'

// The worker's own scope: this file runs as a service worker, which WebWorker's types call `self`
// without its service-worker half (site/tsconfig.worker.json checks this file).
var worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self))

var SEEN = 'civic-push-seen'

// A message is shown once: a sender that crashed mid-send may hand the same message over again.
function firstTime(id) {
  if (!id || !self.caches) return Promise.resolve(true)
  var key = '/__push-seen/' + encodeURIComponent(id)
  return self.caches.open(SEEN).then(function (cache) {
    return cache.match(key).then(function (hit) {
      if (hit) return false
      return cache.put(key, new Response('')).then(function () {
        return true
      })
    })
  })
}

function tell(message) {
  return worker.clients
    .matchAll({ type: 'window', includeUncontrolled: true })
    .then(function (list) {
      list.forEach(function (client) {
        client.postMessage(message)
      })
    })
}

worker.addEventListener('push', function (event) {
  var data
  try {
    data = event.data ? event.data.json() : {}
  } catch (e) {
    data = { title: event.data ? event.data.text() : '' }
  }
  var title = String(data.title || (data.language === 'fr' ? 'Alerte' : 'Alert'))
  var options = {
    body: String(data.body || ''),
    tag: data.tag ? String(data.tag) : undefined,
    lang: data.language === 'fr' ? 'fr-CA' : 'en-CA',
    data: { url: String(data.url || '/') },
    // An emergency stays on screen until the person acts on it, and sounds again if it replaces
    // one.
    requireInteraction: Boolean(data.urgent),
    renotify: Boolean(data.urgent && data.tag),
    icon: '/favicon.svg',
  }
  event.waitUntil(
    firstTime(data.id).then(function (first) {
      if (!first) return undefined
      return worker.registration
        .showNotification(title, options)
        .then(
          function () {
            return null
          },
          function (error) {
            return String(error)
          },
        )
        .then(function (problem) {
          // Open pages of the site hear of it too (they can show the alert at once).
          return tell({ type: 'civic-push', title: title, options: options, problem: problem })
        })
    }),
  )
})

worker.addEventListener('notificationclick', function (event) {
  event.notification.close()
  var url = (event.notification.data && event.notification.data.url) || '/'
  event.waitUntil(
    worker.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (list) {
      for (var i = 0; i < list.length; i += 1)
        if (list[i].url === url && 'focus' in list[i]) return list[i].focus()
      return worker.clients.openWindow(url)
    }),
  )
})
