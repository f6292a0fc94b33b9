// Counts a reading of this answer (a number a day, nothing about the reader), without delaying the
// page.
;(function () {
  var form = document.querySelector('form[data-view]')
  if (!form || !navigator.sendBeacon) return
  navigator.sendBeacon(form.getAttribute('data-view'))
})()
