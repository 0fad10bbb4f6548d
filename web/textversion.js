// The text version: the same content and session as real HTML (a table, lists, forms),
// for screen readers and anyone who prefers text. The app (window.crossroads) makes the
// HTML of the current view and applies the forms' actions to the same session as the
// canvas, so answers count, persist and reach the host page the same way. boot.js loads
// this file when the "Text version" link is first used, so the page does not pay for it.
(function () {
  'use strict';
  var section = document.getElementById('text-version');
  var body = document.getElementById('tv-body');
  var canvas = document.getElementById('canvas');
  if (!section || !body || !canvas) return;

  function app() { return window.crossroads && window.crossroads.textHtml ? window.crossroads : null; }

  // Re-renders, then gives the focus back to the control with the same id (the HTML keeps
  // ids stable): the first of `focusIds` there and enabled, else the view's heading.
  function render(focusIds, caret) {
    var a = app();
    if (!a) return;
    body.innerHTML = a.textHtml();
    var target = null;
    focusIds.concat(['tv-title']).some(function (id) {
      var el = document.getElementById(id);
      if (el && !el.disabled) target = el;
      return target !== null;
    });
    if (!target) return;
    target.focus();
    if (caret !== undefined && target.setSelectionRange) target.setSelectionRange(caret, caret);
  }

  function show() {
    if (!app()) { window.addEventListener('crossroads:ready', show, { once: true }); return; }
    section.hidden = false;
    document.documentElement.classList.add('cr-text');
    document.documentElement.classList.toggle('tv-dark', app().state().theme === 'dark');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.tabIndex = -1;
    render(['tv-title']);
  }

  function hide() {
    section.hidden = true;
    document.documentElement.classList.remove('cr-text');
    canvas.removeAttribute('aria-hidden');
    canvas.tabIndex = 0;
    canvas.focus();
    if (app()) app().wake();
  }

  window.crossroadsText = { show: show };
  document.getElementById('tv-close').addEventListener('click', hide);
  section.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !e.target.matches('input[type="search"]')) hide(); });

  function act(el, value) {
    var a = app();
    if (!a) return;
    var action = { act: el.getAttribute('data-act') };
    if (value !== undefined) action.value = String(value);
    else if (el.hasAttribute('data-value')) action.value = el.getAttribute('data-value');
    var focusIds = [el.id];
    if (el.hasAttribute('data-from')) {
      action.from = Number(el.getAttribute('data-from'));
      action.to = Number(el.getAttribute('data-to'));
      // The focus goes with the moved item, to the same button, or the other one at an end.
      var at = action.to + 1, up = action.to < action.from;
      focusIds = up ? ['tv-up-' + at, 'tv-down-' + at] : ['tv-down-' + at, 'tv-up-' + at];
    }
    a.textAction(action);
    render(focusIds, el.type === 'search' ? el.selectionStart : undefined);
  }

  body.addEventListener('click', function (e) {
    var button = e.target.closest('button[data-act]');
    if (button && !button.disabled) act(button);
  });
  body.addEventListener('change', function (e) {
    var el = e.target;
    if (!el.matches('[data-act]') || el.type === 'search') return;
    act(el, el.type === 'checkbox' && el.getAttribute('data-act') === 'diff' ? el.checked : el.value);
  });
  body.addEventListener('input', function (e) { if (e.target.type === 'search') act(e.target, e.target.value); });
  body.addEventListener('submit', function (e) { e.preventDefault(); });
})();
