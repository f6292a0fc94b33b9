// The browser's push subscription for the City's notifications, shared by the subscription page
// (push.js) and the 311 app (app311Lists.js): the site's service worker, the browser's permission
// (asked only when the person presses a button), and the CMS's public key.
;(function () {
  var supported =
    'serviceWorker' in navigator && 'PushManager' in window && Boolean(window.Notification)
  var registration = null
  function ready() {
    registration =
      registration ||
      navigator.serviceWorker.register('/sw.js').then(function () {
        return navigator.serviceWorker.ready
      })
    return registration
  }
  function keyBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/')
    var raw = window.atob(base64 + '===='.slice(base64.length % 4 || 4))
    var bytes = new Uint8Array(raw.length)
    for (var i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i)
    return bytes
  }
  // Rejects with Error('denied') when the person says no to notifications.
  function subscribe(cms) {
    return window.Notification.requestPermission()
      .then(function (permission) {
        if (permission !== 'granted') throw new Error('denied')
        return Promise.all([
          ready(),
          fetch(cms + '/api/push-subscriptions/key', { credentials: 'omit' }).then(function (r) {
            return r.json()
          }),
        ])
      })
      .then(function (both) {
        return both[0].pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(both[1].publicKey),
        })
      })
  }
  function current() {
    return ready().then(function (reg) {
      return reg.pushManager.getSubscription()
    })
  }
  window.civicPush = { supported: supported, ready: ready, subscribe: subscribe, current: current }
})()
