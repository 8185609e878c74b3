//! A page with its `class` and `id` attributes taken out: `pathok eval --without-class-id`, and the
//! class-free run of the fixture tests (tests/extract.rs includes this file), ask whether the
//! extractor finds the article from structure and text alone, as it must on sites it has never seen.
//! Good enough for pages, not a parser: attributes are found between a tag's name and its `>`, outside
//! quoted values; script text is left alone.

/// `html` without `class` and `id` attributes.
pub(crate) fn without_class_or_id(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let is_script = rest.get(..7).is_some_and(|t| t.eq_ignore_ascii_case("<script"));
        let end = tag_end(rest);
        out.push_str(&strip_attributes(&rest[..end]));
        rest = &rest[end..];
        if is_script {
            let close = rest
                .match_indices("</")
                .find(|&(i, _)| rest.get(i + 2..i + 8).is_some_and(|t| t.eq_ignore_ascii_case("script")))
                .map_or(rest.len(), |(i, _)| i);
            out.push_str(&rest[..close]);
            rest = &rest[close..];
        }
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `s`, its `>` included (quoted values may hold a `>`).
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// A start tag without its `class` and `id` attributes; other attributes are copied as written.
fn strip_attributes(tag: &str) -> String {
    let name_end = tag.find(|c: char| c.is_ascii_whitespace()).unwrap_or(tag.len());
    let mut out = tag[..name_end].to_owned();
    let mut rest = &tag[name_end..];
    loop {
        let space = rest.len() - rest.trim_start().len();
        let attr = &rest[space..];
        let name_len = attr.find(|c: char| c == '=' || c == '>' || c == '/' || c.is_ascii_whitespace()).unwrap_or(attr.len());
        if name_len == 0 {
            out.push_str(rest);
            return out;
        }
        let after_name = &attr[name_len..];
        let len = match after_name.trim_start().strip_prefix('=') {
            Some(value) => {
                let value_start = attr.len() - value.trim_start().len();
                let value = value.trim_start();
                value_start + match value.chars().next() {
                    Some(q @ ('"' | '\'')) => value[1..].find(q).map_or(value.len(), |e| e + 2),
                    _ => value.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(value.len()),
                }
            }
            None => name_len,
        };
        let name = &attr[..name_len];
        if !(name.eq_ignore_ascii_case("class") || name.eq_ignore_ascii_case("id")) {
            out.push_str(&rest[..space + len]);
        }
        rest = &attr[len..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_and_id_are_taken_out() {
        assert_eq!(
            without_class_or_id("<div class=\"a b\" id=x data-id=\"k\"><p ID='y'>class=z</p><script>a<b</script></div>"),
            "<div data-id=\"k\"><p>class=z</p><script>a<b</script></div>"
        );
        assert_eq!(without_class_or_id("<SCRIPT>x='</p class=a>'</Script><b class=c>"), "<SCRIPT>x='</p class=a>'</Script><b>");
    }
}
