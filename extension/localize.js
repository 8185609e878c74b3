// Fills the extension pages' data-i18n elements from _locales and sets <html lang>. Used by options/ and library/.

export const t = (key, subs) => chrome.i18n.getMessage(key, subs) || key;

export function localize(root = document) {
  document.documentElement.lang = t('uiLang');
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  if (root === document) document.title = `${t('extName')} · ${document.querySelector('h1')?.textContent ?? ''}`;
}
