// Boots the wasm app: checks WebGL2 first, then loads crossroads.js; any failure is
// shown as a plain-HTML message (never a blank canvas). No inline script, no eval.
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var failed = false; // a failure message is showing

  // The page's texts (core's PageTexts). English is written here and in index.html, so
  // that it shows before any code runs; t() gives the learner's language once known: from
  // i18n/page.json before the app runs, then from the app (setTexts).
  var texts = {};
  function t(id, english, values) {
    return (texts[id] || english).replace(/\{(\w+)\}/g, function (all, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }
  var ownFailure = null; // this file's failure on show, to be said again in another language
  function setTexts(next) {
    texts = next || {};
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) {
      if (texts[el.getAttribute('data-i18n')]) el.textContent = texts[el.getAttribute('data-i18n')];
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-label]'), function (el) {
      if (texts[el.getAttribute('data-i18n-label')]) el.setAttribute('aria-label', texts[el.getAttribute('data-i18n-label')]);
    });
    if (ownFailure) ownFailure();
  }
  // A failure of this file's own: shown now, and again when the texts change.
  function failOwn(say) {
    say();
    ownFailure = say;
  }

  // A plain-HTML message over the canvas. options: retry (a function, or true to reload),
  // fallback (continue with the default content), list (lines such as content problems),
  // calm (not a failure: the learner left an LMS activity; the title is not in red).
  function fail(title, text, options) {
    options = options || {};
    failed = true;
    ownFailure = null;
    document.getElementById('failure').classList.toggle('calm', !!options.calm);
    document.getElementById('loading').hidden = true;
    document.getElementById('failure-title').textContent = title;
    document.getElementById('failure-text').textContent = text;
    var list = document.getElementById('failure-list');
    list.textContent = '';
    (options.list || []).forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    list.hidden = !(options.list && options.list.length);
    var retry = document.getElementById('failure-retry');
    retry.hidden = !options.retry;
    retry.onclick = typeof options.retry === 'function' ? options.retry : function () { location.reload(); };
    var fallback = document.getElementById('failure-fallback');
    fallback.hidden = !options.fallback;
    fallback.onclick = options.fallback || null;
    document.getElementById('failure').hidden = false;
    console.warn('crossroads: ' + title + ': ' + text + (options.list ? '\n' + options.list.join('\n') : ''));
  }
  function clear() {
    failed = false;
    ownFailure = null;
    document.getElementById('failure').hidden = true;
  }
  // The app's own texts, in the language it chose (appLanguage), replace the guess (below) for good.
  window.crossroadsBoot = { fail: fail, clear: clear, t: t, appLanguage: null };
  window.crossroadsBoot.setTexts = function (next, code) {
    appTexts = true;
    window.crossroadsBoot.appLanguage = code;
    setTexts(next);
  };

  // A cheap test only: creating a throw-away WebGL2 context costs hundreds of ms on slow
  // drivers. If the real context cannot be made, the app reports it with noWebGL2().
  function noWebGL2() {
    failOwn(function () {
      fail(t('page.noWebGL2.title', 'Your browser cannot draw Crossroads'),
        t('page.noWebGL2.text', 'Crossroads needs WebGL 2, which this browser has turned off or does not support.\n' +
          'Try an up-to-date Firefox, Chrome, Edge or Safari, turn on hardware acceleration in the browser settings, ' +
          'or open the page on another device.'), {});
    });
  }
  window.crossroadsBoot.noWebGL2 = noWebGL2;

  // Before the app runs, the page guesses the language the app will choose (core's
  // StartLanguage without the course's preference, which only the app can ask for): the
  // address's lang= (the last that fits), the language chosen before, the browser's. A
  // browser test holds the two to agree. English needs no file.
  function wantedLanguages() {
    var tags = [];
    [location.search, location.hash].forEach(function (part) {
      tags = new URLSearchParams(part.slice(1)).getAll('lang').reverse().concat(tags);
    });
    try { tags.push(window.localStorage.getItem('crossroads-language') || ''); } catch (e) {}
    return tags.concat(navigator.languages || [navigator.language || '']).filter(function (tag) { return tag; });
  }
  function fits(tag, known) {
    var lower = tag.toLowerCase(), primary = lower.split(/[-_]/)[0];
    return known.filter(function (code) { return code.toLowerCase() === lower; })[0] ||
      known.filter(function (code) { return code.toLowerCase() === primary; })[0];
  }
  var appTexts = false; // the app has said its texts: the guess no longer counts
  // The guess, as a promise of its code (a browser test compares it with the app's choice).
  window.crossroadsBoot.guess = (function guessLanguage() {
    var wanted = wantedLanguages();
    if (!wanted.length || fits(wanted[0], ['en']) && !/^en[-_]xa$/i.test(wanted[0])) return Promise.resolve('en');
    return fetch('i18n/page.json').then(function (r) { return r.ok ? r.json() : {}; }).then(function (all) {
      var code = null;
      wanted.some(function (tag) { code = fits(tag, ['en'].concat(Object.keys(all))); return !!code; });
      code = code || 'en';
      if (all[code] && !appTexts) {
        document.documentElement.lang = code;
        setTexts(all[code]);
      }
      return code;
    }, function () { return 'en'; }); // the page stays in English until the app starts
  })();

  if (typeof WebGL2RenderingContext === 'undefined') {
    noWebGL2();
    return;
  }

  // The text version's code and style come on first use, not with the page.
  var textLoading = false;
  document.getElementById('text-link').addEventListener('click', function (e) {
    e.preventDefault();
    if (window.crossroadsText) { window.crossroadsText.show(); return; }
    if (textLoading) return; // a second press while it downloads
    textLoading = true;
    // The style first, so the text version never shows unstyled; then the script.
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = 'textversion.css';
    style.onload = style.onerror = function () {
      var text = document.createElement('script');
      text.src = 'textversion.js';
      text.onload = function () { window.crossroadsText.show(); };
      text.onerror = function () {
        failOwn(function () {
          fail(t('page.textFailed', 'The text version could not be downloaded'),
            t('page.checkConnection', 'Check your connection and try again.'), { retry: true });
        });
      };
      document.body.appendChild(text);
    };
    document.head.appendChild(style);
  });
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  // SDL cancels mousedown's default action, which would have focused the canvas; focus it
  // here so typing reaches the app (keys go to the canvas only while it has focus).
  canvas.addEventListener('pointerdown', function () { canvas.focus({ preventScroll: true }); });
  // A lost context usually comes back (the app then makes its drawing objects again and
  // redraws); until then, and if it never does, the page says what happened.
  var contextLost = false;
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    contextLost = true;
    failOwn(function () {
      fail(t('page.contextLost.title', 'The graphics context was lost'),
        t('page.contextLost.text', 'The browser took the graphics context away (for example after a GPU reset). ' +
          'Crossroads carries on by itself when the browser gives it back, and your progress is saved. ' +
          'If this message stays, reload the page.'), { retry: true });
    });
  });
  canvas.addEventListener('webglcontextrestored', function () {
    if (contextLost && failed) clear();
    contextLost = false;
  });

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      failOwn(function () {
        fail(t('page.stopped.title', 'Crossroads stopped'),
          t('page.stopped.text', 'Something went wrong while loading or running the app ({what}). ' +
            'Check your connection and try again.', { what: String(what) }), { retry: true });
      });
    }
  };

  // Emscripten 3.1.6 (not modularised) leaves a failed wasm download as an unhandled
  // rejection instead of calling onAbort: before the first frame, that means no app.
  window.addEventListener('unhandledrejection', function (e) {
    if (document.documentElement.classList.contains('cr-ready')) return;
    var why = String(e.reason && e.reason.message || e.reason);
    failOwn(function () {
      fail(t('page.download.title', 'Crossroads could not be downloaded'),
        t('page.download.part', 'Part of the app did not arrive ({why}). Check your connection and try again.', { why: why }), { retry: true });
    });
  });

  // The app is fetched once the loading screen is on screen: its heading and description
  // are the page's first and largest paint, and neither the download nor the compile holds
  // them up. (requestAnimationFrame can run before the first paint; the paint entry cannot.)
  // Author mode has its own bundle (author/), so that learners never download the editor.
  // It is asked for as the app reads the address (core's ParseUrlParams): author=1 or true,
  // or view=author, in the query or the fragment. A browser test holds the two to agree.
  function wantsAuthor() {
    return [location.search, location.hash].some(function (part) {
      var params = new URLSearchParams(part.slice(1));
      return params.getAll('author').some(function (v) { return v === '1' || v === 'true'; }) ||
        params.getAll('view').indexOf('author') >= 0;
    });
  }
  var loading = false;
  function load() {
    if (loading) return;
    loading = true;
    var dir = document.documentElement.getAttribute('data-launch') === null && wantsAuthor() ? 'author/' : '';
    var wasm = document.createElement('link');
    wasm.rel = 'preload';
    wasm.as = 'fetch';
    wasm.href = dir + 'crossroads.wasm';
    wasm.crossOrigin = 'anonymous';
    document.head.appendChild(wasm);
    var script = document.createElement('script');
    script.src = dir + 'crossroads.js';
    script.onerror = function () {
      failOwn(function () {
        fail(t('page.download.title', 'Crossroads could not be downloaded'),
          t('page.download.files', 'The app files did not arrive. Check your connection and try again.'), { retry: true });
      });
    };
    document.body.appendChild(script);
  }
  if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0) {
    new PerformanceObserver(function () { setTimeout(load, 0); }).observe({ type: 'paint', buffered: true });
    setTimeout(load, 1000); // a page that paints nothing yet (hidden) loads anyway
  } else {
    load();
  }
})();
