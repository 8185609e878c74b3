//! Stage 1's tokenizer: a page's HTML → the tokens html5ever's tree builder takes, by the WHATWG
//! rules (<https://html.spec.whatwg.org/multipage/parsing.html#tokenization>).
//!
//! Ours, not html5ever's own tokenizer: that one is fed a piece at a time, so it keeps a map of every
//! prefix of every character reference name, and it carries a profiler it prints with; the two
//! were over a third of the wasm gzipped. This one has the whole page at once: where the spec's
//! states wait for the next character (a reference's name, `</title` in a title, `DOCTYPE`), it
//! looks ahead, and it copies text in runs between the characters that matter. The tree builder,
//! and so the tree, is html5ever's. Parse errors are not reported: nothing reads them.

use std::borrow::Cow;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{ns, Attribute, LocalName, QualName};

use crate::{tables, Error};

include!(concat!(env!("OUT_DIR"), "/entities.rs"));

/// Feeds the tokens of `html` to `sink`, then the end of the file; `check` is asked about every
/// [`tables::PARSE_CHUNK_BYTES`] of input (the budget's time and node counts).
pub(crate) fn tokenize<S: TokenSink>(
    html: &str,
    sink: &S,
    check: &mut dyn FnMut(&S) -> Result<(), Error>,
) -> Result<(), Error> {
    let normalized = newlines_normalized(html);
    let input = normalized.strip_prefix('\u{feff}').unwrap_or(&normalized);
    let mut t = Tokenizer {
        input,
        pos: 0,
        state: State::Data,
        sink,
        text: String::new(),
        tag: TagBuf::default(),
        last_start: None,
        comment: String::new(),
        doctype: DoctypeBuf::default(),
    };
    let mut next_check = tables::PARSE_CHUNK_BYTES;
    while t.step() {
        if t.pos >= next_check {
            next_check = t.pos + tables::PARSE_CHUNK_BYTES;
            check(sink)?;
        }
    }
    t.flush_text();
    let _ = t.emit(Token::EOFToken);
    sink.end();
    check(sink)
}

/// The input stream's preprocessing: CR LF and lone CR become LF. One pass from CR to CR: two
/// `str::replace` calls cost a CRLF page 65 instructions a byte.
fn newlines_normalized(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    if memchr::memchr(b'\r', bytes).is_none() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut start = 0;
    for at in memchr::memchr_iter(b'\r', bytes) {
        out.push_str(&html[start..at]);
        out.push('\n');
        start = if bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
    }
    out.push_str(&html[start..]);
    Cow::Owned(out)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Data,
    Rcdata,
    Rawtext,
    ScriptData,
    Plaintext,
    TagOpen,
    EndTagOpen,
    TagName,
    ScriptEscaped,
    ScriptEscapedDash,
    ScriptEscapedDashDash,
    ScriptDoubleEscaped,
    ScriptDoubleEscapedDash,
    ScriptDoubleEscapedDashDash,
    BeforeAttrName,
    AttrName,
    AfterAttrName,
    BeforeAttrValue,
    /// The quote, or `None` unquoted.
    AttrValue(Option<u8>),
    SelfClosingStartTag,
    BogusComment,
    MarkupDeclarationOpen,
    CommentStart,
    CommentStartDash,
    Comment,
    CommentEndDash,
    CommentEnd,
    CommentEndBang,
    Doctype,
    BeforeDoctypeName,
    DoctypeName,
    AfterDoctypeName,
    /// After `PUBLIC` (true) or `SYSTEM` (false).
    AfterDoctypeKeyword(bool),
    BeforeDoctypeId(bool),
    /// The public (true) or system id, in its quote.
    DoctypeId(bool, u8),
    AfterDoctypeId(bool),
    BogusDoctype,
    CdataSection,
}

/// The tag being read. Its name and the attribute being read are buffers kept from tag to tag:
/// a page's every tag and attribute allocated and freed a string or two of its own.
#[derive(Default)]
struct TagBuf {
    end: bool,
    name: String,
    self_closing: bool,
    attrs: Vec<Attribute>,
    duplicate: bool,
    /// An attribute is being read, into `attr_name` and `attr_value`.
    in_attr: bool,
    attr_name: String,
    attr_value: String,
}

#[derive(Default)]
struct DoctypeBuf {
    name: Option<String>,
    public_id: Option<String>,
    system_id: Option<String>,
    force_quirks: bool,
}

struct Tokenizer<'a, S> {
    input: &'a str,
    pos: usize,
    state: State,
    sink: &'a S,
    /// Characters not yet sent: sent as one token before the next other token.
    text: String,
    tag: TagBuf,
    /// The name of the last start tag sent, which alone ends raw text.
    last_start: Option<LocalName>,
    comment: String,
    doctype: DoctypeBuf,
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b' ')
}

/// The ASCII letters at the start of `s`, a tag's name in raw text, and whether a space, `/` or `>`
/// ends them there (what makes them a whole name in the spec's end tag and escape states).
fn tag_word(s: &str) -> (&str, bool) {
    let len = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let ends = matches!(s.as_bytes().get(len), Some(&b) if is_space(b) || b == b'/' || b == b'>');
    (&s[..len], ends)
}

impl<'a, S: TokenSink> Tokenizer<'a, S> {
    fn peek(&self) -> Option<u8> {
        self.input.as_bytes().get(self.pos).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.input[self.pos..].chars().next()
    }

    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    /// The input from here up to the first of the bytes `stops` (or the end), consumed: the runs of
    /// text, comments and attribute values, where most of a page's bytes are.
    fn run_to(&mut self, stops: &[u8]) -> &'a str {
        let rest = &self.input.as_bytes()[self.pos..];
        let len = match *stops {
            [a] => memchr::memchr(a, rest),
            [a, b] => memchr::memchr2(a, b, rest),
            [a, b, c] => memchr::memchr3(a, b, c, rest),
            _ => rest.iter().position(|x| stops.contains(x)),
        };
        let start = self.pos;
        self.pos += len.unwrap_or(rest.len());
        &self.input[start..self.pos]
    }

    /// The input from here up to the first byte `stop` says yes to (or the end), consumed.
    fn run_until(&mut self, stop: impl Fn(u8) -> bool) -> &'a str {
        let start = self.pos;
        let len = self.input.as_bytes()[start..].iter().position(|&b| stop(b)).unwrap_or(self.input.len() - start);
        self.pos += len;
        &self.input[start..self.pos]
    }

    fn emit(&self, token: Token) -> TokenSinkResult<S::Handle> {
        self.sink.process_token(token, 1)
    }

    fn flush_text(&mut self) {
        if !self.text.is_empty() {
            let _ = self.emit(Token::CharacterTokens(StrTendril::from_slice(&self.text)));
            self.text.clear();
        }
    }

    fn emit_null(&mut self) {
        self.flush_text();
        let _ = self.emit(Token::NullCharacterToken);
    }

    fn emit_comment(&mut self) {
        self.flush_text();
        let data = StrTendril::from_slice(&self.comment);
        self.comment.clear();
        let _ = self.emit(Token::CommentToken(data));
    }

    fn emit_doctype(&mut self) {
        self.flush_text();
        let d = std::mem::take(&mut self.doctype);
        let tendril = |s: Option<String>| s.map(|s| StrTendril::from_slice(&s));
        let _ = self.emit(Token::DoctypeToken(Doctype {
            name: tendril(d.name),
            public_id: tendril(d.public_id),
            system_id: tendril(d.system_id),
            force_quirks: d.force_quirks,
        }));
    }

    fn new_tag(&mut self, end: bool) {
        let tag = &mut self.tag;
        tag.end = end;
        tag.name.clear();
        tag.self_closing = false;
        tag.attrs = Vec::new();
        tag.duplicate = false;
        tag.in_attr = false;
    }

    /// Keeps the attribute just read unless the tag already has one of its name.
    fn commit_attr(&mut self) {
        let tag = &mut self.tag;
        if !std::mem::take(&mut tag.in_attr) {
            return;
        }
        if tag.attrs.iter().any(|a| *a.name.local == *tag.attr_name) {
            tag.duplicate = true;
        } else {
            tag.attrs.push(Attribute {
                name: QualName::new(None, ns!(), LocalName::from(&*tag.attr_name)),
                value: StrTendril::from_slice(&tag.attr_value),
            });
        }
    }

    fn emit_tag(&mut self) {
        self.commit_attr();
        self.flush_text();
        let buf = &mut self.tag;
        let name = LocalName::from(&*buf.name);
        let kind = if buf.end { TagKind::EndTag } else { TagKind::StartTag };
        if !buf.end {
            self.last_start = Some(name.clone());
        }
        self.state = State::Data;
        let tag = Tag {
            kind,
            name,
            self_closing: buf.self_closing,
            attrs: std::mem::take(&mut buf.attrs),
            had_duplicate_attributes: buf.duplicate,
        };
        match self.emit(Token::TagToken(tag)) {
            TokenSinkResult::Plaintext => self.state = State::Plaintext,
            TokenSinkResult::RawData(RawKind::Rcdata) => self.state = State::Rcdata,
            TokenSinkResult::RawData(RawKind::Rawtext) => self.state = State::Rawtext,
            TokenSinkResult::RawData(_) => self.state = State::ScriptData,
            _ => {}
        }
    }

    /// After a `<` in raw text: when `/` and an end tag of the last start tag's name follow, reads
    /// its name and goes on in the tag's states; otherwise the `<` is text.
    fn raw_end_tag(&mut self) -> bool {
        let Some(after) = self.rest().strip_prefix('/') else { return false };
        let (name, ends) = tag_word(after);
        if !ends || !self.last_start.as_ref().is_some_and(|last| (**last).eq_ignore_ascii_case(name)) {
            return false;
        }
        self.pos += 1 + name.len();
        self.new_tag(true);
        self.tag.name.push_str(name);
        self.tag.name.make_ascii_lowercase();
        self.state = State::TagName;
        true
    }

    /// One state's work; false at the end of the input.
    fn step(&mut self) -> bool {
        match self.state {
            State::Data => self.text_state(b"&<\0", true),
            State::Rcdata => self.text_state(b"&<\0", false),
            State::Rawtext | State::ScriptData => self.text_state(b"<\0", false),
            State::Plaintext => self.text_state(b"\0", false),
            State::TagOpen => self.tag_open(),
            State::EndTagOpen => self.end_tag_open(),
            State::TagName => self.tag_name(),
            State::ScriptEscaped | State::ScriptDoubleEscaped => self.script_escaped(),
            State::ScriptEscapedDash
            | State::ScriptEscapedDashDash
            | State::ScriptDoubleEscapedDash
            | State::ScriptDoubleEscapedDashDash => self.script_escaped_dash(),
            State::BeforeAttrName => self.before_attr_name(),
            State::AttrName => self.attr_name(),
            State::AfterAttrName => self.after_attr_name(),
            State::BeforeAttrValue => self.before_attr_value(),
            State::AttrValue(quote) => self.attr_value(quote),
            State::SelfClosingStartTag => self.self_closing_start_tag(),
            State::BogusComment => self.bogus_comment(),
            State::MarkupDeclarationOpen => self.markup_declaration_open(),
            State::CommentStart
            | State::CommentStartDash
            | State::Comment
            | State::CommentEndDash
            | State::CommentEnd
            | State::CommentEndBang => self.comment_state(),
            State::Doctype
            | State::BeforeDoctypeName
            | State::DoctypeName
            | State::AfterDoctypeName
            | State::AfterDoctypeKeyword(_)
            | State::BeforeDoctypeId(_)
            | State::DoctypeId(..)
            | State::AfterDoctypeId(_)
            | State::BogusDoctype => self.doctype_state(),
            State::CdataSection => self.cdata_section(),
        }
    }

    /// Data, RCDATA, RAWTEXT, script data and PLAINTEXT: text up to the next byte that matters.
    /// A NUL is a token of its own in data and U+FFFD elsewhere.
    fn text_state(&mut self, stops: &[u8], data: bool) -> bool {
        let run = self.run_to(stops);
        self.text.push_str(run);
        let Some(b) = self.peek() else { return false };
        self.pos += 1;
        match b {
            b'\0' if data => self.emit_null(),
            b'\0' => self.text.push('\u{fffd}'),
            b'&' => self.char_ref(false),
            _ if data => self.state = State::TagOpen,
            // `<` in raw text, script data included.
            _ if self.raw_end_tag() => {}
            _ => {
                self.text.push('<');
                if self.state == State::ScriptData && self.rest().starts_with("!--") {
                    self.pos += 3;
                    self.text.push_str("!--");
                    self.state = State::ScriptEscapedDashDash;
                }
            }
        }
        true
    }

    fn tag_open(&mut self) -> bool {
        match self.peek() {
            Some(b'!') => {
                self.pos += 1;
                self.state = State::MarkupDeclarationOpen;
            }
            Some(b'/') => {
                self.pos += 1;
                self.state = State::EndTagOpen;
            }
            Some(b) if b.is_ascii_alphabetic() => {
                self.new_tag(false);
                self.state = State::TagName;
            }
            Some(b'?') => {
                self.comment.clear();
                self.state = State::BogusComment;
            }
            _ => {
                self.text.push('<');
                self.state = State::Data;
            }
        }
        true
    }

    fn end_tag_open(&mut self) -> bool {
        match self.peek() {
            Some(b) if b.is_ascii_alphabetic() => {
                self.new_tag(true);
                self.state = State::TagName;
            }
            Some(b'>') => {
                self.pos += 1;
                self.state = State::Data;
            }
            None => {
                self.text.push_str("</");
                self.state = State::Data;
            }
            Some(_) => {
                self.comment.clear();
                self.state = State::BogusComment;
            }
        }
        true
    }

    fn tag_name(&mut self) -> bool {
        let run = self.run_until(|b| is_space(b) || matches!(b, b'/' | b'>' | b'\0') || b.is_ascii_uppercase());
        self.tag.name.push_str(run);
        let Some(b) = self.peek() else { return false };
        self.pos += 1;
        match b {
            b'/' => self.state = State::SelfClosingStartTag,
            b'>' => self.emit_tag(),
            b'\0' => self.tag.name.push('\u{fffd}'),
            _ if is_space(b) => self.state = State::BeforeAttrName,
            _ => self.tag.name.push(char::from(b.to_ascii_lowercase())),
        }
        true
    }

    /// The script data escaped states (inside `<!--` in a script) and their double-escaped kin
    /// (a `<script>` written inside that comment, whose `</script>` does not end the script).
    fn script_escaped(&mut self) -> bool {
        let run = self.run_to(b"-<\0");
        self.text.push_str(run);
        let Some(b) = self.peek() else { return false };
        self.pos += 1;
        let double = self.state == State::ScriptDoubleEscaped;
        match b {
            b'-' => {
                self.text.push('-');
                self.state = if double { State::ScriptDoubleEscapedDash } else { State::ScriptEscapedDash };
            }
            b'<' => self.script_escaped_less_than(double),
            _ => self.text.push('\u{fffd}'),
        }
        true
    }

    fn script_escaped_dash(&mut self) -> bool {
        let double = matches!(self.state, State::ScriptDoubleEscapedDash | State::ScriptDoubleEscapedDashDash);
        let dash_dash = matches!(self.state, State::ScriptEscapedDashDash | State::ScriptDoubleEscapedDashDash);
        let inside = if double { State::ScriptDoubleEscaped } else { State::ScriptEscaped };
        let Some(c) = self.peek_char() else { return false };
        self.pos += c.len_utf8();
        match c {
            '-' => {
                self.text.push('-');
                self.state = if double { State::ScriptDoubleEscapedDashDash } else { State::ScriptEscapedDashDash };
            }
            '<' => {
                self.state = inside;
                self.script_escaped_less_than(double);
            }
            '>' if dash_dash => {
                self.text.push('>');
                self.state = State::ScriptData;
            }
            '\0' => {
                self.text.push('\u{fffd}');
                self.state = inside;
            }
            _ => {
                self.text.push(c);
                self.state = inside;
            }
        }
        true
    }

    /// After a `<` in escaped script data: an end tag that ends the script, or the `<script` or
    /// `</script` that enters or leaves double escaping (the spec's escape start and end states,
    /// whose characters are all text).
    fn script_escaped_less_than(&mut self, double: bool) {
        self.state = if double { State::ScriptDoubleEscaped } else { State::ScriptEscaped };
        if !double && self.raw_end_tag() {
            return;
        }
        self.text.push('<');
        let slash = self.peek() == Some(b'/');
        if double != slash {
            return;
        }
        let skip = usize::from(slash);
        let (word, ends) = tag_word(&self.rest()[skip..]);
        if word.is_empty() && !slash {
            return;
        }
        self.text.push_str(&self.input[self.pos..self.pos + skip + word.len()]);
        self.pos += skip + word.len();
        if ends && word.eq_ignore_ascii_case("script") {
            self.state = if double { State::ScriptEscaped } else { State::ScriptDoubleEscaped };
        }
    }

    fn start_attr(&mut self, name: &str) {
        self.commit_attr();
        let tag = &mut self.tag;
        tag.in_attr = true;
        tag.attr_name.clear();
        tag.attr_name.push_str(name);
        tag.attr_value.clear();
        self.state = State::AttrName;
    }

    fn before_attr_name(&mut self) -> bool {
        self.run_until(|b| !is_space(b));
        match self.peek() {
            Some(b'/' | b'>') | None => self.state = State::AfterAttrName,
            Some(b'=') => {
                self.pos += 1;
                self.start_attr("=");
            }
            Some(_) => self.start_attr(""),
        }
        true
    }

    fn attr_name(&mut self) -> bool {
        let start = self.pos;
        self.run_until(|b| is_space(b) || matches!(b, b'/' | b'>' | b'=' | b'\0') || b.is_ascii_uppercase());
        let next = self.peek();
        if !self.tag.in_attr {
            return false;
        }
        let name = &mut self.tag.attr_name;
        name.push_str(&self.input[start..self.pos]);
        match next {
            Some(b'=') => self.state = State::BeforeAttrValue,
            Some(b'\0') => name.push('\u{fffd}'),
            Some(b) if b.is_ascii_uppercase() => name.push(char::from(b.to_ascii_lowercase())),
            _ => {
                self.state = State::AfterAttrName;
                return true;
            }
        }
        self.pos += 1;
        true
    }

    fn after_attr_name(&mut self) -> bool {
        self.run_until(|b| !is_space(b));
        match self.peek() {
            Some(b'/') => {
                self.pos += 1;
                self.state = State::SelfClosingStartTag;
            }
            Some(b'=') => {
                self.pos += 1;
                self.state = State::BeforeAttrValue;
            }
            Some(b'>') => {
                self.pos += 1;
                self.emit_tag();
            }
            None => return false,
            Some(_) => self.start_attr(""),
        }
        true
    }

    fn before_attr_value(&mut self) -> bool {
        self.run_until(|b| !is_space(b));
        match self.peek() {
            Some(q @ (b'"' | b'\'')) => {
                self.pos += 1;
                self.state = State::AttrValue(Some(q));
            }
            Some(b'>') => {
                self.pos += 1;
                self.emit_tag();
            }
            _ => self.state = State::AttrValue(None),
        }
        true
    }

    fn push_value(&mut self, s: &str) {
        if self.tag.in_attr {
            self.tag.attr_value.push_str(s);
        }
    }

    fn attr_value(&mut self, quote: Option<u8>) -> bool {
        let run = match quote {
            Some(q) => self.run_to(&[q, b'&', b'\0']),
            None => self.run_until(|b| is_space(b) || matches!(b, b'&' | b'>' | b'\0')),
        };
        self.push_value(run);
        let Some(b) = self.peek() else { return false };
        self.pos += 1;
        match b {
            b'&' => self.char_ref(true),
            b'\0' => self.push_value("\u{fffd}"),
            b'>' => self.emit_tag(),
            // After a closing quote, the spec's "after attribute value (quoted)" state leads where this
            // one does for every character: a space, `/`, `>`, another attribute run together.
            _ => self.state = State::BeforeAttrName,
        }
        true
    }

    fn self_closing_start_tag(&mut self) -> bool {
        match self.peek() {
            Some(b'>') => {
                self.pos += 1;
                self.tag.self_closing = true;
                self.emit_tag();
            }
            None => return false,
            Some(_) => self.state = State::BeforeAttrName,
        }
        true
    }

    fn bogus_comment(&mut self) -> bool {
        let run = self.run_to(b">\0");
        self.comment.push_str(run);
        match self.peek() {
            Some(b'\0') => {
                self.pos += 1;
                self.comment.push('\u{fffd}');
            }
            Some(_) => {
                self.pos += 1;
                self.emit_comment();
                self.state = State::Data;
            }
            None => {
                self.emit_comment();
                return false;
            }
        }
        true
    }

    fn markup_declaration_open(&mut self) -> bool {
        let rest = self.rest();
        self.comment.clear();
        if rest.starts_with("--") {
            self.pos += 2;
            self.state = State::CommentStart;
        } else if rest.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("doctype")) {
            self.pos += 7;
            self.state = State::Doctype;
        } else if rest.starts_with("[CDATA[") {
            self.pos += 7;
            self.flush_text();
            if self.sink.adjusted_current_node_present_but_not_in_html_namespace() {
                self.state = State::CdataSection;
            } else {
                self.comment.push_str("[CDATA[");
                self.state = State::BogusComment;
            }
        } else {
            self.state = State::BogusComment;
        }
        true
    }

    /// The comment states from comment start to comment end bang, as the spec has them; the
    /// comment's text in runs.
    fn comment_state(&mut self) -> bool {
        if self.state == State::Comment {
            let run = self.run_to(b"<-\0");
            self.comment.push_str(run);
        }
        let Some(c) = self.peek_char() else {
            self.emit_comment();
            return false;
        };
        self.pos += c.len_utf8();
        match (self.state, c) {
            (State::CommentStart, '-') => self.state = State::CommentStartDash,
            (State::CommentStart | State::CommentStartDash, '>')
            | (State::CommentEnd | State::CommentEndBang, '>') => {
                self.emit_comment();
                self.state = State::Data;
            }
            (State::CommentStartDash | State::CommentEndDash, '-') => self.state = State::CommentEnd,
            (State::CommentStartDash | State::CommentEndDash, _) => {
                self.comment.push('-');
                self.reconsume(c, State::Comment);
            }
            (State::CommentStart, _) => self.reconsume(c, State::Comment),
            (State::Comment, '<') => {
                self.comment.push('<');
                // The comment less-than sign states: `<!--` inside a comment changes nothing but
                // what `--!>` after it would mean, which the comment end states read the same.
                while self.peek() == Some(b'<') {
                    self.pos += 1;
                    self.comment.push('<');
                }
                if self.peek() == Some(b'!') {
                    self.pos += 1;
                    self.comment.push('!');
                }
            }
            (State::Comment, '-') => self.state = State::CommentEndDash,
            (State::Comment, _) => self.comment.push('\u{fffd}'),
            (State::CommentEnd, '!') => self.state = State::CommentEndBang,
            (State::CommentEnd, '-') => self.comment.push('-'),
            (State::CommentEnd, _) => {
                self.comment.push_str("--");
                self.reconsume(c, State::Comment);
            }
            (State::CommentEndBang, '-') => {
                self.comment.push_str("--!");
                self.state = State::CommentEndDash;
            }
            (_, _) => {
                self.comment.push_str("--!");
                self.reconsume(c, State::Comment);
            }
        }
        true
    }

    fn reconsume(&mut self, c: char, state: State) {
        self.pos -= c.len_utf8();
        self.state = state;
    }

    /// The DOCTYPE states, from after `<!DOCTYPE` to its `>`.
    fn doctype_state(&mut self) -> bool {
        let Some(c) = self.peek_char() else {
            if self.state != State::BogusDoctype {
                self.doctype.force_quirks = true;
            }
            self.emit_doctype();
            return false;
        };
        self.pos += c.len_utf8();
        let space = c.is_ascii() && is_space(c as u8);
        let nul_to_fffd = if c == '\0' { '\u{fffd}' } else { c.to_ascii_lowercase() };
        match self.state {
            State::Doctype => {
                if !space {
                    self.reconsume(c, State::BeforeDoctypeName);
                } else {
                    self.state = State::BeforeDoctypeName;
                }
            }
            State::BeforeDoctypeName => match c {
                _ if space => {}
                '>' => {
                    self.doctype.force_quirks = true;
                    self.emit_doctype();
                    self.state = State::Data;
                }
                _ => {
                    self.doctype.name = Some(nul_to_fffd.to_string());
                    self.state = State::DoctypeName;
                }
            },
            State::DoctypeName => match c {
                _ if space => self.state = State::AfterDoctypeName,
                '>' => self.doctype_done(),
                _ => self.doctype.name.get_or_insert_with(String::new).push(nul_to_fffd),
            },
            State::AfterDoctypeName => match c {
                _ if space => {}
                '>' => self.doctype_done(),
                _ => {
                    self.pos -= c.len_utf8();
                    let word = self.rest().get(..6);
                    if word.is_some_and(|w| w.eq_ignore_ascii_case("public")) {
                        self.pos += 6;
                        self.state = State::AfterDoctypeKeyword(true);
                    } else if word.is_some_and(|w| w.eq_ignore_ascii_case("system")) {
                        self.pos += 6;
                        self.state = State::AfterDoctypeKeyword(false);
                    } else {
                        self.doctype.force_quirks = true;
                        self.state = State::BogusDoctype;
                    }
                }
            },
            State::AfterDoctypeKeyword(public) | State::BeforeDoctypeId(public) => match c {
                _ if space => self.state = State::BeforeDoctypeId(public),
                '"' | '\'' => {
                    *self.doctype_id(public) = Some(String::new());
                    self.state = State::DoctypeId(public, c as u8);
                }
                '>' => {
                    self.doctype.force_quirks = true;
                    self.doctype_done();
                }
                _ => {
                    self.doctype.force_quirks = true;
                    self.reconsume(c, State::BogusDoctype);
                }
            },
            State::DoctypeId(public, quote) => match c {
                _ if c as u32 == u32::from(quote) => self.state = State::AfterDoctypeId(public),
                '>' => {
                    self.doctype.force_quirks = true;
                    self.doctype_done();
                }
                _ => {
                    let c = if c == '\0' { '\u{fffd}' } else { c };
                    self.doctype_id(public).get_or_insert_with(String::new).push(c);
                }
            },
            // After the public id, a system id may follow (the spec's "between" state is the same
            // but for the space before it, which a space here reaches too).
            State::AfterDoctypeId(public) => match c {
                _ if space => {}
                '>' => self.doctype_done(),
                '"' | '\'' if public => {
                    self.doctype.system_id = Some(String::new());
                    self.state = State::DoctypeId(false, c as u8);
                }
                _ => {
                    if public {
                        self.doctype.force_quirks = true;
                    }
                    self.reconsume(c, State::BogusDoctype);
                }
            },
            _ => {
                if c == '>' {
                    self.doctype_done();
                }
            }
        }
        true
    }

    fn doctype_id(&mut self, public: bool) -> &mut Option<String> {
        if public {
            &mut self.doctype.public_id
        } else {
            &mut self.doctype.system_id
        }
    }

    fn doctype_done(&mut self) {
        self.emit_doctype();
        self.state = State::Data;
    }

    /// `<![CDATA[` in SVG or MathML: text up to `]]>`, a NUL a token of its own.
    fn cdata_section(&mut self) -> bool {
        let rest = self.rest();
        let (end, found) = rest.find("]]>").map_or((rest.len(), false), |i| (i, true));
        let body = &rest[..end];
        for (i, piece) in body.split('\0').enumerate() {
            if i > 0 {
                self.emit_null();
            }
            self.text.push_str(piece);
        }
        self.pos += end + if found { 3 } else { 0 };
        self.state = State::Data;
        found
    }

    /// After a `&` in text or in an attribute's value: the character reference there, if there is
    /// one, replaced; otherwise the `&` stands.
    fn char_ref(&mut self, in_attr: bool) {
        let replaced = match self.peek() {
            Some(b'#') => numeric_ref(self.rest()),
            Some(b) if b.is_ascii_alphanumeric() => named_ref(self.rest(), in_attr),
            _ => None,
        };
        let mut buf = [0u8; 8];
        let value = match replaced {
            Some((len, value)) => {
                self.pos += len;
                value
            }
            None => Replacement::Char('&'),
        };
        let s: &str = match &value {
            Replacement::Char(c) => c.encode_utf8(&mut buf),
            Replacement::Entity(s) => s,
        };
        if in_attr {
            self.push_value(s);
        } else {
            self.text.push_str(s);
        }
    }
}

enum Replacement {
    Char(char),
    Entity(&'static str),
}

/// A named reference at the start of `rest` (after its `&`): the longest name of the table there
/// and its length. In an attribute, a name without its `;` before `=` or a letter or digit is
/// left as written (`?a=1&copy=2` in a link).
fn named_ref(rest: &str, in_attr: bool) -> Option<(usize, Replacement)> {
    let run = rest.bytes().take_while(u8::is_ascii_alphanumeric).count().min(LONGEST_ENTITY_NAME);
    if rest.as_bytes().get(run) == Some(&b';') {
        if let Some(value) = entity(&rest[..=run]) {
            return Some((run + 1, Replacement::Entity(value)));
        }
    }
    // Names without a `;` are a few old ones, and short.
    (1..=run.min(LONGEST_BARE_ENTITY_NAME)).rev().find_map(|len| {
        let value = entity(&rest[..len])?;
        let next = rest.as_bytes().get(len).copied();
        let in_word = next.is_some_and(|b| b == b'=' || b.is_ascii_alphanumeric());
        (!(in_attr && in_word)).then_some((len, Replacement::Entity(value)))
    })
}

/// The value of the named reference `name`, by binary search in the table build.rs wrote.
fn entity(name: &str) -> Option<&'static str> {
    let entry = |i: usize| &ENTITIES[usize::from(ENTITY_STARTS[i])..usize::from(ENTITY_STARTS[i + 1])];
    // Only the names that begin with the same letter are searched: five steps where the whole table took twelve.
    let first = usize::from(*name.as_bytes().first()?);
    let (mut lo, mut hi) = (usize::from(*ENTITY_FIRSTS.get(first)?), usize::from(*ENTITY_FIRSTS.get(first + 1)?));
    while lo < hi {
        let mid = (lo + hi) / 2;
        // Names are short: a byte loop finds the `=` for less than `split_once` takes to set up its search.
        let entry = entry(mid);
        let eq = entry.bytes().position(|b| b == b'=')?;
        let (key, value) = (&entry[..eq], &entry[eq + 1..]);
        match key.cmp(name) {
            std::cmp::Ordering::Equal => return Some(value),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

/// A numeric reference at the start of `rest` (`#38;`, `#x26`): its character and length, the
/// spec's replacements made (NUL, surrogates and values past Unicode become U+FFFD; the C1 controls
/// of windows-1252 its characters).
fn numeric_ref(rest: &str) -> Option<(usize, Replacement)> {
    let hex = matches!(rest.as_bytes().get(1), Some(b'x' | b'X'));
    let start = if hex { 2 } else { 1 };
    let radix = if hex { 16 } else { 10 };
    let digits = rest[start..].bytes().take_while(|b| char::from(*b).is_digit(radix)).count();
    if digits == 0 {
        return None;
    }
    let value = rest[start..start + digits]
        .chars()
        .filter_map(|c| c.to_digit(radix))
        .fold(0u32, |n, d| n.saturating_mul(radix).saturating_add(d));
    let semicolon = rest.as_bytes().get(start + digits) == Some(&b';');
    let c = match value {
        0x80..=0x9f => Some(tables::WINDOWS_1252_C1[(value - 0x80) as usize]).filter(|&c| c != 0).unwrap_or(value),
        _ => value,
    };
    let c = if c == 0 { None } else { char::from_u32(c) }.unwrap_or('\u{fffd}');
    Some((start + digits + usize::from(semicolon), Replacement::Char(c)))
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{entity, newlines_normalized, ENTITIES, ENTITY_STARTS};

    use crate::dom::{self, Data, Dom, DOCUMENT};

    /// The tree as indented lines: what the two tokenizers must agree on.
    fn outline(dom: &Dom) -> String {
        let mut out = String::new();
        for n in dom.descendants(DOCUMENT) {
            let depth = dom.ancestors(n).count();
            out.push_str(&"  ".repeat(depth));
            match &dom.nodes[n].data {
                Data::Element { name, attrs } => {
                    out.push_str(&format!("<{:?} {}", name.ns, &*name.local));
                    for a in attrs {
                        out.push_str(&format!(" {:?}:{}={:?}", a.name.ns, &*a.name.local, &*a.value));
                    }
                    out.push('>');
                }
                Data::Text(t) => out.push_str(&format!("{:?}", dom.str(t))),
                Data::Comment => out.push_str("<!-- -->"),
                Data::Document => out.push_str("#document"),
                Data::Fragment => out.push_str("#fragment"),
            }
            out.push('\n');
        }
        out
    }

    fn same_tree(html: &str) {
        let ours = outline(&dom::parse_document(html));
        let theirs = outline(&dom::parse_document_with_html5ever_tokenizer(html));
        assert_eq!(ours, theirs, "{html:?}");
    }

    #[test]
    fn every_named_reference_is_found_and_no_other() {
        for window in ENTITY_STARTS.windows(2) {
            let (name, value) = ENTITIES[usize::from(window[0])..usize::from(window[1])].split_once('=').unwrap();
            assert_eq!(entity(name), Some(value), "{name}");
        }
        for name in ["", "ampx;", "zzz;", "Z", "é;", "0;"] {
            assert_eq!(entity(name), None, "{name}");
        }
    }

    #[test]
    fn carriage_returns_become_line_feeds() {
        for (raw, want) in [("a\r\nb\rc\r\r\nd\r", "a\nb\nc\n\nd\n"), ("\r\n\r\n", "\n\n"), ("no return", "no return"), ("এক\rদুই", "এক\nদুই")] {
            assert_eq!(newlines_normalized(raw), want);
        }
    }

    #[test]
    fn agrees_with_html5ever_on_hard_cases() {
        for html in [
            "<p>a &amp; b &lt;c&gt; &copy &copyx &notit; &notin; &#38; &#x26; &#X26 &#; &#x; &#0; &#x110000; &#128; &#xD800; &ampx",
            "<a href='?a=1&copy=2&amp;b=3&lt=4&gt;x' title=\"&quot;q&quot;\" data-x=a&b>x</a>",
            "<title>a <b> &amp; </title > </titlex> </title>",
            "<textarea>\n\nx</TEXTAREA><pre>\nkeep</pre>",
            "<style>p < a { } </style  x=y></style>",
            "<script>if (a<b) document.write('</scr' + 'ipt>'); <!-- <script> </script> --> x</script>y",
            "<script><!--a--!></script><script><!--<script></script></script>z",
            "<script><!-- </script>after",
            "<!doctype html><!-- a -- b --!> <!---> <!-- x --!x --> <!--<!--x--> <?php x ?> </ x> </>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://www.w3.org/TR/html4/strict.dtd'><p>x",
            "<!DOCTYPE html SYSTEM 'about:legacy-compat'><!DOCTYPE x><!doctypex><!DOCTYPE>",
            "<svg><![CDATA[a<b]]></svg><p><![CDATA[x]]></p><math><mi>x</mi><![CDATA[y",
            "<div class=a class=b ID=c Data-X=\"1\"/><br/><img src=x alt=>\0<p>\0a</p>",
            "<table><tr><td>a</td>b<p>c</table><plaintext><p>&amp;</p>",
            "<p>a\r\nb\rc</p><div\ta=1\x0cb = '2' c\n=\n3>",
            "\u{feff}<p>bom</p>",
            "<a href=x<y>z</a><b \"q\"='1' <c>x",
            "<noscript><p>no</p></noscript><iframe><p>x</iframe><xmp><b></xmp><noembed>a</noembed>",
            "<p>&CounterClockwiseContourIntegral; &NotNestedGreaterGreater; &nbsp&nbsp; &AMP &AMP;",
            "< p><a <b>c</a></b><",
            "<p>x</p><",
            "<!--",
            "<!-",
            "<!DOCTYPE html PUBLIC",
            "<a b='c",
            "<script>",
            "<script><!--",
            "<title>x</t",
            "</",
            "&",
            "&#",
            "&#x",
            "&am",
        ] {
            same_tree(html);
        }
    }

    /// Every `.html` file under `dir`.
    fn pages(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pages(&path, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                out.push(path);
            }
        }
    }

    /// The fixtures, and the corpus of real pages when it is beside the repository.
    #[test]
    fn agrees_with_html5ever_on_whole_pages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        pages(&root.join("tests/fixtures"), &mut files);
        pages(&root.join("../shared/corpus"), &mut files);
        assert!(files.len() > 30, "{files:?}");
        for path in files {
            let page = std::fs::read(&path).unwrap();
            same_tree(&String::from_utf8_lossy(&page));
        }
    }

    // No <textarea> or <pre> in the soup: html5ever sends parse errors to the tree builder as tokens, and
    // one right after them (`<textarea>&#xa` without its `;`) keeps the newline the standard drops there.
    proptest::proptest! {
        #[test]
        fn agrees_with_html5ever_on_markup_soup(parts in proptest::collection::vec(proptest::sample::select(&[
            "<", ">", "/", "!", "-", "--", "?", "=", "\"", "'", " ", "\n", "\0", "&", ";", "#", "x", "1", "a",
            "amp", "lt", "not", "script", "style", "title", "svg", "math", "table", "td", "p", "b",
            "[CDATA[", "]]", "DOCTYPE", "PUBLIC", "SYSTEM", "<!--", "-->", "</", "<script>", "</script>", "<p>", "ক", "é",
            "&#x", "&#", "9", "F", "copy", "nbsp", "<!", "<?", "<a ", "b=", "</a>", "<br/>", "<![CDATA[", "\t", "\x0c",
            "\r", "<title>", "</title>", "<plaintext>", "<svg>", "<math>", "<template>",
        ][..]), 0..40)) {
            same_tree(&parts.concat());
        }
    }
}
