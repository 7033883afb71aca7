// Applies the reader's theme before the first paint (a blocking classic script, since the CSP allows no
// inline script). Its storage key must match src/utils/storage-keys.ts: "runbook:<base>:theme".
(function () {
  try {
    var base = new URL('.', document.currentScript.src).pathname;
    var theme = window.localStorage.getItem('runbook:' + base + ':theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch {
    // Storage disabled or unreadable: the page follows the system theme.
  }
})();
