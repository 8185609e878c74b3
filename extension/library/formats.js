// One saved record (storage.js shape: { url, title, savedAt, article }) as a file to download: self-contained
// HTML, Markdown with front matter, or plain text. Pure functions; library.js hands the result to the downloads API.

const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// A JSON string is a valid YAML double-quoted scalar, Bengali included.
const yaml = (s) => JSON.stringify(String(s ?? ''));

// Enough style for a comfortable read with no network: system fonts first, then the usual Bengali ones.
const EXPORT_CSS = `body{margin:0;background:#fff;color:#1b1b1b}
main{max-width:40em;margin:2rem auto;padding:0 1.25rem;font:20px/1.7 "Noto Serif Bengali","Noto Sans Bengali","Hind Siliguri",serif}
h1{line-height:1.35}.meta{color:#545454;font-size:.8em}img{max-width:100%;height:auto}
figcaption{color:#545454;font-size:.8em}blockquote{border-left:4px solid #d6d6d6;margin-left:0;padding-left:1em}`;

export function toHtml({ url, title, article }) {
  const lang = escapeHtml(article.lang || 'bn');
  const facts = [article.byline, article.site_name, article.published].filter(Boolean).map(escapeHtml).join(' · ');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${facts}</p>
<p class="meta"><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>
${article.html}
</article>
</main>
</body>
</html>
`;
}

export function toMarkdown({ url, title, savedAt, article }) {
  const front = [
    ['title', title],
    ['byline', article.byline],
    ['date', article.published],
    ['url', url],
    ['site', article.site_name],
    ['saved', new Date(savedAt).toISOString()],
  ].filter(([, value]) => value).map(([key, value]) => `${key}: ${yaml(value)}`);
  const body = article.markdown.trimStart().startsWith('# ') ? article.markdown : `# ${title}\n\n${article.markdown}`;
  return `---\n${front.join('\n')}\n---\n\n${body.trim()}\n`;
}

export function toText({ url, title, article }) {
  return `${title}\n\n${article.text.trim()}\n\n${url}\n`;
}

// "pathok-<last path segment>.<ext>", ASCII only: download filenames with other scripts fail on some systems.
export function fileName({ url }, ext) {
  let slug = '';
  try {
    slug = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  } catch { /* an imported record with a bad URL still downloads, as "pathok-article" */ }
  slug = slug.replace(/\.[a-z0-9]+$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `pathok-${slug || 'article'}.${ext}`;
}
