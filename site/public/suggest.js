// Answers that may help, while a resident writes to the City (the contact form) or describes a
// problem (the 311 form): the site's search over the 311 answers only, for the words typed, shown
// as links in a polite live region. The form works the same without it.
;(function () {
  var field = /** @type {HTMLTextAreaElement | null} */ (
    document.querySelector('textarea[data-suggest]')
  )
  if (!field) return
  var box = field.parentNode.querySelector('.suggestions')
  var section = field.getAttribute('data-suggest')
  var lead = field.getAttribute('data-suggest-lead')
  var timer = null
  var last = ''

  var show = function (results) {
    box.textContent = ''
    if (!results.length) return
    var p = document.createElement('p')
    p.textContent = lead
    var list = document.createElement('ul')
    results.forEach(function (r) {
      var item = document.createElement('li')
      var link = document.createElement('a')
      link.href = r.url
      link.textContent = (r.meta && r.meta.title) || r.url
      item.appendChild(link)
      list.appendChild(item)
    })
    box.appendChild(p)
    box.appendChild(list)
  }

  var suggest = function () {
    var words = field.value.trim().split(/\s+/).slice(0, 12).join(' ')
    if (words.length < 4 || words === last) return
    last = words
    window.civicSearch
      .find(words, section, 3)
      .then(function (found) {
        return found.results
      })
      .then(show)
      .catch(function () {
        box.textContent = ''
      })
  }

  field.addEventListener('input', function () {
    clearTimeout(timer)
    timer = setTimeout(suggest, 600)
  })
})()
