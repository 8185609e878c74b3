//! JSON as pages write it in JSON-LD blocks, read leniently into a small tree.
//!
//! Why our own and not serde_json: metadata only ever asks for strings, arrays and objects, and
//! serde_json's `Value` reader brought its number formatting and error machinery into the wasm,
//! 14 KB of the gzipped 300 KB budget. That room pays for a faster-compiled extractor (Cargo.toml,
//! profile `wasm`). The CLI still writes its JSON with serde_json; its tests are this reader's oracle.
//!
//! Lenient where pages are sloppy: raw control characters inside strings (jugantor-2 has tabs and
//! newlines there) are kept as they are, and an unpaired surrogate escape becomes U+FFFD. Anything
//! else that is not JSON ends the block, keeping the values read before it.

/// One JSON value. Numbers, booleans and null are read past but not kept: no field we read is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Json {
    Scalar,
    String(String),
    Array(Vec<Json>),
    /// Members in document order. A repeated key keeps every member; [`Json::get`] returns the
    /// last, as a JSON object read into a map would.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }
}

/// Nesting deeper than this is not JSON-LD; it ends the block like any other error, before the
/// recursion can exhaust the stack (serde_json stops at the same depth).
const MAX_DEPTH: usize = 128;

/// Every value of `s`, which may hold several one after another (pages concatenate objects), up
/// to the first thing that is not JSON.
pub(crate) fn values(s: &str) -> Vec<Json> {
    let mut reader = Reader { s: s.as_bytes(), at: 0 };
    let mut out = Vec::new();
    loop {
        reader.skip_ws();
        if reader.at == reader.s.len() {
            return out;
        }
        match reader.value(0) {
            Some(v) => out.push(v),
            None => return out,
        }
    }
}

/// A cursor over the text. Positions only ever stop on ASCII bytes (delimiters), so every slice
/// taken between two of them is whole UTF-8.
struct Reader<'a> {
    s: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` after optional whitespace.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_ws();
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_ws();
        match self.peek()? {
            b'"' => self.string().map(Json::String),
            b'[' => self.array(depth),
            b'{' => self.object(depth),
            b't' => self.word(b"true"),
            b'f' => self.word(b"false"),
            b'n' => self.word(b"null"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.list(b']', |r| r.value(depth + 1)).map(Json::Array)
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.list(b'}', |r| {
            r.skip_ws();
            if r.peek() != Some(b'"') {
                return None;
            }
            let key = r.string()?;
            r.eat(b':').then_some(())?;
            Some((key, r.value(depth + 1)?))
        })
        .map(Json::Object)
    }

    /// The comma-separated items of an array or object, from its opening bracket to `close`.
    fn list<T>(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(close) {
            return Some(items);
        }
        loop {
            items.push(item(self)?);
            if self.eat(close) {
                return Some(items);
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn word(&mut self, word: &[u8]) -> Option<Json> {
        self.s[self.at..].starts_with(word).then(|| {
            self.at += word.len();
            Json::Scalar
        })
    }

    /// A number in JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Option<Json> {
        self.at += usize::from(self.peek() == Some(b'-'));
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            self.at += usize::from(matches!(self.peek(), Some(b'+' | b'-')));
            self.required_digits()?;
        }
        Some(Json::Scalar)
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A string at the opening quote; unescaped runs are copied whole.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = self.s[self.at..].iter().position(|&b| b == b'"' || b == b'\\')?;
            // Both ends of the run are ASCII bytes (or the opening quote), so it is whole UTF-8.
            out.push_str(std::str::from_utf8(&self.s[self.at..self.at + run]).ok()?);
            self.at += run;
            if self.s[self.at] == b'"' {
                self.at += 1;
                return Some(out);
            }
            self.at += 1;
            let escape = self.peek()?;
            self.at += 1;
            out.push(match escape {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return None,
            });
        }
    }

    /// The character of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if !(0xD800..0xDC00).contains(&first) {
            return Some(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        if self.s[self.at..].starts_with(b"\\u") {
            let mark = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Some(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            // Not a pair: the second escape is read again on its own.
            self.at = mark;
        }
        Some(char::REPLACEMENT_CHARACTER)
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.at..self.at + 4)?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Json {
        Json::String(text.to_owned())
    }

    #[test]
    fn reads_objects_arrays_and_strings() {
        let v = values(r#" {"a": [1, -2.5e+3, true, false, null, "x"], "b": {"c": "\u0995\"\\\/\n"}} "#);
        assert_eq!(v.len(), 1);
        assert_eq!(
            v[0].get("a").and_then(Json::as_array),
            Some(&[Json::Scalar, Json::Scalar, Json::Scalar, Json::Scalar, Json::Scalar, s("x")][..])
        );
        assert_eq!(v[0].get("b").and_then(|b| b.get("c")).and_then(Json::as_str), Some("ক\"\\/\n"));
    }

    #[test]
    fn several_values_then_garbage() {
        let v = values("{\"a\":\"1\"} [\"2\"]\n\"3\" {\"broken\": } {\"never\": \"read\"}");
        assert_eq!(v, vec![Json::Object(vec![("a".into(), s("1"))]), Json::Array(vec![s("2")]), s("3")]);
    }

    #[test]
    fn lenient_strings() {
        assert_eq!(values("\"এক\tদুই\nতিন\""), vec![s("এক\tদুই\nতিন")]);
        assert_eq!(values(r#""\ud83d\ude00 \ud83d \ude00 \ud83d\u0041""#), vec![s("😀 \u{fffd} \u{fffd} \u{fffd}A")]);
    }

    #[test]
    fn last_repeated_key_wins() {
        let v = values(r#"{"k": "first", "k": "second"}"#);
        assert_eq!(v[0].get("k").and_then(Json::as_str), Some("second"));
    }

    #[test]
    fn rejects_what_is_not_json() {
        for bad in ["{a: 1}", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "1.", "-", "tru", "\"\\x\"", "\"open", "[1 2]", "\"\\u12\""] {
            assert!(values(bad).is_empty(), "{bad}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert!(values(&deep).is_empty());
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert_eq!(values(&ok).len(), 1);
    }

    /// serde_json, which the CLI uses to write JSON, as the oracle: any value it writes reads back
    /// here as the same tree.
    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ours, theirs) {
            (Json::Scalar, Value::Null | Value::Bool(_) | Value::Number(_)) => true,
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Json::Object(a), Value::Object(b)) => {
                b.iter().all(|(k, v)| ours.get(k).is_some_and(|o| same(o, v)))
                    && a.iter().all(|(k, _)| b.contains_key(k))
            }
            _ => false,
        }
    }

    fn any_json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Pieces of JSON and of almost-JSON, strung together at random by `never_panics`.
    const NEAR_JSON: &[&str] = &[
        "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "d83d", "de00", "0041", "true", "nul", "false", "-", "0", "12",
        ".", "e+", "E", " ", "\n", "\t", "\u{0}", "ক", "x",
    ];

    proptest::proptest! {
        /// Page text is anything: no input panics, whatever it does to the values read.
        #[test]
        fn never_panics(tokens in proptest::collection::vec(proptest::sample::select(NEAR_JSON), 0..48), raw in ".{0,64}") {
            values(&tokens.concat());
            values(&raw);
        }

        #[test]
        fn reads_what_serde_json_writes(v in any_json(), pretty in proptest::bool::ANY) {
            let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.unwrap();
            let read = values(&text);
            proptest::prop_assert_eq!(read.len(), 1);
            proptest::prop_assert!(same(&read[0], &v), "{}", text);
        }
    }
}
