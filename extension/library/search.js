// Bengali-aware search for the library page (library.js). The keys are the extractor's own
// `normalize_key` (src/text.rs, exported by the wasm), so "সময়" typed with a nukta finds "সময়" written
// precomposed, and the rule lives in one place. The caller initialises the wasm module first.

import { normalize_key as searchKey } from '../pkg/pathok.js';

export { searchKey };

// Every word of the query appears in the record's title or text.
export function matches(record, query) {
  const words = searchKey(String(query ?? '')).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = searchKey(`${record.title ?? ''} ${record.article?.text ?? ''}`);
  return words.every((word) => haystack.includes(word));
}
