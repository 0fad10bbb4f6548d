// The page bridge: the JavaScript half of web/web_main.cpp, linked with --js-library. The
// C++ side declares these functions (extern "C") and calls them; they call back into the
// app through its exported cr_* functions (EMSCRIPTEN_KEEPALIVE in web_main.cpp).
//
// Names the page, a host or an LMS uses are quoted (window["crossroads"], Module["canvas"],
// api["LMSInitialize"]), so that the closure compiler keeps them as they are.
//
// [SECTION] Strings, storage and the address
// [SECTION] The page: announcements, clipboard, content, failures
// [SECTION] window.crossroads and the page's events
// [SECTION] The text input: a real <input> does the typing for the field being edited
// [SECTION] SCORM 1.2 and 2004 APIs (the LMS's window.API or window.API_1484_11)
mergeInto(LibraryManager.library, {
  // A JS string as malloc'ed UTF-8, which the C++ side frees (TakeJsString).
  $crNewString: function(value) {
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },

  // [SECTION] Strings, storage and the address

  // The page's address: location.search, .hash or .origin (which: PageString in web_main.cpp).
  cr_js_page_string__deps: ['$crNewString'],
  cr_js_page_string: function(which) {
    var value = "";
    try { value = [location.search, location.hash, location.origin][which]; }
    catch (e) { console.warn("crossroads: cannot read the page's address: " + e); }
    return crNewString(value);
  },

  // The saved session under `key` ("" when there is none or storage is refused).
  cr_js_stored_session__deps: ['$crNewString'],
  cr_js_stored_session: function(key) {
    var value = "";
    try { value = window.localStorage.getItem(UTF8ToString(key)) || ""; }
    catch (e) { console.warn("crossroads: cannot read saved progress: " + e); }
    return crNewString(value);
  },

  // A media query's answer (which: Media in web_main.cpp): dark colour scheme, coarse pointer.
  cr_js_media: function(which) {
    if (which == 0) return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0;
    return window.matchMedia && window.matchMedia("(pointer: coarse)").matches ? 1 : 0;
  },

  // A stored session that cannot be used is kept aside, never deleted.
  cr_js_backup_session: function(key_text) {
    var key = UTF8ToString(key_text);
    try {
        var value = window.localStorage.getItem(key);
        if (value !== null) window.localStorage.setItem(key + ":backup", value);
        window.localStorage.removeItem(key);
    } catch (e) { console.warn("crossroads: cannot keep the unreadable session aside: " + e); }
  },

  cr_js_save_session: function(key, text) {
    try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(text)); }
    catch (e) { console.warn("crossroads: progress not saved (" + e.name + ")"); }
  },

  // push: a new history entry, so that Back returns to the view before; else the entry is replaced.
  cr_js_set_fragment: function(fragment, push) {
    var url = location.pathname + location.search + "#" + UTF8ToString(fragment);
    try { if (push) history.pushState(null, "", url); else history.replaceState(history.state, "", url); }
    catch (e) { /* a sandboxed frame may refuse; the app works without it */ }
  },

  cr_js_set_title: function(text) { document.title = UTF8ToString(text); },

  cr_js_warn: function(text) { console.warn("crossroads: " + UTF8ToString(text)); },

  // Screen readers read the live region when its text changes; a no-break space on every
  // other message makes a repeated message ("Correct.") a change too.
  // [SECTION] The page: announcements, clipboard, content, failures

  cr_js_announce: function(text, id) {
    var region = document.getElementById("announce");
    if (region) region.textContent = UTF8ToString(text) + (id % 2 ? String.fromCharCode(160) : "");
  },

  // Whether Tab (Shift+Tab) now leaves the canvas; read by the bridge's Tab listener.
  cr_js_focus_edges: function(first, last) {
    Module.crFocusFirst = first !== 0;
    Module.crFocusLast = last !== 0;
  },

  // The system clipboard (the async API: a copy is a click's consequence, so it is allowed).
  $crCopy: function(value) {
    if (navigator.clipboard && navigator.clipboard.writeText)
        navigator.clipboard.writeText(value).catch(function(e) { console.warn("crossroads: copy refused by the browser: " + e); });
  },
  cr_js_clipboard_write__deps: ['$crCopy'],
  cr_js_clipboard_write: function(text) { crCopy(UTF8ToString(text)); },
  // A link to this page that opens with `fragment` (a result link).
  cr_js_copy_link__deps: ['$crCopy'],
  cr_js_copy_link: function(fragment) { crCopy(location.href.split("#")[0] + "#" + UTF8ToString(fragment)); },

  cr_js_print: function() { Module.crPrint(); },

  cr_js_fetch_content: function(web, url_ptr) {
    var url = UTF8ToString(url_ptr);
    var boot = window["crossroadsBoot"];
    fetch(url, { "credentials": "same-origin" }).then(function(response) {
        if (!response.ok) throw new Error("the server answered " + response.status + " " + response.statusText);
        return response.arrayBuffer();
    }).then(function(buffer) {
        var bytes = new Uint8Array(buffer);
        var ptr = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, ptr);
        _cr_content_loaded(web, ptr, bytes.length);
        _free(ptr);
    }).catch(function(error) {
        boot["fail"]("The content file could not be loaded", "Crossroads could not download " + url + " (" + error.message + ").", {
            "retry": function() { boot["clear"](); _cr_retry_content(web); },
            "fallback": function() { boot["clear"](); _cr_use_default_content(web); }
        });
    });
  },

  // [SECTION] Languages

  cr_js_fetch_file: function(web, tag, url_ptr) {
    var url = UTF8ToString(url_ptr);
    fetch(url, { "credentials": "same-origin" }).then(function(response) {
        if (!response.ok) { _cr_file_loaded(web, tag, response.status, 0, 0); return; }
        return response.arrayBuffer().then(function(buffer) {
            var bytes = new Uint8Array(buffer);
            var ptr = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, ptr);
            _cr_file_loaded(web, tag, 200, ptr, bytes.length);
            _free(ptr);
        });
    }).catch(function(error) {
        console.warn("crossroads: could not download " + url + ": " + error);
        _cr_file_loaded(web, tag, 0, 0, 0);
    });
  },
  cr_js_browser_languages__deps: ['$crNewString'],
  cr_js_browser_languages: function() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    return crNewString(Array.prototype.join.call(list, ","));
  },
  cr_js_remembered_language__deps: ['$crNewString'],
  cr_js_remembered_language: function() {
    var value = "";
    try { value = window.localStorage.getItem("crossroads-language") || ""; } catch (e) {}
    return crNewString(value);
  },
  cr_js_set_language: function(code_ptr, chosen, texts) {
    var code = UTF8ToString(code_ptr);
    document.documentElement.lang = code;
    if (window["crossroadsBoot"]) window["crossroadsBoot"]["setTexts"](JSON.parse(UTF8ToString(texts)), code);
    if (!chosen) return;
    try { window.localStorage.setItem("crossroads-language", code); } catch (e) {}
    // An address with lang= says the new language, so that a reload keeps the choice.
    try {
        var url = new URL(location.href);
        if (url.searchParams.has("lang")) {
            url.searchParams.set("lang", code);
            history.replaceState(history.state, "", url.href);
        }
    } catch (e) {}
  },

  cr_js_show_problems: function(web, name, problems_json) {
    var problems = JSON.parse(UTF8ToString(problems_json));
    var boot = window["crossroadsBoot"], t = boot["t"];
    boot["fail"](t("page.problems.title", "This content file has problems"),
                 t("page.problems.text", "{name} cannot be shown. Fix these and reload the page:", { "name": UTF8ToString(name) }), {
        "list": problems,
        "fallback": function() { boot["clear"](); _cr_use_default_content(web); }
    });
  },

  // [SECTION] window.crossroads and the page's events

  // window.crossroads: the page's API for hosts, the text version and the tests. Names
  // quoted, so that the closure compiler keeps them.
  $crInstallApi__deps: ['$crNewString'],
  $crInstallApi: function(web) {
    var read = function(fn) { return JSON.parse(UTF8ToString(fn(web))); };
    window["crossroads"] = {
        "state": function() { return read(_cr_state_json); },
        "rects": function() {
            var rects = read(_cr_rects_json);
            var box = Module["canvas"].getBoundingClientRect();
            for (var id in rects) { rects[id]["x"] += box.left; rects[id]["y"] += box.top; }
            return rects;
        },
        "wake": function() { _cr_wake(web); },
        // For the text version (textversion.js): the current view as HTML, and its actions.
        "textHtml": function() { return UTF8ToString(_cr_text_html(web)); },
        "textAction": function(action) {
            var text = JSON.stringify(action);
            var ptr = crNewString(text);
            var ok = _cr_text_action(web, ptr) === 1;
            _free(ptr);
            return ok;
        },
        // For the browser soak: the malloc heap's top and the wasm memory's size (bytes).
        "memory": function() { return { "heapTop": _cr_heap_top(), "wasmBytes": HEAPU8.length }; }
    };
  },

  // window.crossroads, host commands, and the page events that must wake a sleeping loop.
  cr_js_install_bridge__deps: ['$crNewString', '$crInstallApi', '$crInstallTextInput'],
  cr_js_install_bridge: function(web, parent_origin_ptr) {
    var parentOrigin = UTF8ToString(parent_origin_ptr);
    // Commands from the host page, accepted only from the origin it was given.
    window.addEventListener("message", function(e) {
        if (e.source !== window.parent || window.parent === window) return;
        if (!parentOrigin || e.origin !== parentOrigin) {
            console.warn("crossroads: ignored a message from " + e.origin + (parentOrigin ? " (only " + parentOrigin + " may send commands)" : " (no parentOrigin parameter)"));
            return;
        }
        var text = typeof e.data === "string" ? e.data : JSON.stringify(e.data);
        var ptr = crNewString(text);
        _cr_command(web, ptr);
        _free(ptr);
    });
    var wake = function() { _cr_wake(web); };
    crInstallApi(web);
    var textInput = crInstallTextInput(web);
    // Printing: the current view's text version replaces the canvas on paper (print.css).
    // Filled before the browser prints (its menu, Ctrl+P) and when print media is emulated.
    var fillPrint = function() { document.getElementById("print").innerHTML = UTF8ToString(_cr_print_html(web)); };
    Module.crPrint = function() { fillPrint(); window.print(); };
    window.addEventListener("beforeprint", fillPrint);
    if (window.matchMedia) window.matchMedia("print").addEventListener("change", function(e) { if (e.matches) fillPrint(); });
    // Ctrl+P / Cmd+P is the browser's, not the app's: SDL would cancel it.
    window.addEventListener("keydown", function(e) {
        if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key == "p" || e.key == "P")) e.stopImmediatePropagation();
    }, true);
    // The canvas follows its container: resize, browser zoom and moving screens change it.
    if (window.ResizeObserver) new ResizeObserver(wake).observe(document.getElementById("app"));
    window.addEventListener("resize", wake);
    var watchRatio = function() {
        if (!window.matchMedia) return;
        window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)").addEventListener("change", function() { wake(); watchRatio(); }, { "once": true });
    };
    watchRatio();
    if (window.matchMedia) window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function(e) {
        _cr_set_system_dark(web, e.matches ? 1 : 0);
    });
    // The wheel goes to the app as pixels (SDL would make 100 px one step whatever the
    // deltaMode). Where the app has nothing to scroll it is left to the page, which scrolls.
    var canvas = Module["canvas"];
    canvas.addEventListener("wheel", function(e) {
        var box = canvas.getBoundingClientRect();
        if (_cr_wheel(web, e.clientX - box.left, e.clientY - box.top, e.deltaX, e.deltaY, e.deltaMode, box.height)) e.preventDefault();
        e.stopImmediatePropagation();
    }, { "capture": true, "passive": false });
    // Tab moves through the app's controls; past the last (Shift+Tab: before the first) it
    // leaves the canvas for the page, so the keyboard is never trapped (WCAG 2.1.2). SDL
    // cancels every Tab it sees, so such a Tab is kept from it.
    var lastTab = { shift: false, at: -1e9 };
    window.addEventListener("keydown", function(e) {
        if (e.key !== "Tab" || e.ctrlKey || e.altKey || e.metaKey) return;
        lastTab = { shift: e.shiftKey, at: performance.now() };
        if (e.target === canvas && (e.shiftKey ? Module.crFocusFirst : Module.crFocusLast)) e.stopImmediatePropagation();
    }, true);
    // Entering by Tab starts at the first control, by Shift+Tab at the last (the numbers
    // are shell::CanvasFocus: -1 Shift+Tab, 0 pointer, 1 Tab, 2 lost).
    canvas.addEventListener("focus", function() {
        if (textInput.crBack) { textInput.crBack = false; return; } // back from typing: the focus stays where it was
        var how = performance.now() - lastTab.at < 1000 ? (lastTab.shift ? -1 : 1) : 0;
        _cr_canvas_focus(web, how);
    });
    canvas.addEventListener("blur", function(e) { if (e.relatedTarget !== textInput) _cr_canvas_focus(web, 2); });
    // Another tab saved its progress: take its changes (see AdoptStored).
    window.addEventListener("storage", function(e) { if (e.storageArea === window.localStorage) _cr_storage(web); });
    // Back, Forward and an edited fragment switch the view the URL names.
    var navigate = function() { _cr_navigate(web); };
    window.addEventListener("popstate", navigate);
    window.addEventListener("hashchange", navigate);
    var flush = function() { _cr_flush(web); };
    window.addEventListener("pagehide", function() { _cr_leave(web); });
    document.addEventListener("visibilitychange", function() { if (document.hidden) flush(); else wake(); });
  },

  // Events go to the configured host origin only, as strings of JSON.
  cr_js_post: function(origin, message) {
    try { window.parent.postMessage(UTF8ToString(message), UTF8ToString(origin)); }
    catch (e) { console.warn("crossroads: cannot tell the host page: " + e); }
  },

  cr_js_ready: function() {
    document.documentElement.classList.add("cr-ready");
    window.dispatchEvent(new Event("crossroads:ready"));
  },

  cr_js_fail: function(title, text) { if (window["crossroadsBoot"]) window["crossroadsBoot"]["fail"](UTF8ToString(title), UTF8ToString(text), {}); },
  cr_js_say_left: function(title, text) { if (window["crossroadsBoot"]) window["crossroadsBoot"]["fail"](UTF8ToString(title), UTF8ToString(text), { "calm": true }); },
  cr_js_fail_retry: function(title, text) { if (window["crossroadsBoot"]) window["crossroadsBoot"]["fail"](UTF8ToString(title), UTF8ToString(text), { "retry": true }); },

  cr_js_no_webgl2: function() { if (window["crossroadsBoot"]) window["crossroadsBoot"]["noWebGL2"](); },

  // [SECTION] The text input: a real <input> does the typing for the field being edited

  // A canvas gets no on-screen keyboard, IME, dead keys or paste menu. While a text field
  // is edited, this input (invisible, labelled, over the field) has the focus: the browser
  // does the typing, and the field follows its value, selection and composition. Offsets
  // cross to the app as UTF-8 bytes. Keys the input does not keep (Enter, Escape, Tab) go
  // back to the app (numbers: shell::TextKey; 4 = the input lost the focus).
  $crInstallTextInput__deps: ['$crNewString'],
  $crInstallTextInput: function(web) {
    var canvas = Module["canvas"];
    var input = document.createElement("input");
    input.id = "text-input";
    input.type = "text";
    input.hidden = true;
    [["autocomplete", "off"], ["autocapitalize", "off"], ["autocorrect", "off"], ["spellcheck", "false"],
     ["enterkeyhint", "done"], ["inputmode", "search"]].forEach(function(a) { input.setAttribute(a[0], a[1]); });
    document.getElementById("app").appendChild(input);
    var open = false, composeFrom = -1, composeLength = 0, last = "";
    var bytes = function(value, units) { return lengthBytesUTF8(value.slice(0, units)); };
    var units = function(value, bytes) {
        var i = 0;
        for (var n = 0; i < value.length && n < bytes; i += value.codePointAt(i) > 0xffff ? 2 : 1)
            n += lengthBytesUTF8(String.fromCodePoint(value.codePointAt(i)));
        return i;
    };
    var send = function() {
        if (!open) return;
        var value = input.value, back = input.selectionDirection == "backward";
        var anchor = back ? input.selectionEnd : input.selectionStart, caret = back ? input.selectionStart : input.selectionEnd;
        // Only news: a late selectionchange must not undo a caret the app has just moved.
        var now = anchor + "," + caret + "," + composeFrom + "," + composeLength + ":" + value;
        if (now == last) return;
        last = now;
        var ptr = crNewString(value);
        _cr_text_input(web, ptr, bytes(value, anchor), bytes(value, caret),
            composeFrom < 0 ? -1 : bytes(value, composeFrom), composeFrom < 0 ? -1 : bytes(value, composeFrom + composeLength));
        _free(ptr);
    };
    input.addEventListener("input", send);
    input.addEventListener("select", send);
    document.addEventListener("selectionchange", function() { if (document.activeElement === input) send(); });
    input.addEventListener("compositionstart", function() { composeFrom = Math.min(input.selectionStart, input.selectionEnd); composeLength = 0; });
    input.addEventListener("compositionupdate", function(e) { composeLength = (e.data || "").length; });
    input.addEventListener("compositionend", function() { composeFrom = -1; composeLength = 0; send(); });
    input.addEventListener("keydown", function(e) {
        if (e.isComposing || e.keyCode == 229) return; // the IME's own Enter and Escape
        var key = e.key == "Enter" ? 0 : e.key == "Escape" ? 1 : e.key == "Tab" && !e.ctrlKey && !e.altKey && !e.metaKey ? (e.shiftKey ? 3 : 2) : -1;
        if (key < 0) return;
        e.preventDefault();
        e.stopPropagation();
        _cr_text_key(web, key);
    });
    // Focus moving elsewhere in the page ends the editing; the window losing it does not.
    input.addEventListener("blur", function(e) {
        if (open && (e.relatedTarget || document.hasFocus())) _cr_text_key(web, 4);
    });
    // A click on the field while it is edited places the caret (the app does that) and
    // must not take the focus back to the canvas (boot.js focuses it on pointerdown).
    window.addEventListener("pointerdown", function(e) {
        if (!open || e.target !== canvas) return;
        var r = input.getBoundingClientRect();
        if (e.clientX >= r.left && e.clientX < r.right && e.clientY >= r.top && e.clientY < r.bottom) e.stopPropagation();
    }, true);
    var coarse = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;
    Module.crText = {
        open: function(x, y, w, h, font, label) {
            var box = canvas.getBoundingClientRect(), style = input.style;
            style.left = (box.left + x) + "px";
            style.top = (box.top + y) + "px";
            style.width = w + "px";
            style.height = h + "px";
            style.fontSize = font + "px";
            // A finger's long press on the field gets the browser's own menu (Paste); a
            // mouse's clicks go to the app, which places the caret where its text is.
            style.pointerEvents = coarse ? "auto" : "none";
            input.setAttribute("aria-label", label);
            input.hidden = false;
            if (!open) {
                open = true;
                composeFrom = -1;
                composeLength = 0;
                last = "";
                input.focus();
            }
        },
        set: function(value, anchor, caret) {
            input.value = value;
            var a = units(value, anchor), c = units(value, caret);
            input.setSelectionRange(Math.min(a, c), Math.max(a, c), a > c ? "backward" : "forward");
            last = a + "," + c + ",-1,0:" + value;
        },
        close: function() {
            if (!open) return;
            open = false;
            var had = document.activeElement === input;
            input.hidden = true;
            if (had) { input.crBack = true; canvas.focus({ "preventScroll": true }); }
        }
    };
    return input;
  },
  cr_js_text_open: function(x, y, w, h, font, label) { Module.crText.open(x, y, w, h, font, UTF8ToString(label)); },
  cr_js_text_set: function(value, anchor, caret) { Module.crText.set(UTF8ToString(value), anchor, caret); },
  cr_js_text_close: function() { Module.crText.close(); },

  // [SECTION] SCORM 1.2 and 2004 APIs (the LMS's window.API or window.API_1484_11)

  // The package's launch page (scorm.html) marks itself with the version it was packed for:
  // 1 for SCORM 1.2, 2 for SCORM 2004 (the numbers are ScormVersion + 1); the plain page
  // never looks for an LMS.
  cr_js_scorm_launch: function() {
    var launch = document.documentElement.getAttribute("data-launch");
    return launch == "scorm" ? 1 : launch == "scorm2004" ? 2 : launch == "cmi5" ? 3 : 0;
  },

  // Finds the LMS's API the way both versions describe: up the parent frames, then the
  // opener's. Frames from another origin throw on access and are skipped.
  cr_js_scorm_init: function(version) {
    var names = version == 2
        ? { object: "API_1484_11", init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", finish: "Terminate",
            error: "GetLastError", text: "GetErrorString" }
        : { object: "API", init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish",
            error: "LMSGetLastError", text: "LMSGetErrorString" };
    var search = function(win) {
        for (var depth = 0; win && depth < 8; depth++) {
            try { if (win[names.object] && typeof win[names.object][names.init] == "function") return win[names.object]; } catch (e) {}
            var up = null;
            try { up = win.parent; } catch (e) {}
            if (!up || up === win) break;
            win = up;
        }
        return null;
    };
    var api = search(window);
    try { if (!api && window.opener) api = search(window.opener); } catch (e) {}
    if (!api) return 0;
    if (String(api[names.init]("")) != "true") {
        console.warn("crossroads: the LMS refused to start the session (error " + api[names.error]() + ")");
        return 0;
    }
    Module.crossroadsScorm = { api: api, names: names };
    return 1;
  },

  cr_js_scorm_get__deps: ['$crNewString'],
  cr_js_scorm_get: function(name) {
    var value = "", lms = Module.crossroadsScorm;
    try { value = String(lms.api[lms.names.get](UTF8ToString(name)) || ""); }
    catch (e) { console.warn("crossroads: the LMS did not answer: " + e); }
    return crNewString(value);
  },

  // Calls SetValue, Commit or Terminate (a ScormCall) in the version's own names; false
  // and a console warning with the LMS's own error when it refuses.
  cr_js_scorm_call: function(which, name, value) {
    var lms = Module.crossroadsScorm, api = lms.api, n = lms.names;
    var what = [n.set + "(" + UTF8ToString(name) + ")", n.commit, n.finish][which];
    try {
        var ok = which == 0 ? api[n.set](UTF8ToString(name), UTF8ToString(value))
               : which == 1 ? api[n.commit]("") : api[n.finish]("");
        if (String(ok) == "true") return 1;
        var code = api[n.error]();
        console.warn("crossroads: the LMS refused " + what + ": " + code + " " + api[n.text](code));
    } catch (e) { console.warn("crossroads: the LMS failed on " + what + ": " + e); }
    return 0;
  },

  // [SECTION] cmi5: requests to the LMS and its record store, and this tab's own record

  // The answer (status 0: none) and its text go to cr_http_done with the request's tag.
  cr_js_http__deps: ['$crNewString'],
  cr_js_http: function(web, tag, method, url, headers, body, keepalive) {
    var init = { "method": UTF8ToString(method), "headers": JSON.parse(UTF8ToString(headers)), "keepalive": keepalive != 0,
                 "credentials": "omit", "cache": "no-store" };
    var text = UTF8ToString(body);
    if (init["method"] != "GET") init["body"] = text;
    var done = function(status, answer) { _cr_http_done(web, tag, status, crNewString(answer)); };
    try {
        fetch(UTF8ToString(url), init).then(function(response) {
            return response.text().then(function(answer) { done(response.status, answer); });
        }).catch(function(e) { console.warn("crossroads: no answer from " + UTF8ToString(url) + ": " + e); done(0, ""); });
    } catch (e) { console.warn("crossroads: request refused: " + e); done(0, ""); }
  },

  cr_js_tab_get__deps: ['$crNewString'],
  cr_js_tab_get: function(key) {
    var value = "";
    try { value = window.sessionStorage.getItem(UTF8ToString(key)) || ""; } catch (e) {}
    return crNewString(value);
  },
  cr_js_tab_set: function(key, value) {
    try { window.sessionStorage.setItem(UTF8ToString(key), UTF8ToString(value)); }
    catch (e) { console.warn("crossroads: this tab cannot keep its cmi5 record (" + e.name + ")"); }
  },

  cr_js_go: function(url) { window.location.assign(UTF8ToString(url)); },

  // A value that cannot be used is kept aside in this browser, never dropped.
  cr_js_keep_aside: function(key, value) {
    try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); }
    catch (e) { console.warn("crossroads: cannot keep the unreadable progress aside: " + e); }
  },

  // [SECTION] Author mode: opening, downloading and the preview link

  // The file picker (an <input type=file>, hidden) and a .json dropped anywhere on the page
  // both hand the file's bytes to the app, which opens it for editing.
  cr_js_install_author__deps: ['$crNewString'],
  cr_js_install_author: function(web) {
    var send = function(file) {
        file.arrayBuffer().then(function(buffer) {
            var bytes = new Uint8Array(buffer);
            var ptr = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, ptr);
            var name = crNewString(file.name);
            _cr_author_open(web, ptr, bytes.length, name);
            _free(name);
            _free(ptr);
        }).catch(function(e) { console.warn("crossroads: cannot read " + file.name + ": " + e); });
    };
    var picker = document.createElement("input");
    picker.type = "file";
    picker.accept = ".json,application/json";
    picker.id = "author-file";
    picker.hidden = true;
    picker.addEventListener("change", function() {
        if (picker.files && picker.files[0]) send(picker.files[0]);
        picker.value = "";
    });
    document.body.appendChild(picker);
    Module.crOpenFile = function() { picker.click(); };
    var hasFiles = function(e) { return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, "Files") >= 0; };
    window.addEventListener("dragover", function(e) { if (hasFiles(e)) e.preventDefault(); });
    window.addEventListener("drop", function(e) {
        if (!hasFiles(e)) return;
        e.preventDefault();
        if (e.dataTransfer.files[0]) send(e.dataTransfer.files[0]);
    });
  },

  cr_js_open_file: function() { if (Module.crOpenFile) Module.crOpenFile(); },

  cr_js_download: function(name, text) {
    var blob = new Blob([UTF8ToString(text)], { "type": "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(a.href); }, 60000);
  },

  // A tab keeps its id in sessionStorage, which lasts through reloads of that tab only. The id
  // is new at every start (a duplicated tab copies sessionStorage; the two must not share).
  cr_js_tab_ids__deps: ['$crNewString'],
  cr_js_tab_ids: function() {
    var before = "", now = "";
    try {
      var bytes = new Uint8Array(8);
      crypto.getRandomValues(bytes);
      now = Array.prototype.map.call(bytes, function(b) { return (b + 256).toString(16).slice(1); }).join("");
    } catch (e) { now = Math.random().toString(16).slice(2) + Date.now().toString(16); }
    try {
      before = window.sessionStorage.getItem("crossroads:tab") || "";
      window.sessionStorage.setItem("crossroads:tab", now);
    } catch (e) { console.warn("crossroads: this tab's draft cannot be told from others' after a reload: " + e); }
    return crNewString(before + "\n" + now);
  },

  cr_js_storage_keys__deps: ['$crNewString'],
  cr_js_storage_keys: function(prefix_text) {
    var prefix = UTF8ToString(prefix_text), keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (key !== null && key.lastIndexOf(prefix, 0) === 0) keys.push(key);
      }
    } catch (e) { console.warn("crossroads: cannot list the saved drafts: " + e); }
    return crNewString(keys.join("\n"));
  },

  cr_js_remove_stored: function(key) {
    try { window.localStorage.removeItem(UTF8ToString(key)); }
    catch (e) { console.warn("crossroads: cannot remove " + UTF8ToString(key) + ": " + e); }
  },

  cr_js_copy_preview__deps: ['$crCopy'],
  cr_js_copy_preview: function(file) {
    crCopy(location.origin + location.pathname + "?content=" + encodeURIComponent(UTF8ToString(file)));
  },
});
