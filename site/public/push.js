// The subscription page's "notifications in this browser" control. The browser's permission is
// asked only after the person presses the button; the topics are those ticked in the email form
// above, the language the page's. Without JavaScript, or in a browser without Web Push, the section
// says so.
;(function () {
  var section = document.querySelector('section.push')
  if (!section) return
  var cms = section.getAttribute('data-cms')
  var locale = section.getAttribute('data-locale') === 'fr' ? 'fr' : 'en'
  var status = /** @type {HTMLElement} */ (section.querySelector('.push-status'))
  var on = /** @type {HTMLButtonElement} */ (section.querySelector('button.push-on'))
  var off = /** @type {HTMLButtonElement} */ (section.querySelector('button.push-off'))
  var words = JSON.parse(section.getAttribute('data-words'))
  var noscript = /** @type {HTMLElement | null} */ (section.querySelector('.push-noscript'))
  if (noscript) noscript.hidden = true

  function say(text) {
    status.textContent = text
  }
  function show(subscribed) {
    on.hidden = subscribed
    off.hidden = !subscribed
  }
  function post(path, fields) {
    var body = new URLSearchParams()
    Object.keys(fields).forEach(function (name) {
      ;[].concat(fields[name]).forEach(function (value) {
        body.append(name, value)
      })
    })
    // A form body: a simple cross-origin request, no preflight.
    return fetch(cms + path, { method: 'POST', body: body, credentials: 'omit' })
  }
  function topics() {
    var boxes = /** @type {NodeListOf<HTMLInputElement>} */ (
      document.querySelectorAll('form[action$="/api/subscriptions"] input[name="topics"]:checked')
    )
    var list = []
    for (var i = 0; i < boxes.length; i += 1) list.push(boxes[i].value)
    return list.length ? list : ['emergency']
  }

  // Where, as chosen in the email form above: everywhere, or an address or wards.
  function place() {
    var form = document.querySelector('form[action$="/api/subscriptions"]')
    if (!form) return {}
    var area = /** @type {HTMLInputElement | null} */ (
      form.querySelector('input[name="area"]:checked')
    )
    var address = /** @type {HTMLInputElement | null} */ (
      form.querySelector('input[name="address"]')
    )
    var wards = /** @type {NodeListOf<HTMLInputElement>} */ (
      form.querySelectorAll('input[name="wards"]:checked')
    )
    var list = []
    for (var i = 0; i < wards.length; i += 1) list.push(wards[i].value)
    return {
      area: area ? area.value : 'everywhere',
      address: address ? address.value : '',
      wards: list,
    }
  }

  var push = window.civicPush
  if (!push || !push.supported) {
    say(words.unsupported)
    return
  }
  on.hidden = false
  push
    .current()
    .then(function (existing) {
      show(Boolean(existing))
      if (existing) say(words.isOn)
    })
    .catch(function () {
      say(words.unsupported)
    })

  on.addEventListener('click', function () {
    on.disabled = true
    push
      .subscribe(cms)
      .then(function (subscription) {
        return post('/api/push-subscriptions', {
          subscription: JSON.stringify(subscription),
          topics: topics(),
          language: locale,
          area: place().area,
          address: place().address,
          wards: place().wards,
          source: window.location.pathname,
        })
      })
      .then(function (response) {
        if (response.status === 400)
          // A place the person can fix (an address not in the register): say what the CMS said.
          return response.json().then(function (answer) {
            var first = answer && answer.errors && answer.errors[0]
            throw new Error('refused: ' + (first && first.message ? first.message : ''))
          })
        if (!response.ok) throw new Error('refused')
        show(true)
        say(words.isOn)
      })
      .catch(function (error) {
        var message = (error && error.message) || ''
        say(
          message === 'denied'
            ? words.denied
            : message.indexOf('refused: ') === 0 && message.length > 9
              ? message.slice(9)
              : words.failed,
        )
      })
      .then(function () {
        on.disabled = false
      })
  })

  off.addEventListener('click', function () {
    push
      .current()
      .then(function (subscription) {
        if (!subscription) return null
        var endpoint = subscription.endpoint
        return subscription.unsubscribe().then(function () {
          return post('/api/push-subscriptions/unsubscribe', { endpoint: endpoint })
        })
      })
      .then(function () {
        show(false)
        say(words.isOff)
      })
  })
})()
