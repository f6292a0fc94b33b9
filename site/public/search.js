// The site's search, in the browser: Pagefind's index for the page's language (built after each site
// build under /pagefind/), a section filter, and the results as links with their excerpts. Text and
// <mark> only are copied from excerpts, never markup. Without JavaScript the page says so.
;(function () {
  var form = document.querySelector('form.site-search')
  if (!form) return
  var input = form.querySelector('input[name=q]')
  var select = form.querySelector('select[name=section]')
  var status = document.getElementById('search-status')
  var list = document.getElementById('search-results')
  var engine = null

  var load = function () {
    if (engine) return engine
    engine = import('/pagefind/pagefind.js').then(function (pagefind) {
      return Promise.resolve(pagefind.init && pagefind.init()).then(function () {
        return pagefind
      })
    })
    return engine
  }

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
    load()
      .then(function (pagefind) {
        var options = section ? { filters: { section: section } } : {}
        return pagefind.search(q, options)
      })
      .then(function (search) {
        return Promise.all(
          search.results.slice(0, 20).map(function (r) {
            return r.data()
          }),
        ).then(function (results) {
          var count = search.results.length
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
          results.forEach(function (r) {
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
      })
      .catch(function () {
        say(form.getAttribute('data-none'), 0, q)
      })
  }

  load().then(function (pagefind) {
    return pagefind.filters().then(function (filters) {
      Object.keys((filters && filters.section) || {})
        .sort()
        .forEach(function (name) {
          var option = document.createElement('option')
          option.value = name
          option.textContent = name
          select.appendChild(option)
        })
      form.querySelector('.search-section').hidden = false
      var params = new URLSearchParams(window.location.search)
      if (params.get('section')) select.value = params.get('section')
    })
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
