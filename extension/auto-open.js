// Auto mode: registered by sites.js after content.js for the hosts the user chose; opens the reader on load.
(function pathokAutoOpen() {
  globalThis.pathokContent?.run('auto');
})();
void 0;
