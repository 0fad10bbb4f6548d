// Crossroads embed helper: creates the iframe with embed=1 and this page's origin as the
// only one allowed to talk to it, and passes on what the app reports.
//   const app = CrossroadsEmbed.mount(element, { src, view, quiz, theme, lang, onEvent });
//   app.send({ type: 'setView', view: 'ladder' });   // also 'reset', 'getState'
// Events arrive as objects: { source: 'crossroads', type: 'ready' | 'viewChanged' |
// 'answered' | 'completed' | 'state', statement?, view?, state? }.
(function () {
  'use strict';
  function mount(element, options) {
    var src = new URL(options.src || 'index.html', location.href);
    src.searchParams.set('embed', '1');
    src.searchParams.set('parentOrigin', location.origin);
    ['view', 'quiz', 'theme', 'content', 'seed', 'lang'].forEach(function (key) { if (options[key]) src.searchParams.set(key, options[key]); });
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = options.title || 'Crossroads: Engineering Manager or Tech Lead?';
    frame.style.width = options.width || '100%';
    frame.style.height = options.height || '640px';
    frame.style.border = '0';
    element.appendChild(frame);
    window.addEventListener('message', function (e) {
      if (e.source !== frame.contentWindow || e.origin !== src.origin) return;
      var data;
      try { data = typeof e.data === 'string' ? JSON.parse(e.data) : e.data; } catch (err) { return; }
      if (data && data.source === 'crossroads' && options.onEvent) options.onEvent(data);
    });
    return {
      frame: frame,
      send: function (command) { frame.contentWindow.postMessage(JSON.stringify(command), src.origin); }
    };
  }
  window.CrossroadsEmbed = { mount: mount };

  // The example page (embed.html) wires the helper to its log and buttons.
  var host = document.getElementById('crossroads');
  if (!host) return;
  var log = document.getElementById('log');
  window.crossroadsEvents = [];
  var app = mount(host, {
    src: host.dataset.src, view: host.dataset.view, quiz: host.dataset.quiz, height: host.dataset.height,
    onEvent: function (event) {
      window.crossroadsEvents.push(event);
      var line = event.type + (event.statement && event.statement.result && event.statement.result.score
        ? ' score ' + event.statement.result.score.raw + '/' + event.statement.result.score.max : '') +
        (event.view ? ' view ' + event.view : '');
      log.textContent += line + '\n';
    }
  });
  window.crossroadsApp = app;
  document.getElementById('show-ladder').onclick = function () { app.send({ type: 'setView', view: 'ladder' }); };
  document.getElementById('get-state').onclick = function () { app.send({ type: 'getState' }); };
  document.getElementById('reset').onclick = function () { app.send({ type: 'reset' }); };
})();
