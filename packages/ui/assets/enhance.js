/* global document, window */
// packages/ui — progressive enhancement only: every page works without this file.
// Served from 'self' (the CSP allows no inline script).
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState !== 'loading') fn();
    else document.addEventListener('DOMContentLoaded', fn);
  }
  ready(function () {
    // An error summary takes the focus so screen readers announce it and the keyboard starts there.
    var summary = document.querySelector('[data-error-summary]');
    if (summary) summary.focus();
    // Links of the summary move focus to the field, not only scroll.
    document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var target = document.getElementById(link.getAttribute('href').slice(1));
        if (target) {
          event.preventDefault();
          target.scrollIntoView({ block: 'center' });
          target.focus();
        }
      });
    });
    // Print buttons exist only when the script runs.
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
    // Ask before irreversible actions.
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
      });
    });
    // A form is submitted once: the button is disabled after the first submit (the server also
    // refuses a second save through the form's idempotency key).
    document.querySelectorAll('form[method="post"]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (event.defaultPrevented) return;
        if (form.dataset.submitted === 'true') {
          event.preventDefault();
          return;
        }
        form.dataset.submitted = 'true';
      });
    });
  });
})();
