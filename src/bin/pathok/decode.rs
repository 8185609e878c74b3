//! Page bytes → text, close to how a browser picks the encoding: a byte order mark first; then, for
//! bytes that are valid UTF-8 with some non-ASCII in them, UTF-8; then a `<meta charset>` or
//! `http-equiv="content-type"` declaration in the first 1024 bytes (the HTML standard's prescan,
//! simplified); else UTF-8. Undecodable bytes become U+FFFD.
//!
//! The UTF-8 check comes before the declaration because we read saved files, not HTTP responses:
//! a page saved or re-encoded as UTF-8 often keeps its old `<meta charset=gb2312>` (Mozilla's
//! `qq` test page does), while legacy-encoded text that happens to be valid UTF-8 is vanishingly
//! rare. The library only ever sees `&str`; in the browser the page has been decoded already.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far the prescan looks, as in the HTML standard.
const PRESCAN_BYTES: usize = 1024;

/// The page's text and the name of the encoding it was read in.
pub(crate) fn decode(bytes: &[u8]) -> (String, &'static str) {
    let encoding = Encoding::for_bom(bytes)
        .map(|(enc, _)| enc)
        .or_else(|| (!bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()).then_some(UTF_8))
        .or_else(|| declared(&bytes[..bytes.len().min(PRESCAN_BYTES)]))
        .unwrap_or(UTF_8);
    // `decode` strips a BOM of the sniffed encoding and replaces malformed sequences.
    let (text, used, _had_errors) = encoding.decode(bytes);
    (text.into_owned(), used.name())
}

/// The encoding a `<meta>` in `head` declares, with the standard's two corrections: a UTF-16
/// declaration in bytes that were readable as ASCII means UTF-8, and x-user-defined means windows-1252.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while let Some(start) = find(head, pos, b"<") {
        let rest = &head[start..];
        if rest.starts_with(b"<!--") {
            pos = find(head, start + 4, b"-->").map_or(head.len(), |end| end + 3);
            continue;
        }
        pos = start + 1;
        if rest.len() > 5 && rest[1..5].eq_ignore_ascii_case(b"meta") && is_space_or_slash(rest[5])
        {
            let (attrs, end) = attributes(&head[start + 5..]);
            pos = start + 5 + end;
            if let Some(enc) = from_meta(&attrs) {
                return Some(match enc.name() {
                    "UTF-16LE" | "UTF-16BE" => UTF_8,
                    "x-user-defined" => WINDOWS_1252,
                    _ => enc,
                });
            }
        }
    }
    None
}

fn from_meta(attrs: &[(String, String)]) -> Option<&'static Encoding> {
    let get = |name: &str| {
        attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(label) = get("charset") {
        return Encoding::for_label(label.trim().as_bytes());
    }
    let is_content_type =
        get("http-equiv").is_some_and(|v| v.trim().eq_ignore_ascii_case("content-type"));
    if !is_content_type {
        return None;
    }
    let content = get("content")?.to_ascii_lowercase();
    let after = &content[content.find("charset")? + "charset".len()..];
    let label = after.trim_start().strip_prefix('=')?.trim_start();
    let label = label.trim_start_matches(['"', '\'']);
    let end = label.find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_ascii_whitespace());
    Encoding::for_label(&label.as_bytes()[..end.unwrap_or(label.len())])
}

/// The attributes of one tag, names lowercased, and where the tag ends in `s`.
fn attributes(s: &[u8]) -> (Vec<(String, String)>, usize) {
    let mut attrs = Vec::new();
    let mut i = 0;
    loop {
        while i < s.len() && is_space_or_slash(s[i]) {
            i += 1;
        }
        if i >= s.len() || s[i] == b'>' {
            return (attrs, i);
        }
        let name_start = i;
        while i < s.len() && !is_space_or_slash(s[i]) && s[i] != b'=' && s[i] != b'>' {
            i += 1;
        }
        let name = String::from_utf8_lossy(&s[name_start..i]).to_ascii_lowercase();
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < s.len() && s[i] == b'=' {
            i += 1;
            while i < s.len() && s[i].is_ascii_whitespace() {
                i += 1;
            }
            let (v, next) = attribute_value(s, i);
            value = v;
            i = next;
        }
        attrs.push((name, value));
    }
}

fn attribute_value(s: &[u8], i: usize) -> (String, usize) {
    match s.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let end = find(s, i + 1, &[q]).unwrap_or(s.len());
            (
                String::from_utf8_lossy(&s[i + 1..end]).into_owned(),
                (end + 1).min(s.len()),
            )
        }
        _ => {
            let mut end = i;
            while end < s.len() && !s[end].is_ascii_whitespace() && s[end] != b'>' {
                end += 1;
            }
            (String::from_utf8_lossy(&s[i..end]).into_owned(), end)
        }
    }
}

fn is_space_or_slash(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'/'
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_wins_over_utf8_default() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>caf\xe9</title>";
        let (text, enc) = decode(page);
        assert_eq!(enc, "windows-1252");
        assert!(text.contains("caf\u{e9}"));
    }

    #[test]
    fn valid_utf8_beats_a_stale_declaration() {
        let page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>中文 আজ</p>";
        let (text, enc) = decode(page.as_bytes());
        assert_eq!(enc, "UTF-8");
        assert!(text.contains("中文 আজ"));
    }

    #[test]
    fn http_equiv_content_type() {
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>\xe9";
        assert_eq!(decode(page).1, "windows-1252");
    }

    #[test]
    fn bom_beats_meta() {
        let mut page = vec![0xFF, 0xFE];
        for u in "<meta charset=windows-1252>আজ".encode_utf16() {
            page.extend(u.to_le_bytes());
        }
        let (text, enc) = decode(&page);
        assert_eq!(enc, "UTF-16LE");
        assert!(text.ends_with("আজ"));
    }

    #[test]
    fn commented_meta_is_ignored_and_utf16_meta_means_utf8() {
        assert_eq!(decode(b"<!-- <meta charset=koi8-r> --><p>x").1, "UTF-8");
        assert_eq!(decode(b"<meta charset=utf-16><p>x").1, "UTF-8");
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let (text, enc) = decode(b"<p>a\xff\xfeb</p>");
        assert_eq!(enc, "UTF-8");
        assert!(text.contains('\u{FFFD}'));
    }
}
