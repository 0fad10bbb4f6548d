// Boots the wasm app: checks WebGL2 first, then loads crossroads.js; any failure is
// shown as a plain-HTML message (never a blank canvas). No inline script, no eval.
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var failed = false;

  function fail(title, text, canRetry) {
    if (failed) return;
    failed = true;
    document.getElementById('loading').hidden = true;
    document.getElementById('failure-title').textContent = title;
    document.getElementById('failure-text').textContent = text;
    var retry = document.getElementById('failure-retry');
    retry.hidden = !canRetry;
    retry.onclick = function () { location.reload(); };
    document.getElementById('failure').hidden = false;
    console.warn('crossroads: ' + title + ': ' + text);
  }
  window.crossroadsBoot = { fail: fail };

  var probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    fail('Your browser cannot draw Crossroads',
      'Crossroads needs WebGL 2, which this browser has turned off or does not support.\n' +
      'Try an up-to-date Firefox, Chrome, Edge or Safari, turn on hardware acceleration in the browser settings, ' +
      'or open the page on another device.', false);
    return;
  }

  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  // SDL cancels mousedown's default action, which would have focused the canvas; focus it
  // here so typing reaches the app (keys go to the canvas only while it has focus).
  canvas.addEventListener('pointerdown', function () { canvas.focus({ preventScroll: true }); });
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fail('The graphics context was lost', 'The browser took the graphics context away (for example after a GPU reset). ' +
      'Reload the page to continue.', true);
  });

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      fail('Crossroads stopped', 'Something went wrong while loading or running the app (' + what + '). ' +
        'Check your connection and try again.', true);
    }
  };

  var script = document.createElement('script');
  script.src = 'crossroads.js';
  script.onerror = function () {
    fail('Crossroads could not be downloaded', 'The app files did not arrive. Check your connection and try again.', true);
  };
  document.body.appendChild(script);
})();
