// Boots the wasm app: checks WebGL2 first, then loads crossroads.js; any failure is
// shown as a plain-HTML message (never a blank canvas). No inline script, no eval.
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var failed = false; // a failure message is showing

  // A plain-HTML message over the canvas. options: retry (a function, or true to reload),
  // fallback (continue with the default content), list (lines such as content problems),
  // calm (not a failure: the learner left an LMS activity; the title is not in red).
  function fail(title, text, options) {
    options = options || {};
    failed = true;
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
    document.getElementById('failure').hidden = true;
  }
  window.crossroadsBoot = { fail: fail, clear: clear };

  // A cheap test only: creating a throw-away WebGL2 context costs hundreds of ms on slow
  // drivers. If the real context cannot be made, the app reports it with noWebGL2().
  function noWebGL2() {
    fail('Your browser cannot draw Crossroads',
      'Crossroads needs WebGL 2, which this browser has turned off or does not support.\n' +
      'Try an up-to-date Firefox, Chrome, Edge or Safari, turn on hardware acceleration in the browser settings, ' +
      'or open the page on another device.', {});
  }
  window.crossroadsBoot.noWebGL2 = noWebGL2;
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
        fail('The text version could not be downloaded', 'Check your connection and try again.', { retry: true });
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
    fail('The graphics context was lost', 'The browser took the graphics context away (for example after a GPU reset). ' +
      'Crossroads carries on by itself when the browser gives it back, and your progress is saved. ' +
      'If this message stays, reload the page.', { retry: true });
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
      fail('Crossroads stopped', 'Something went wrong while loading or running the app (' + what + '). ' +
        'Check your connection and try again.', { retry: true });
    }
  };

  // Emscripten 3.1.6 (not modularised) leaves a failed wasm download as an unhandled
  // rejection instead of calling onAbort: before the first frame, that means no app.
  window.addEventListener('unhandledrejection', function (e) {
    if (document.documentElement.classList.contains('cr-ready')) return;
    fail('Crossroads could not be downloaded', 'Part of the app did not arrive (' + (e.reason && e.reason.message || e.reason) + '). ' +
      'Check your connection and try again.', { retry: true });
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
      fail('Crossroads could not be downloaded', 'The app files did not arrive. Check your connection and try again.', { retry: true });
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
