/*
 * A page whose scripts fight the extension (e2e/hostile-page.e2e.ts). Runs first in <head>. It breaks the DOM
 * prototypes the extension might rely on, floods the DOM with mutations, and then attacks the reader: reads the
 * overlay's shadow root and frames, forges postMessages, removes or covers the overlay. Results go to window.__attack.
 */
(function () {
  'use strict';
  var attack = (window.__attack = { log: [], frameReads: [], shadowRoots: [], forged: 0, removed: 0, covered: 0, mutations: 0 });
  var realRemoveChild = Node.prototype.removeChild;
  var realAppend = Node.prototype.appendChild;
  var realQSA = Document.prototype.querySelectorAll;
  var RealMO = window.MutationObserver;

  // ── break the prototypes ──
  Element.prototype.remove = function () { throw new Error('page: remove() is disabled'); };
  window.MutationObserver = function () { return { observe: function () {}, disconnect: function () {}, takeRecords: function () { return []; } }; };
  window.fetch = function () { return Promise.reject(new Error('page: fetch is disabled')); };
  XMLHttpRequest.prototype.open = function () { throw new Error('page: XHR is disabled'); };
  Document.prototype.querySelector = function () { throw new Error('page: querySelector is disabled'); };
  Element.prototype.querySelectorAll = function () { throw new Error('page: querySelectorAll is disabled'); };
  Object.defineProperty(Element.prototype, 'innerHTML', { get: function () { throw new Error('page: innerHTML getter'); }, set: function () { throw new Error('page: innerHTML setter'); }, configurable: true });
  Object.defineProperty(Node.prototype, 'textContent', { get: function () { throw new Error('page: textContent getter'); }, configurable: true });
  Object.defineProperty(Node.prototype, 'cloneNode', { value: function () { throw new Error('page: cloneNode'); } });
  window.getComputedStyle = function () { throw new Error('page: getComputedStyle'); };
  Array.prototype.map = function () { throw new Error('page: Array.prototype.map'); };
  Array.from = function () { throw new Error('page: Array.from'); };
  JSON.parse = function () { throw new Error('page: JSON.parse'); };
  JSON.stringify = function () { throw new Error('page: JSON.stringify'); };
  Promise.prototype.then = (function (then) { return function (a, b) { return then.call(this, a, b); }; })(Promise.prototype.then);
  window.postMessage = function () { throw new Error('page: postMessage'); };
  var realAttachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    attack.log.push('attachShadow ' + (init && init.mode));
    return realAttachShadow.call(this, { mode: 'open' }); // try to force it open
  };
  // (Chromium 150+ makes window.chrome non-configurable: the page then cannot take it over, and goes on)
  try {
    Object.defineProperty(window, 'chrome', { get: function () { throw new Error('page: chrome'); }, configurable: true });
  } catch (e) {
    attack.log.push('window.chrome is locked');
  }
  Object.defineProperty(Document.prototype, 'readyState', { get: function () { throw new Error('page: readyState'); }, configurable: true });

  // ── flood the DOM with mutations (keeps going for the whole test) ──
  var box;
  function flood() {
    if (!document.body) return;
    if (!box) { box = document.createElement('div'); box.id = 'flood'; realAppend.call(document.body, box); }
    for (var i = 0; i < 300; i++) { var s = document.createElement('span'); s.className = 'flood'; realAppend.call(box, s); }
    while (box.childNodes.length > 600) realRemoveChild.call(box, box.firstChild);
    attack.mutations += 300;
  }
  setInterval(flood, 16);

  // ── attack the reader whenever it appears ──
  function overlays() { return realQSA.call(document, 'taza-reader-overlay'); }
  setInterval(function () {
    var hosts = overlays();
    for (var i = 0; i < hosts.length; i++) attack.shadowRoots.push(hosts[i].shadowRoot === null ? 'closed' : 'OPEN');
    for (var k = 0; k < window.frames.length; k++) {
      try {
        attack.frameReads.push('READ ' + window.frames[k].document.body.innerText.slice(0, 40));
      } catch (e) {
        attack.frameReads.push('blocked');
      }
      try {
        // Forgeries in the shapes an extension might listen for.
        window.frames[k].postMessage({ type: 'reader.close' }, '*');
        window.frames[k].postMessage({ type: 'readingList.save', article: { url: 'https://evil.example/', title: 'forged', content: '<p>forged</p>', textContent: 'forged' } }, '*');
        window.frames[k].postMessage('{"id":1,"type":"reader.getArticle","data":{}}', '*');
        attack.forged += 3;
      } catch (e) {
        attack.log.push('postMessage failed: ' + e.message);
      }
    }
  }, 100);

  window.__removeOverlay = function () {
    var hosts = overlays();
    for (var i = 0; i < hosts.length; i++) { realRemoveChild.call(hosts[i].parentNode, hosts[i]); attack.removed++; }
  };
  window.__coverOverlay = function () {
    var c = document.createElement('div');
    c.id = 'cover';
    c.textContent = 'PAGE COVER';
    c.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;background:red;');
    realAppend.call(document.documentElement, c);
    attack.covered++;
  };
  void RealMO;
})();
