/* What Material's bundle asks the network for, trimmed. Loaded just before the bundle.
   - The search index: Material fetches search/search_index.json (every language) and starts its
     search worker as soon as the page has a search box. Here the request goes to this page's
     language (search/search_index.<lang>.json, written by mkdocs_guide/search/hook.py) and is sent only
     once the reader opens the search (focus or click on the field, the s or / shortcut, which
     focus it) or arrives from a search result (?h=, the highlight). The worker starts with its
     first message, the index. From disk (file://) Material loads search/search_index.js with a
     <script>: the same rewrite and wait apply to it.
   - The language selector's sitemap.xml next to every <link rel="alternate">: never sent.
     Material reads them only to rewrite selector links without a target, and ours carry
     target="_self" (site/partials/alternate.html); the hreflang URLs are absolute, so those
     requests would leave the site when it is served from another address than its site_url. */
(() => {
  "use strict";

  const language = document.currentScript.dataset.gdLanguage;
  const config = JSON.parse(document.getElementById("__config").textContent);
  const INDEX = /\/search\/search_index\.(json|js)$/;
  const own = (url) => url.replace(/search_index\.(json|js)$/, "search_index." + language + ".$1");

  let opened = false;
  const waiting = [];
  const whenOpened = (run) => (opened ? run() : waiting.push(run));
  const open = () => {
    if (opened) return;
    opened = true;
    waiting.splice(0).forEach((run) => run());
  };
  document.addEventListener("focusin", (event) => {
    if (event.target.matches && event.target.matches("[data-md-component=search-query]")) open();
  });
  document.addEventListener("change", (event) => {
    if (event.target.id === "__search" && event.target.checked) open();
  });
  if (new URLSearchParams(location.search).has("h")) open();

  const selectorSitemap = (url) =>
    url.pathname.endsWith("/sitemap.xml") &&
    [...document.querySelectorAll("link[rel=alternate]")].some(
      (link) => new URL("sitemap.xml", link.href).href === url.href,
    );

  const request = XMLHttpRequest.prototype;
  const { open: openRequest, send: sendRequest } = request;
  request.open = function (method, url, ...rest) {
    const address = new URL(url, location.href);
    this.gdKind = INDEX.test(address.pathname) ? "index" : selectorSitemap(address) ? "drop" : "";
    return openRequest.call(this, method, this.gdKind === "index" ? own(address.href) : url, ...rest);
  };
  request.send = function (body) {
    if (this.gdKind === "drop") return;
    if (this.gdKind === "index") return whenOpened(() => sendRequest.call(this, body));
    return sendRequest.call(this, body);
  };

  // Material's search worker, created at load: a stand-in that starts it on the first message.
  const NativeWorker = window.Worker;
  const searchWorker = new URL(config.search, location.href).href;
  window.Worker = function (url, options) {
    if (new URL(url, location.href).href !== searchWorker) return new NativeWorker(url, options);
    let worker = null;
    const listeners = [];
    return {
      addEventListener(...args) {
        listeners.push(args);
        if (worker) worker.addEventListener(...args);
      },
      removeEventListener(...args) {
        const at = listeners.findIndex((known) => known[0] === args[0] && known[1] === args[1]);
        if (at >= 0) listeners.splice(at, 1);
        if (worker) worker.removeEventListener(...args);
      },
      postMessage(message, transfer) {
        if (!worker) {
          worker = new NativeWorker(url, options);
          listeners.forEach((args) => worker.addEventListener(...args));
        }
        worker.postMessage(message, transfer || []);
      },
      terminate() {
        if (worker) worker.terminate();
      },
    };
  };

  if (location.protocol === "file:") {
    const head = document.head;
    const append = head.appendChild;
    head.appendChild = function (node) {
      if (node.tagName === "SCRIPT" && node.src && INDEX.test(new URL(node.src).pathname)) {
        node.src = own(node.src);
        whenOpened(() => append.call(head, node));
        return node;
      }
      return append.call(head, node);
    };
  }
})();
