// The site's service worker: it shows the City's push notifications (an alert, a 311 update) and
// opens the page a notification is about when the person selects it. It keeps a copy of the 311
// app (/app/, /fr/app/ and what those pages load) so the app opens without a signal; the rest of
// the site is never cached here and is always read fresh from the network.
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

// ---- The 311 app offline. ----
// Network first (a new version of the app is taken as soon as it is published), the copy when the
// network fails or is slower than a weak signal allows. The reports waiting to be sent are in the
// page's IndexedDB, not here: an update of this cache never loses one.
var APP_CACHE = 'civic-311-app-v1'
var APP_PAGES = ['/app/', '/fr/app/']
var SLOW_MS = 4000

function inApp(path) {
  return path.indexOf('/app/') === 0 || path.indexOf('/fr/app/') === 0
}

function appRequest(request) {
  if (request.method !== 'GET') return false
  var url = new URL(request.url)
  if (url.origin !== self.location.origin) return false
  if (inApp(url.pathname)) return true
  // What an app page loads (its stylesheet, scripts, icons), known by the page that asked.
  var from = request.referrer ? new URL(request.referrer) : null
  return Boolean(from && from.origin === self.location.origin && inApp(from.pathname))
}

// The app's pages and everything they name (stylesheets, scripts, icons, the manifest), kept when
// this worker is installed: the app opens offline after its first visit, not its second.
function keepApp() {
  return self.caches.open(APP_CACHE).then(function (cache) {
    return Promise.all(
      APP_PAGES.map(function (page) {
        return fetch(page, { cache: 'no-cache' })
          .then(function (response) {
            if (!response.ok) return null
            return response
              .clone()
              .text()
              .then(function (html) {
                var names = []
                html.replace(/(?:href|src)="(\/[^"]*)"/g, function (all, name) {
                  if (names.indexOf(name) === -1 && !/^\/\//.test(name)) names.push(name)
                  return all
                })
                return cache.put(page, response).then(function () {
                  return Promise.all(
                    names.filter(assetOfApp).map(function (name) {
                      return cache.add(name).catch(function () {
                        return null
                      })
                    }),
                  )
                })
              })
          })
          .catch(function () {
            return null
          })
      }),
    )
  })
}

// Only what the app needs offline: not the site's other pages its header links to.
function assetOfApp(name) {
  return inApp(name) || /^\/(_astro\/|[\w-]+\.(js|svg|css)$)/.test(name)
}

worker.addEventListener('install', function (event) {
  event.waitUntil(keepApp())
})

worker.addEventListener('activate', function (event) {
  event.waitUntil(
    self.caches.keys().then(function (names) {
      return Promise.all(
        names
          .filter(function (name) {
            return name.indexOf('civic-311-app-') === 0 && name !== APP_CACHE
          })
          .map(function (name) {
            return self.caches.delete(name)
          }),
      )
    }),
  )
})

worker.addEventListener('fetch', function (event) {
  if (!appRequest(event.request)) return
  var request = event.request
  var url = new URL(request.url)
  // A page is kept under its address without the query or the fragment.
  var key = request.mode === 'navigate' ? url.origin + url.pathname : request
  event.respondWith(
    self.caches.open(APP_CACHE).then(function (cache) {
      var network = fetch(request).then(function (response) {
        if (response.ok) cache.put(key, response.clone())
        return response
      })
      var slow = new Promise(function (resolve) {
        setTimeout(resolve, SLOW_MS)
      })
      var fallback = function () {
        return cache.match(key).then(function (hit) {
          return hit || network
        })
      }
      return Promise.race([
        network.catch(fallback),
        slow.then(function () {
          return cache.match(key).then(function (hit) {
            return hit || network
          })
        }),
      ]).catch(fallback)
    }),
  )
})
