// Prepared mode: registered by sites.js after content.js on every site when the user turns it on. Prepares at
// the page's first idle moment, so it never competes with the page's own loading.
(function pathokPrepare() {
  const run = () => globalThis.pathokContent?.run('prepare');
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
})();
void 0;
