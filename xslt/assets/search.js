// Full-text search over window.TEIKIT_SEARCH (search-index.js): documents whose passages hold
// every word of the query (at word starts, ignoring case and accents), narrowed by genre, year,
// person and place; register entries found by any of their names. The state lives in the URL
// (?q=…&genre=…), so a search can be bookmarked and the header's search box lands here.
(function () {
  "use strict";
  var data = window.TEIKIT_SEARCH;
  var form = document.getElementById("search-form");
  var status = document.getElementById("search-status");
  var results = document.getElementById("results");
  var entryResults = document.getElementById("entry-results");
  if (!data || !form) { return; }
  var MAX_DOCS = 50, MAX_PASSAGES = 3, SNIPPET = 90;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var folded = data.passages.map(function (p) { return fold(p[2]); });
  var forms = data.entries.map(function (e) { return fold(e.forms.concat([e.label]).join(" | ")); });

  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }
  var LETTER = /[\p{L}\p{N}]/u;
  // Where the term is a word of the text, or -1; the query's last term may begin a word (as you type).
  function isWordAt(text, at, term, prefix) {
    return (at === 0 || !LETTER.test(text.charAt(at - 1))) && (prefix || !LETTER.test(text.charAt(at + term.length)));
  }
  function wordStart(text, term, prefix, from) {
    var at = text.indexOf(term, from || 0);
    while (at !== -1 && !isWordAt(text, at, term, prefix)) { at = text.indexOf(term, at + 1); }
    return at;
  }
  function matchesAll(text, words) {
    return words.every(function (w, i) { return wordStart(text, w, i === words.length - 1) !== -1; });
  }

  function element(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { el.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return el;
  }

  // The passage around its first match, the query's words marked.
  function snippet(text, low, words) {
    var last = words.length - 1;
    var first = wordStart(low, words[0], last === 0);  // the passage is centred on the query's first word
    var start = Math.max(0, first - SNIPPET), end = Math.min(text.length, first + SNIPPET * 2);
    if (start > 0) { start = text.indexOf(" ", start) + 1; }
    if (end < text.length) { end = Math.max(text.lastIndexOf(" ", end), first + 1); }
    var marks = [];
    words.forEach(function (w, i) {
      for (var at = wordStart(low, w, i === last, start); at !== -1 && at < end; at = wordStart(low, w, i === last, at + 1)) {
        marks.push([at, at + w.length]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var parts = [start > 0 ? "…" : ""], pos = start;
    marks.forEach(function (m) {
      if (m[0] < pos) { return; }
      parts.push(text.slice(pos, m[0]), element("mark", {}, [text.slice(m[0], Math.min(m[1], end))]));
      pos = Math.min(m[1], end);
    });
    parts.push(text.slice(pos, end), end < text.length ? "…" : "");
    return parts.filter(function (p) { return p !== ""; });
  }

  function docAllowed(doc, filters) {
    return (!filters.genre || doc.genre === filters.genre) && (!filters.year || doc.year === filters.year) &&
      [filters.person, filters.place].every(function (id) {
        return !id || doc.entries.some(function (i) { return data.entries[i].id === id; });
      });
  }

  function state() {
    var values = {};
    ["q", "genre", "year", "person", "place"].forEach(function (k) { values[k] = form.elements[k].value; });
    return values;
  }

  function showEntries(words) {
    entryResults.textContent = "";
    var found = words.length ? data.entries.filter(function (e, i) { return matchesAll(forms[i], words); }) : [];
    entryResults.hidden = found.length === 0;
    if (!found.length) { return; }
    entryResults.appendChild(element("h2", {}, ["In the registers"]));
    entryResults.appendChild(element("ul", { "class": "entry-hits" }, found.map(function (e) {
      var named = data.docs.filter(function (d) { return d.entries.indexOf(data.entries.indexOf(e)) !== -1; }).length;
      return element("li", {}, [element("a", { href: e.href }, [e.label]),
        " — named in " + named + " document" + (named === 1 ? "" : "s")]);
    })));
  }

  var shown = null;  // the state on screen: a search box's change on blur must not rebuild the list under a click
  function run() {
    var s = state(), words = terms(s.q);
    if (JSON.stringify(s) === shown) { return; }
    shown = JSON.stringify(s);
    var filtered = s.genre || s.year || s.person || s.place;
    results.textContent = "";
    showEntries(words);
    if (!words.length && !filtered) { status.textContent = "Type a word or a name, or choose a filter."; return; }
    var hits = {};
    data.passages.forEach(function (p, i) {
      if (!words.length || matchesAll(folded[i], words)) { (hits[p[0]] = hits[p[0]] || []).push(i); }
    });
    var docs = data.docs.map(function (d, i) { return i; }).filter(function (i) {
      return docAllowed(data.docs[i], s) && (words.length ? hits[i] : true);
    });
    var count = words.length ? docs.reduce(function (n, i) { return n + hits[i].length; }, 0) : 0;
    status.textContent = docs.length + " document" + (docs.length === 1 ? "" : "s") +
      (words.length ? ", " + count + " passage" + (count === 1 ? "" : "s") : "") +
      (docs.length > MAX_DOCS ? "; the first " + MAX_DOCS + " shown" : "");
    var list = element("ol", { "class": "search-results" });
    docs.slice(0, MAX_DOCS).forEach(function (i) {
      var doc = data.docs[i];
      var item = element("li", {}, [element("h2", {}, [element("a", { href: doc.href }, [doc.title])]),
        element("p", { "class": "facts" }, [[doc.date, doc.genre].filter(Boolean).join(" · ")])]);
      if (words.length) {
        var passages = hits[i];
        item.appendChild(element("ul", { "class": "passages" }, passages.slice(0, MAX_PASSAGES).map(function (p) {
          var passage = data.passages[p];
          return element("li", {}, [element("a", { href: doc.href + "#tk-s" + passage[1] },
            snippet(passage[2], folded[p], words))]);
        })));
        if (passages.length > MAX_PASSAGES) {
          item.appendChild(element("p", { "class": "more" }, ["and " + (passages.length - MAX_PASSAGES) + " more passages"]));
        }
      }
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    ["q", "genre", "year", "person", "place"].forEach(function (k) {
      if (params.get(k)) { form.elements[k].value = params.get(k); }
    });
  }
  function toUrl() {
    var s = state(), params = new URLSearchParams();
    Object.keys(s).forEach(function (k) { if (s[k]) { params.set(k, s[k]); } });
    try { window.history.replaceState(null, "", "?" + params.toString()); } catch (e) { /* some file:// setups refuse */ }
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); toUrl(); run(); });
  form.addEventListener("input", function () { toUrl(); run(); });
  form.addEventListener("change", function () { toUrl(); run(); });
  fromUrl();
  run();
}());
