// The site's search index (Pagefind, under /pagefind/), loaded once on first use, for the search
// page and the forms that suggest answers: window.civicSearch.find(words, section, limit) answers {
// count, results } with each result's url, title, section and excerpt.
;(function () {
  var engine = null
  var load = function () {
    if (!engine)
      engine = import('/pagefind/pagefind.js').then(function (pagefind) {
        return Promise.resolve(pagefind.init && pagefind.init()).then(function () {
          return pagefind
        })
      })
    return engine
  }
  window.civicSearch = {
    sections: function () {
      return load()
        .then(function (pagefind) {
          return pagefind.filters()
        })
        .then(function (filters) {
          return Object.keys((filters && filters.section) || {}).sort()
        })
    },
    find: function (words, section, limit) {
      return load()
        .then(function (pagefind) {
          return pagefind.search(words, section ? { filters: { section: section } } : {})
        })
        .then(function (search) {
          return Promise.all(
            search.results.slice(0, limit).map(function (r) {
              return r.data()
            }),
          ).then(function (results) {
            return { count: search.results.length, results: results }
          })
        })
    },
  }
})()
