// The site's search page, in the browser (searchEngine.js reads the index of the page's language):
// a section filter, the results as links with their excerpts (text and <mark> only copied, never
// markup). Without JavaScript the page says so.
;(function () {
  var form = document.querySelector('form.site-search')
  if (!form) return
  var input = /** @type {HTMLInputElement} */ (form.querySelector('input[name=q]'))
  var select = /** @type {HTMLSelectElement} */ (form.querySelector('select[name=section]'))
  var status = document.getElementById('search-status')
  var list = document.getElementById('search-results')
  var excerptInto = function (target, html) {
    var doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html')
    doc.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark')
        mark.textContent = node.textContent
        target.appendChild(mark)
      } else target.appendChild(document.createTextNode(node.textContent))
    })
  }

  var say = function (template, n, q) {
    status.textContent = template.replace('%n', String(n)).replace('%q', q)
  }

  var run = function (q, section) {
    list.textContent = ''
    if (!q) {
      status.textContent = ''
      return
    }
    status.textContent = form.getAttribute('data-loading')
    window.civicSearch
      .find(q, section, 20)
      .then(function (found) {
        var count = found.count
        if (!count) {
          // The words only, for the knowledge base's owners: what people look for and do not find.
          if (navigator.sendBeacon)
            navigator.sendBeacon(
              form.getAttribute('data-misses'),
              new URLSearchParams({ q: q, lang: form.getAttribute('data-lang') }),
            )
          return say(form.getAttribute('data-none'), 0, q)
        }
        say(form.getAttribute(count === 1 ? 'data-results-one' : 'data-results-many'), count, q)
        found.results.forEach(function (r) {
          var item = document.createElement('li')
          var link = document.createElement('a')
          link.href = r.url
          link.textContent = (r.meta && r.meta.title) || r.url
          var where = (r.filters && r.filters.section && r.filters.section[0]) || ''
          var heading = document.createElement('h2')
          heading.appendChild(link)
          item.appendChild(heading)
          if (where) {
            var tag = document.createElement('p')
            tag.className = 'hint'
            tag.textContent = where
            item.appendChild(tag)
          }
          var excerpt = document.createElement('p')
          excerptInto(excerpt, r.excerpt || '')
          item.appendChild(excerpt)
          list.appendChild(item)
        })
      })
      .catch(function () {
        say(form.getAttribute('data-none'), 0, q)
      })
  }

  window.civicSearch.sections().then(function (names) {
    names.forEach(function (name) {
      var option = document.createElement('option')
      option.value = name
      option.textContent = name
      select.appendChild(option)
    })
    var sectionBox = /** @type {HTMLElement} */ (form.querySelector('.search-section'))
    sectionBox.hidden = false
    var params = new URLSearchParams(window.location.search)
    if (params.get('section')) select.value = params.get('section')
  })

  form.addEventListener('submit', function (event) {
    event.preventDefault()
    var q = input.value.trim()
    var url = new URL(window.location.href)
    url.searchParams.set('q', q)
    if (select.value) url.searchParams.set('section', select.value)
    else url.searchParams.delete('section')
    window.history.replaceState(null, '', url)
    run(q, select.value)
  })

  var initial = new URLSearchParams(window.location.search)
  input.value = initial.get('q') || ''
  run(input.value.trim(), initial.get('section') || '')
})()
