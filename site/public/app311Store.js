// The 311 app's device store (IndexedDB): the reports waiting to be sent (`outbox`, photos
// included) and those sent (`mine`), and the sending itself: each waiting report in turn, with its
// key (`idempotency_key`), so a send whose answer was lost gets the same reference when it goes
// again. A refusal (the report's own fault) is kept with the City's words; anything else (no
// signal, a busy server) waits for the next try. Used by app311.js.
;(function () {
  if (!window.indexedDB) return
  var opened = null
  function database() {
    opened =
      opened ||
      new Promise(function (resolve, reject) {
        var request = window.indexedDB.open('civic-311-app', 1)
        request.onupgradeneeded = function () {
          request.result.createObjectStore('outbox', { keyPath: 'id' })
          request.result.createObjectStore('mine', { keyPath: 'reference' })
        }
        request.onsuccess = function () {
          resolve(request.result)
        }
        request.onerror = function () {
          reject(request.error)
        }
      })
    return opened
  }
  function store(name, mode, act) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(name, mode)
        var result = act(tx.objectStore(name))
        tx.oncomplete = function () {
          resolve(result && 'result' in result ? result.result : undefined)
        }
        tx.onerror = function () {
          reject(tx.error)
        }
      })
    })
  }
  function all(name) {
    return store(name, 'readonly', function (s) {
      return s.getAll()
    }).then(function (list) {
      return (list || []).sort(function (a, b) {
        return a.createdAt < b.createdAt ? -1 : 1
      })
    })
  }
  function put(name, value) {
    return store(name, 'readwrite', function (s) {
      return s.put(value)
    })
  }
  function remove(name, key) {
    return store(name, 'readwrite', function (s) {
      return s.delete(key)
    })
  }

  function newKey() {
    if (window.crypto.randomUUID) return window.crypto.randomUUID()
    var bytes = window.crypto.getRandomValues(new Uint8Array(16))
    return Array.prototype.map
      .call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2)
      })
      .join('')
  }

  var flushing = false
  function flush(cms, locale, onSent) {
    if (flushing || !navigator.onLine) return Promise.resolve()
    flushing = true
    return all('outbox')
      .then(function (waiting) {
        var next = Promise.resolve(true)
        waiting.forEach(function (record) {
          next = next.then(function (goOn) {
            return goOn && !record.refused ? send(record, cms, locale, onSent) : goOn
          })
        })
        return next
      })
      .catch(function () {
        return false
      })
      .then(function () {
        flushing = false
      })
  }

  // One waiting report sent; true when the next may go too (a refusal is the report's own fault).
  function send(record, cms, locale, onSent) {
    var body = new window.FormData()
    record.fields.forEach(function (pair) {
      body.append(pair[0], pair[1])
    })
    body.append('channel', 'app')
    body.append('idempotency_key', record.id)
    if (!body.has('language')) body.append('language', locale)
    record.photos.forEach(function (photo, i) {
      body.append('media', photo, 'photo-' + (i + 1) + '.' + (photo.type.split('/')[1] || 'jpg'))
    })
    return fetch(cms + '/api/service-requests', { method: 'POST', body: body, credentials: 'omit' })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return null
          })
          .then(function (answer) {
            if (response.status === 201 && answer && answer.reference) {
              var mine = {
                reference: answer.reference,
                createdAt: record.createdAt,
                sentAt: new Date().toISOString(),
                service: record.service,
                place: record.place,
                expectedAt: answer.expectedAt || null,
                survey: answer.survey || '',
                status: 'open',
              }
              return put('mine', mine)
                .then(function () {
                  return remove('outbox', record.id)
                })
                .then(function () {
                  onSent(answer.reference)
                  return true
                })
            }
            // Refused for what it holds (400, 413...): kept, with the City's words, to discard.
            if (response.status >= 400 && response.status < 500 && response.status !== 429) {
              record.refused = ((answer && answer.errors) || [])
                .map(function (e) {
                  return e.message
                })
                .join(' ')
              return put('outbox', record).then(function () {
                return true
              })
            }
            return false
          })
      })
      .catch(function () {
        return false
      })
  }

  window.civic311Store = { all: all, put: put, remove: remove, newKey: newKey, flush: flush }
})()
