// Bengali-aware search keys for the library page (library.js). The same folding as the extractor's
// `pathok::text::normalize_key` (src/text.rs), so "সময়" typed with a nukta finds "সময়" written precomposed.

const KHANDA_TA_SPELLED = /ত্\u200D/g;
const KHANDA_TA = 'ৎ';
const JOINERS = /[\u200C\u200D]/g;
const BN_DIGITS = '০১২৩৪৫৬৭৮৯';
// Letters, combining marks (vowel signs, virama, nukta) and digits; everything else separates words.
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

export function searchKey(text) {
  return String(text ?? '')
    .replace(KHANDA_TA_SPELLED, KHANDA_TA)
    .normalize('NFC')
    .replace(JOINERS, '')
    .replace(/[০-৯]/g, (d) => String(BN_DIGITS.indexOf(d)))
    .toLowerCase()
    .split(NOT_WORD)
    .filter(Boolean)
    .join(' ');
}

// Every word of the query appears in the record's title or text.
export function matches(record, query) {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = searchKey(`${record.title} ${record.article?.text ?? ''}`);
  return words.every((word) => haystack.includes(word));
}
