//! Dates as pages write them → ISO 8601. Machine forms ("2026-08-10T00:00:00+06:00",
//! "2021-06-17 10:31:04") and visible Bengali ones: Bengali digits, Gregorian month names in their
//! spelling variants, "এএম/পিএম", "পূর্বাহ্ন/অপরাহ্ন", "সকাল/দুপুর/বিকাল/সন্ধ্যা/রাত", "ঃ" for ":",
//! ordinal days (১লা, ২১শে) and banglanews24's "২০১৫ ঘণ্টা, ফেব্রুয়ারি ২৪, ২০২৪"; and the labels that
//! say which date a line gives ("প্রকাশ:", "আপডেট সময়", "প্রিন্ট:").
//! Pure text in, [`Stamp`] out; it must not touch the DOM, and it never reads a Bangla-calendar date
//! as a Gregorian one. Clock facts (12, 24, 60) are named constants here; word lists and limits
//! live in `tables`.

use std::fmt::Write as _;

use crate::{calendar, tables, text};

/// Hours on a 12-hour clock face.
const HALF_DAY: u32 = 12;
/// Hours in a day.
const HOURS: u32 = 24;
/// Minutes in an hour and seconds in a minute.
const SIXTY: u32 = 60;
/// Two-digit fields: month, day, hour, minute, second.
const TWO_DIGITS: usize = 2;

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    pub(crate) hour: u32,
    pub(crate) minute: u32,
    pub(crate) second: u32,
}

/// A date, maybe with a time and a UTC offset, as a page stated it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub(crate) year: i32,
    pub(crate) month: u32,
    pub(crate) day: u32,
    pub(crate) clock: Option<Clock>,
    /// Minutes east of UTC, when known.
    pub(crate) offset: Option<i32>,
}

impl Stamp {
    /// ISO 8601: "2026-01-07T17:30:13+06:00", "2026-01-07T17:30:13" without a known offset, or
    /// "2026-01-07" for a date without a time.
    pub(crate) fn iso(&self) -> String {
        let mut out = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some(c) = self.clock {
            let _ = write!(out, "T{:02}:{:02}:{:02}", c.hour, c.minute, c.second);
            if let Some(offset) = self.offset {
                let sign = if offset < 0 { '-' } else { '+' };
                let abs = offset.unsigned_abs();
                let _ = write!(out, "{sign}{:02}:{:02}", abs / SIXTY, abs % SIXTY);
            }
        }
        out
    }

    /// The stamp with `zone` as its offset when it has a time but no offset of its own.
    pub(crate) fn in_zone(mut self, zone: Option<i32>) -> Self {
        if self.clock.is_some() && self.offset.is_none() {
            self.offset = zone;
        }
        self
    }

    /// The calendar date in `zone` (the stamp's own date when either offset is unknown).
    pub(crate) fn date_in(&self, zone: Option<i32>) -> (i32, u32, u32) {
        let own = (self.year, self.month, self.day);
        let (Some(c), Some(offset), Some(zone)) = (self.clock, self.offset, zone) else {
            return own;
        };
        let minutes = i64::from(c.hour * SIXTY + c.minute) + i64::from(zone - offset);
        let per_day = i64::from(HOURS * SIXTY);
        let days = calendar::days_from_civil(self.year, self.month, self.day)
            + minutes.div_euclid(per_day);
        calendar::civil_from_days(days)
    }
}

/// Which date a labelled line gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// "প্রকাশ:", "প্রকাশিত:", "Published".
    Published,
    /// "আপডেট সময়", "আপডেট:", "হালনাগাদ:", "Updated".
    Updated,
    /// "প্রিন্ট:": when the page was printed; never a publication time.
    Printed,
}

/// A machine date: ISO 8601 and its common relatives ("2021-06-17 10:31:04", "2026/08/10",
/// a "+0600" offset, Bengali digits). Trailing text after a complete value is ignored.
pub(crate) fn parse_machine(s: &str) -> Option<Stamp> {
    let latin = text::to_latin_digits(s.trim());
    let mut cur = Cursor {
        s: latin.as_bytes(),
        at: 0,
    };
    let year = cur.number(tables::FOUR_DIGITS, tables::FOUR_DIGITS)?;
    let sep = cur.one_of(b"-/")?;
    let month = cur.number(1, TWO_DIGITS)?;
    cur.exact(sep)?;
    let day = cur.number(1, TWO_DIGITS)?;
    let year = i32::try_from(year).ok()?;
    if !calendar::is_valid(year, month, day) {
        return None;
    }
    let mut stamp = Stamp {
        year,
        month,
        day,
        clock: None,
        offset: None,
    };
    if cur.one_of(b"Tt ").is_none() {
        return Some(stamp);
    }
    let Some(clock) = cur.clock() else {
        return Some(stamp);
    };
    stamp.clock = Some(clock);
    while cur.one_of(b" ").is_some() {}
    stamp.offset = cur.offset();
    Some(stamp)
}

/// A date as people read it, in Bengali or English: "০৫:৩০:১৩ অপরাহ্ন, বুধবার, ৭ জানুয়ারী ২০২৬",
/// "১০ আগস্ট ২০২৬, ১২:০০ এএম", "২০১৫ ঘণ্টা, ফেব্রুয়ারি ২৪, ২০২৪", "১০/০৮/২০২৬". A date is needed;
/// a time alone is not enough. The offset is set only where the text names the zone ("5:00 AM CDT"):
/// otherwise the caller knows the page's.
pub(crate) fn parse_text(s: &str) -> Option<Stamp> {
    let tokens = tokenize(&fold_for_dates(s));
    find_date(&tokens).map(|date| stamp_of(date, &tokens))
}

fn stamp_of((year, month, day): (i32, u32, u32), tokens: &[Tok]) -> Stamp {
    let clock = find_clock(tokens);
    // The zone a time is written in ("5:00 AM CDT"); a date alone has no offset.
    let offset = clock.and_then(|_| {
        tokens.iter().find_map(|t| match t {
            Tok::Word(w) => match tables::DATE_WORDS.get(w.as_str()) {
                Some(&DateWord::Zone(offset)) => Some(offset),
                _ => None,
            },
            _ => None,
        })
    });
    Stamp { year, month, day, clock, offset }
}

/// A machine date if `s` is one, else a written one.
pub(crate) fn parse_any(s: &str) -> Option<Stamp> {
    parse_machine(s).or_else(|| parse_text(s))
}

/// False when `s` cannot hold a written date, asked before folding and splitting it into words:
/// every date has a day number, and only digits make one (Bengali digits are folded to Latin).
fn may_hold_date(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit() || text::latin_digit(c).is_some())
}

/// Every labelled date in a line, in order: "প্রকাশ: … | আপডেট: …" gives two. The text after a
/// label, up to the next label or bar, must be a date and nothing else, so a sentence such as "ফল
/// প্রকাশ হবে ১৫ জানুয়ারি ২০২৬।" is not a dateline.
pub(crate) fn labeled(s: &str) -> Vec<(Label, Stamp)> {
    if !may_hold_date(s) {
        return Vec::new();
    }
    let found = find_labels(s);
    let mut out = Vec::new();
    for (k, &(_, end, label)) in found.iter().enumerate() {
        let next = found.get(k + 1).map_or(s.len(), |&(start, _, _)| start);
        // A bar ends the field too: "প্রকাশ: … | অনলাইন ডেস্ক", "Posted on … · 7 minute read"; but for the time
        // alone after it ("… ১০ ডিসেম্বর, ২০২৬ | ০৩:১৫ অপরাহ্ন").
        let stop = s[end..next].find(tables::FIELD_BARS).map_or(next, |i| end + i);
        let stop = time_after_bar(s, stop, next).unwrap_or(stop);
        let Some(tokens) = date_tokens(&s[end..stop]) else { continue };
        if let Some(date) = find_date(&tokens) {
            out.push((label, stamp_of(date, &tokens)));
        }
    }
    out
}

/// Where the field after the bar at `bar` ends, when all it holds is a clock time (up to `next`); past the same
/// day in other calendars between them ("… ২০২৬ | ১২ পৌষ ১৪৩৩ বঙ্গাব্দ | সকাল ১০:২০").
fn time_after_bar(s: &str, bar: usize, next: usize) -> Option<usize> {
    let mut at = bar;
    loop {
        let start = at + s[at..next].chars().next()?.len_utf8();
        let end = s[start..next].find(tables::FIELD_BARS).map_or(next, |i| start + i);
        let field = &s[start..end];
        if date_tokens(field).is_some_and(|tokens| find_date(&tokens).is_none() && find_clock(&tokens).is_some()) {
            return Some(end);
        }
        let other_calendar = calendar::parse_bangla(field).is_some() || tables::HIJRI.iter().any(|h| field.contains(h));
        if end == next || !other_calendar {
            return None;
        }
        at = end;
    }
}

/// The part of `s` before its first date label ("নিজস্ব প্রতিবেদক প্রকাশ: …" → "নিজস্ব প্রতিবেদক ").
pub(crate) fn before_label(s: &str) -> &str {
    find_labels(s)
        .first()
        .map_or(s, |&(start, _, _)| &s[..start])
}

/// The part of `s` before the relative time it ends with ("সিলেট প্রতিনিধি ৫ ঘণ্টা আগে", "Staff Writer 2 hours
/// ago"): a time the page counts back from now, which dates nothing once read later.
pub(crate) fn before_relative_time(s: &str) -> &str {
    fn last_word(s: &str) -> (&str, &str) {
        let s = s.trim_end();
        let at = s.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
        (&s[..at], &s[at..])
    }
    let (rest, ago) = last_word(s);
    let (rest, unit) = last_word(rest);
    let (rest, count) = last_word(rest);
    let counted = count.chars().all(|c| c.is_numeric()) || tables::ONE_WORDS.contains(&count.to_lowercase().as_str());
    if tables::AGO_WORDS.contains(&ago.to_lowercase().as_str()) && tables::RELATIVE_UNITS.contains(&unit.to_lowercase().as_str()) && !count.is_empty() && counted {
        rest
    } else {
        s
    }
}

/// The kind of the last date label in `s`: what the date after `s` is ("Last updated on" → Updated).
pub(crate) fn last_label(s: &str) -> Option<Label> {
    find_labels(s).last().map(|&(_, _, label)| label)
}

/// True when `s` holds a date label at a word boundary.
pub(crate) fn has_label(s: &str) -> bool {
    !find_labels(s).is_empty()
}

/// The line, or the part of it between bars, that is a date line (see [`is_date_line`]): a byline
/// and its date often share one line ("স্পোর্টস ডেস্ক | ১০ মে ২০২৫, ২১:১০"), as [`labeled`] fields do.
pub(crate) fn dated_part(line: &str) -> Option<&str> {
    let parts = line.contains(tables::FIELD_BARS).then(|| line.split(tables::FIELD_BARS)).into_iter().flatten();
    std::iter::once(line)
        .chain(parts)
        .map(str::trim)
        .find(|part| is_date_line(part))
}

/// True when `s` is nothing but a date: numbers, month and weekday names, day parts, date labels
/// ("১৮ জুলাই ২০২৬, ১১: ৩০", "বুধবার, ৭ জানুয়ারি ২০২৬"). Such a line is metadata, not body text.
pub(crate) fn is_date_line(s: &str) -> bool {
    if !may_hold_date(s) {
        return false;
    }
    date_tokens(s).is_some_and(|tokens| find_date(&tokens).is_some())
}

/// A masthead clock or header date ("ঢাকা ০৪:২১ পূর্বাহ্ন, সোমবার, ১২ জানুয়ারী ২০২৬, ২৮ পৌষ ১৪৩২
/// বঙ্গাব্দ"): it shows today, not when the article was published.
pub(crate) fn is_masthead(s: &str) -> bool {
    if calendar::mentions_bangla_date(s) {
        return true;
    }
    let folded = text::fold_spelling(s.trim_start());
    tables::DHAKA_WORDS.iter().any(|w| folded.starts_with(w))
        && !has_label(s)
}

/// Label matches in `s` as (start, end, label) byte ranges of `s`, in order, not overlapping.
fn find_labels(s: &str) -> Vec<(usize, usize, Label)> {
    let labels = &*tables::DATE_LABEL_KEYS;
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    let mut rest = String::new();
    for (i, c) in s.char_indices() {
        let at_boundary = prev.is_none_or(|p| !text::is_word_char(p));
        prev = Some(c);
        if i < skip_to || !at_boundary || !may_start_label(c, &mut rest) {
            continue;
        }
        // Only as much as the longest label (and the character after it) needs folding.
        let window = s[i..]
            .char_indices()
            .nth(tables::LABEL_WINDOW_CHARS)
            .map_or(s.len(), |(j, _)| i + j);
        text::fold_spelling_into(&s[i..window], &mut rest);
        // The longest label that starts here; of two lists naming it, the first.
        let hit = labels
            .iter()
            .filter(|(l, _)| {
                rest.starts_with(l.as_str())
                    && rest[l.len()..]
                        .chars()
                        .next()
                        .is_none_or(|n| !text::is_word_char(n))
            })
            .min_by_key(|(l, _)| std::cmp::Reverse(l.len()));
        if let Some((l, label)) = hit {
            let end = i + original_len(&s[i..], l.len());
            out.push((i, end, *label));
            skip_to = end;
        }
    }
    out
}

/// A label could start at `c`: its fold begins with a label's first character, or it is a joiner,
/// which folding removes. Most word starts fail here, before a window of the line is folded.
fn may_start_label(c: char, scratch: &mut String) -> bool {
    if matches!(c, '\u{200C}' | '\u{200D}') {
        return true;
    }
    text::fold_spelling_into(c.encode_utf8(&mut [0; 4]), scratch);
    scratch.chars().next().is_some_and(|f| tables::DATE_LABEL_FIRSTS.contains(&f))
}

/// Bytes of `s` whose folded form is `folded_len` bytes long.
fn original_len(s: &str, folded_len: usize) -> usize {
    let mut folded = 0;
    for (i, c) in s.char_indices() {
        if folded >= folded_len {
            return i;
        }
        folded += text::fold_spelling(c.encode_utf8(&mut [0; 4])).len();
    }
    s.len()
}

/// [`text::fold_spelling`] plus the date-only rules: "ঃ" (visarga) written for ":", and "a.m." as "am".
fn fold_for_dates(s: &str) -> String {
    text::fold_spelling(s)
        .replace(tables::COLON_MARKS, ":")
        .replace("a.m.", "am")
        .replace("p.m.", "pm")
}

/// A piece of a written date.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// A run of digits (an ordinal suffix such as "লা", "শে", "th" is read and dropped).
    Num {
        value: u32,
        digits: usize,
    },
    Word(String),
    /// ':' '/' '-' '.' ','.
    Punct(char),
}

fn tokenize(folded: &str) -> Vec<Tok> {
    tokens_while(folded, |_| true).unwrap_or_default()
}

/// The tokens of `s` folded when every word of it is a date's (a month or weekday name, a day part, a
/// label word, "সময়", "ঢাকা"); `None` from the first word that is not, before the rest is read: most
/// lines asked are sentences.
fn date_tokens(s: &str) -> Option<Vec<Tok>> {
    tokens_while(&fold_for_dates(s), |w| tables::DATE_WORDS.contains_key(w))
}

/// The tokens of `folded` as long as `keep` takes each word.
fn tokens_while(folded: &str, keep: impl Fn(&str) -> bool) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let mut chars = folded.char_indices().peekable();
    // The end of the run of word characters other than digits from `at`.
    let letters_end = |chars: &mut std::iter::Peekable<std::str::CharIndices>| {
        while chars.next_if(|&(_, c)| text::is_word_char(c) && !c.is_ascii_digit()).is_some() {}
        chars.peek().map_or(folded.len(), |&(i, _)| i)
    };
    while let Some((start, c)) = chars.next() {
        if c.is_ascii_digit() {
            while chars.next_if(|&(_, c)| c.is_ascii_digit()).is_some() {}
            let end = chars.peek().map_or(folded.len(), |&(i, _)| i);
            let value = folded[start..end].parse().unwrap_or(u32::MAX);
            letters_end(&mut chars);
            out.push(Tok::Num { value, digits: end - start });
        } else if text::is_word_char(c) {
            let word = &folded[start..letters_end(&mut chars)];
            if !keep(word) {
                return None;
            }
            out.push(Tok::Word(word.to_owned()));
        } else if matches!(c, ':' | '/' | '-' | '.' | ',') {
            out.push(Tok::Punct(c));
        }
    }
    Some(out)
}

/// What a folded word means in a written date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// A Gregorian month, 1–12.
    Month(u32),
    /// "এএম", "পূর্বাহ্ন", "সকাল".
    Am,
    /// "পিএম", "অপরাহ্ন", "বিকাল", "সন্ধ্যা".
    Pm,
    /// "দুপুর".
    Noon,
    /// "রাত".
    Night,
    /// "ঘণ্টা" after an HHMM time.
    Hhmm,
    /// A time zone's abbreviation ("CDT"), with its minutes east of UTC.
    Zone(i32),
    /// A word a dateline may hold without changing it: weekday, label word, "সময়", "ঢাকা".
    Filler,
}

fn word_kind(word: &str) -> Option<DateWord> {
    tables::DATE_WORDS.get(word).copied()
}

fn month_of(word: &str) -> Option<u32> {
    match word_kind(word)? {
        DateWord::Month(m) => Some(m),
        _ => None,
    }
}

/// The first Gregorian date in the tokens: "৭ জানুয়ারী ২০২৬", "ফেব্রুয়ারি ২৪, ২০২৪", "১০/০৮/২০২৬",
/// "২০২৬-০৮-১০".
fn find_date(tokens: &[Tok]) -> Option<(i32, u32, u32)> {
    for (i, t) in tokens.iter().enumerate() {
        let found = match t {
            Tok::Word(w) => month_of(w).and_then(|month| named_month_date(tokens, i, month)),
            Tok::Num { .. } => numeric_date(&tokens[i..]),
            Tok::Punct(_) => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// A day number (1–2 digits) or a year (4 digits) as a token.
fn num(t: Option<&Tok>, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    match t? {
        Tok::Num { value, digits: d } if digits.contains(d) => Some(*value),
        _ => None,
    }
}

/// The next token after `i` that is not a comma or full stop.
fn next_value(tokens: &[Tok], i: usize) -> Option<(usize, &Tok)> {
    tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|(_, t)| !matches!(t, Tok::Punct(',' | '.')))
}

fn named_month_date(tokens: &[Tok], i: usize, month: u32) -> Option<(i32, u32, u32)> {
    let day_before = i
        .checked_sub(1)
        .and_then(|p| num(tokens.get(p), 1..=TWO_DIGITS));
    let (day, year_from) = if let Some(day) = day_before {
        (day, i)
    } else {
        let (j, t) = next_value(tokens, i)?;
        (num(Some(t), 1..=TWO_DIGITS)?, j)
    };
    let (j, t) = next_value(tokens, year_from)?;
    let year = match num(Some(t), tables::FOUR_DIGITS..=tables::FOUR_DIGITS) {
        Some(year) => year,
        // "২৫ নভেম্বর ২৬ । ১৩:২০": a year of two digits, after the day and the month, that ends the date (not
        // "২৫ নভেম্বর ২০ জন"), counted as POSIX counts one.
        None if day_before.is_some() && ends_a_date(tokens, j) => {
            let yy = num(Some(t), TWO_DIGITS..=TWO_DIGITS)?;
            yy + if yy < tables::TWO_DIGIT_YEAR_PIVOT { 2000 } else { 1900 }
        }
        None => return None,
    };
    let year = i32::try_from(year).ok()?;
    calendar::is_valid(year, month, day).then_some((year, month, day))
}

/// Nothing after token `j` but punctuation or a clock time.
fn ends_a_date(tokens: &[Tok], j: usize) -> bool {
    match tokens.get(j + 1) {
        None | Some(Tok::Punct(_)) => true,
        Some(Tok::Num { .. }) => matches!(tokens.get(j + 2), Some(Tok::Punct(':'))),
        Some(Tok::Word(_)) => false,
    }
}

/// "২০২৬-০৮-১০" (year first) or "১০/০৮/২০২৬" (day first, as Bangladesh writes it).
fn numeric_date(tokens: &[Tok]) -> Option<(i32, u32, u32)> {
    let [Tok::Num {
        value: first,
        digits: first_len,
    }, Tok::Punct(sep), Tok::Num { value: middle, .. }, Tok::Punct(sep2), Tok::Num {
        value: last,
        digits: last_len,
    }, ..] = tokens
    else {
        return None;
    };
    if sep != sep2 || !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let (year, month, day) = if *first_len == tables::FOUR_DIGITS {
        (*first, *middle, *last)
    } else if *last_len == tables::FOUR_DIGITS && *first_len <= TWO_DIGITS {
        (*last, *middle, *first)
    } else {
        return None;
    };
    let year = i32::try_from(year).ok()?;
    calendar::is_valid(year, month, day).then_some((year, month, day))
}

/// The first clock time in the tokens, turned to 24 hours by the words around it.
fn find_clock(tokens: &[Tok]) -> Option<Clock> {
    for (i, t) in tokens.iter().enumerate() {
        if let Some((clock, end)) = colon_clock(tokens, i) {
            return Some(with_daypart(clock, tokens, i, end));
        }
        if let (Tok::Num { value, digits }, Some(Tok::Word(w))) = (t, tokens.get(i + 1)) {
            if *digits == tables::FOUR_DIGITS && word_kind(w) == Some(DateWord::Hhmm) {
                let clock = Clock {
                    hour: value / tables::HHMM_SPLIT,
                    minute: value % tables::HHMM_SPLIT,
                    second: 0,
                };
                if clock.hour < HOURS && clock.minute < SIXTY {
                    return Some(clock);
                }
            }
        }
    }
    None
}

/// "05:30" or "05:30:13" starting at token `i`: the clock and the index after it.
fn colon_clock(tokens: &[Tok], i: usize) -> Option<(Clock, usize)> {
    let hour = num(tokens.get(i), 1..=TWO_DIGITS)?;
    if tokens.get(i + 1) != Some(&Tok::Punct(':')) {
        return None;
    }
    let minute = num(tokens.get(i + 2), TWO_DIGITS..=TWO_DIGITS)?;
    let mut end = i + 3;
    let mut second = 0;
    if tokens.get(end) == Some(&Tok::Punct(':')) {
        if let Some(s) = num(tokens.get(end + 1), TWO_DIGITS..=TWO_DIGITS) {
            second = s;
            end += 2;
        }
    }
    (hour < HOURS && minute < SIXTY && second < SIXTY).then_some((
        Clock {
            hour,
            minute,
            second,
        },
        end,
    ))
}

/// Applies the nearest day-part word: the one right after the time, else the one right before.
fn with_daypart(mut clock: Clock, tokens: &[Tok], start: usize, end: usize) -> Clock {
    let word = |t: Option<&Tok>| match t {
        Some(Tok::Word(w)) => Some(w.clone()),
        _ => None,
    };
    let after = next_value(tokens, end.saturating_sub(1)).and_then(|(_, t)| word(Some(t)));
    let before = start.checked_sub(1).and_then(|p| word(tokens.get(p)));
    let h = clock.hour;
    for w in [after, before].into_iter().flatten() {
        let hour = match word_kind(&w) {
            Some(DateWord::Am) => (h == HALF_DAY).then_some(0),
            Some(DateWord::Pm | DateWord::Noon) => (h < HALF_DAY).then_some(h + HALF_DAY),
            Some(DateWord::Night) if h == HALF_DAY => Some(0),
            Some(DateWord::Night) => (tables::NIGHT_EVENING_FROM..HALF_DAY)
                .contains(&h)
                .then_some(h + HALF_DAY),
            _ => continue,
        };
        // A 24-hour time with a day-part word ("১৭:৩০ অপরাহ্ন") keeps its hour.
        if h <= HALF_DAY {
            clock.hour = hour.unwrap_or(h);
        }
        return clock;
    }
    clock
}

/// Reads ASCII fields of a machine date.
struct Cursor<'a> {
    s: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let start = self.at;
        while self.at < self.s.len() && self.at - start < max && self.s[self.at].is_ascii_digit() {
            self.at += 1;
        }
        let value = std::str::from_utf8(&self.s[start..self.at])
            .ok()
            .and_then(|d| d.parse().ok());
        if self.at - start < min || value.is_none() {
            self.at = start;
            return None;
        }
        value
    }

    fn one_of(&mut self, set: &[u8]) -> Option<u8> {
        let c = *self.s.get(self.at)?;
        set.contains(&c).then(|| {
            self.at += 1;
            c
        })
    }

    fn exact(&mut self, c: u8) -> Option<()> {
        self.one_of(&[c]).map(|_| ())
    }

    fn clock(&mut self) -> Option<Clock> {
        let hour = self.number(TWO_DIGITS, TWO_DIGITS)?;
        self.exact(b':')?;
        let minute = self.number(TWO_DIGITS, TWO_DIGITS)?;
        let mut second = 0;
        if self.exact(b':').is_some() {
            second = self.number(TWO_DIGITS, TWO_DIGITS)?;
            if self.one_of(b".,").is_some() {
                while self.s.get(self.at).is_some_and(u8::is_ascii_digit) {
                    self.at += 1;
                }
            }
        }
        (hour < HOURS && minute < SIXTY && second < SIXTY).then_some(Clock {
            hour,
            minute,
            second,
        })
    }

    /// "Z", "+06:00", "+0600" or "+06" → minutes east of UTC.
    fn offset(&mut self) -> Option<i32> {
        if self.one_of(b"Zz").is_some() {
            return Some(0);
        }
        let sign = match self.one_of(b"+-")? {
            b'-' => -1,
            _ => 1,
        };
        let hours = self.number(TWO_DIGITS, TWO_DIGITS)?;
        let _ = self.exact(b':');
        let minutes = self.number(TWO_DIGITS, TWO_DIGITS).unwrap_or(0);
        if hours > HOURS || minutes >= SIXTY {
            return None;
        }
        Some(sign * i32::try_from(hours * SIXTY + minutes).ok()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_iso(s: &str) -> String {
        parse_text(s).unwrap().iso()
    }

    #[test]
    fn seed_update_line() {
        let found = labeled("আপডেট সময় ০৫:৩০:১৩ অপরাহ্ন, বুধবার, ৭ জানুয়ারী ২০২৬");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, Label::Updated);
        assert_eq!(
            found[0].1.in_zone(Some(360)).iso(),
            "2026-01-07T17:30:13+06:00"
        );
    }

    #[test]
    fn jugantor_lines() {
        let found = labeled("প্রকাশ: ১০ আগস্ট ২০২৬, ১২:০০ এএম");
        assert_eq!(found[0].0, Label::Published);
        assert_eq!(found[0].1.iso(), "2026-08-10T00:00:00");
        let print = labeled("প্রিন্ট: ১০ আগস্ট ২০২৬, ১০:৫২ এএম");
        assert_eq!(print[0].0, Label::Printed);
        let live = labeled("লাইভ শুরু: ১৮ নভেম্বর ২০২৬, সকাল ৮:০০");
        assert_eq!((live[0].0, live[0].1.iso().as_str()), (Label::Published, "2026-11-18T08:00:00"));
        assert_eq!(text_iso("২৯ মার্চ ২০২৬, ০১:২১ পিএম"), "2026-03-29T13:21:00");
    }

    #[test]
    fn a_zone_named_after_the_time_is_its_offset() {
        let found = labeled("Posted: Tuesday, September 22, 2026 5:00 AM CDT");
        assert_eq!(found[0].1.in_zone(Some(360)).iso(), "2026-09-22T05:00:00-05:00");
        assert_eq!(text_iso("Jan. 5, 2026, 11:30 p.m. EST"), "2026-01-05T23:30:00-05:00");
        // A date alone has no offset; an abbreviation of two zones names none.
        assert_eq!(text_iso("September 22, 2026 CDT"), "2026-09-22");
        assert_eq!(text_iso("22 September 2026 5:00 PM BST"), "2026-09-22T17:00:00");
    }

    #[test]
    fn a_kolkata_dailys_last_update_label_is_one_label() {
        let line = "নিজস্ব সংবাদদাতা শেষ আপডেট: ২১ ডিসেম্বর ২০২৬ ২০:০৫";
        assert_eq!(before_label(line), "নিজস্ব সংবাদদাতা ");
        let found = labeled(line);
        assert_eq!((found[0].0, found[0].1.iso()), (Label::Updated, "2026-12-21T20:05:00".to_owned()));
    }

    #[test]
    fn a_time_alone_after_a_bar_is_the_dates() {
        let found = labeled("প্রকাশের সময় : বৃহস্পতিবার, ১০ ডিসেম্বর, ২০২৬ | ০৩:১৫ অপরাহ্ন");
        assert_eq!(found[0].1.iso(), "2026-12-10T15:15:00");
        let found = labeled("প্রকাশের সময় : শনিবার, ২৭ ডিসেম্বর ২০২৬ খ্রিস্টাব্দ | ১২ পৌষ ১৪৩৩ বঙ্গাব্দ | সকাল ১০:২০");
        assert_eq!(found[0].1.iso(), "2026-12-27T10:20:00");
        // Anything else after the bar is another field.
        assert_eq!(labeled("প্রকাশ: ১০ ডিসেম্বর ২০২৬ | অনলাইন ডেস্ক")[0].1.iso(), "2026-12-10");
    }

    #[test]
    fn a_two_digit_year_ends_the_date_it_is_in() {
        assert_eq!(text_iso("২৫ নভেম্বর ২৬ । ১৩:২০"), "2026-11-25T13:20:00");
        assert_eq!(text_iso("৩ মার্চ ৯৮"), "1998-03-03");
        // A count after a day and a month is no year.
        assert!(parse_text("২৫ নভেম্বর ২০ জন শিক্ষার্থী").is_none());
    }

    #[test]
    fn two_labels_on_one_line() {
        let found = labeled("প্রকাশিত: ১ জানুয়ারি ২০২৫, ০৯:০০ | আপডেট: ২ জানুয়ারি ২০২৫, ১০:১৫");
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[0].0, found[0].1.iso()),
            (Label::Published, "2025-01-01T09:00:00".to_owned())
        );
        assert_eq!(
            (found[1].0, found[1].1.iso()),
            (Label::Updated, "2025-01-02T10:15:00".to_owned())
        );
    }

    #[test]
    fn common_dateline_shapes() {
        for (line, want) in [
            ("প্রকাশিত: ১৯:৫৫, ২১ মার্চ ২০২৪", "2024-03-21T19:55:00"),
            (
                "প্রকাশিত: ০৮:৩০ পিএম, ২১ মার্চ ২০২৪, বৃহস্পতিবার",
                "2024-03-21T20:30:00",
            ),
            ("প্রকাশ : ২১ মার্চ ২০২৪, ০৭:৪৫ পিএম", "2024-03-21T19:45:00"),
            ("প্রকাশ: ১৭ আগস্ট ২০২৬, ১২: ১৪", "2026-08-17T12:14:00"),
            ("প্রকাশের সময় : বুধবার, ৭ জানুয়ারি ২০২৬", "2026-01-07"),
            ("Published : 21 Mar 2024, 07:45 PM", "2024-03-21T19:45:00"),
            ("Updated: 21 Mar 2024 19:45", "2024-03-21T19:45:00"),
        ] {
            let found = labeled(line);
            assert_eq!(found.len(), 1, "{line}");
            assert_eq!(found[0].1.iso(), want, "{line}");
        }
        assert!(
            labeled("আপডেট: ২ ঘণ্টা আগে").is_empty(),
            "relative times are not dates"
        );
    }

    #[test]
    fn a_sentence_with_a_label_word_is_no_dateline() {
        assert!(labeled("ফল প্রকাশ হবে ১৫ জানুয়ারি ২০২৬।").is_empty());
        assert!(labeled("বইটি প্রকাশিত হয় ১ ফেব্রুয়ারি ২০২০ সালে").is_empty());
        let found = labeled("হালনাগাদ: ৩ মার্চ ২০২৬, রাত ৯:১০");
        assert_eq!(
            (found[0].0, found[0].1.iso()),
            (Label::Updated, "2026-03-03T21:10:00".to_owned())
        );
        let found = labeled("প্রকাশ : ১৪ নভেম্বর, ২০২৬ ১১:২০ পূর্বাহ্ণ");
        assert_eq!(found[0].1.iso(), "2026-11-14T11:20:00");
    }

    #[test]
    fn publisher_is_not_a_label() {
        // "প্রকাশক" (publisher) starts with "প্রকাশ" but is another word.
        assert!(!has_label("প্রকাশক : সালমা ইসলাম"));
        assert!(labeled("সম্পাদক : আবদুল হাই শিকদার প্রকাশক : সালমা ইসলাম").is_empty());
        assert_eq!(
            before_label("নিজস্ব প্রতিবেদক প্রকাশ: ১০ আগস্ট ২০২৬"),
            "নিজস্ব প্রতিবেদক "
        );
    }

    #[test]
    fn banglanews24_hours() {
        assert_eq!(
            text_iso("আপডেট: ২০১৫ ঘণ্টা, ফেব্রুয়ারি ২৪, ২০২৪"),
            "2024-02-24T20:15:00"
        );
        assert_eq!(
            text_iso("০৯৩০ ঘন্টা, ফেব্রুয়ারী ২৪, ২০২৪"),
            "2024-02-24T09:30:00"
        );
    }

    #[test]
    fn spelling_variants_and_ordinals() {
        assert_eq!(text_iso("১লা জানুয়ারি ২০২৪"), "2024-01-01");
        assert_eq!(text_iso("২১শে ফেব্রুয়ারী ২০২৪"), "2024-02-21");
        assert_eq!(text_iso("৫ই আগষ্ট ২০২৪"), "2024-08-05");
        assert_eq!(text_iso("১৪ সেপ্টেমবর ২০২৪"), "2024-09-14");
        assert_eq!(text_iso("৩০ নভেম্বর ২০২৪"), "2024-11-30");
        // য় precomposed (U+09DF) and as য + nukta.
        assert_eq!(text_iso("৭ জানু\u{9DF}ারি ২০২৬"), "2026-01-07");
        assert_eq!(text_iso("৭ জানু\u{9AF}\u{9BC}ারী ২০২৬"), "2026-01-07");
        assert_eq!(
            text_iso("Updated On: 17 June 2021, 10:31 AM"),
            "2021-06-17T10:31:00"
        );
        assert_eq!(text_iso("Feb 3, 2024 4:05 p.m."), "2024-02-03T16:05:00");
    }

    #[test]
    fn visarga_colon_and_dayparts() {
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, ০৫ঃ৩০ অপরাহ্ন"), "2026-01-07T17:30:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, সকাল ১০:১৫"), "2026-01-07T10:15:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, দুপুর ১২:১০"), "2026-01-07T12:10:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, দুপুর ০২:১০"), "2026-01-07T14:10:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, বিকাল ৪:০০"), "2026-01-07T16:00:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, সন্ধ্যা ৭:৪৫"), "2026-01-07T19:45:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, রাত ১০:০০"), "2026-01-07T22:00:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, রাত ১২:৩০"), "2026-01-07T00:30:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, রাত ২:৩০"), "2026-01-07T02:30:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, ১২:৩০ পূর্বাহ্ন"), "2026-01-07T00:30:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, ১২:৩০ পিএম"), "2026-01-07T12:30:00");
        assert_eq!(text_iso("৭ জানুয়ারি ২০২৬, ১৭:৩০"), "2026-01-07T17:30:00");
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(text_iso("১০/০৮/২০২৬ ১০:৫২"), "2026-08-10T10:52:00");
        assert_eq!(text_iso("২০২৬-০৮-১০"), "2026-08-10");
        assert_eq!(parse_text("১২:০০"), None);
        assert_eq!(parse_text("৩১ ফেব্রুয়ারি ২০২৪"), None);
    }

    #[test]
    fn date_only_lines() {
        assert!(is_date_line("১৮ জুলাই ২০২৬, ১১: ৩০"));
        assert!(is_date_line("বুধবার, ৭ জানুয়ারি ২০২৬, বিকাল ৪:০০"));
        assert!(is_date_line("আপডেট সময় ০৫:৩০:১৩ অপরাহ্ন, বুধবার, ৭ জানুয়ারী ২০২৬"));
        assert!(is_date_line("Published: 17 June 2021"));
        assert!(is_date_line("Updated Feb. 19, 2026, 8:05 a.m. ET"));
        // A masthead clock in three calendars, and a sentence that names a Hijri month.
        assert!(is_date_line("ঢাকা, শনিবার, ১১ ফাল্গুন ১৪৩০, ২৪ ফেব্রুয়ারি ২০২৪, ১৪ শাবান ১৪৪৫"));
        assert!(is_date_line("ঢাকা ১২:১০ অপরাহ্ন, শনিবার, ১৮ জুলাই ২০২৬, ৩ শ্রাবণ ১৪৩৩ বঙ্গাব্দ, ৩ সফর ১৪৪৮ হিজরি"));
        assert!(!is_date_line("প্রধানমন্ত্রীর ভারত সফর ১২ মার্চ ২০২৬"));
        assert!(!is_date_line("১৫ আগস্ট ১৯৭৫ সালে বঙ্গবন্ধু নিহত হন"));
        assert!(!is_date_line("বুধবার বিকাল"));
    }

    #[test]
    fn bangla_calendar_is_not_gregorian() {
        assert_eq!(parse_text("২৮ পৌষ ১৪৩২ বঙ্গাব্দ"), None);
        assert!(is_masthead(
            "ঢাকা ০৪:২১ পূর্বাহ্ন, সোমবার, ১২ জানুয়ারী ২০২৬, ২৮ পৌষ ১৪৩২ বঙ্গাব্দ"
        ));
        assert!(is_masthead("ঢাকা, বৃহস্পতিবার ২৩ জুলাই ২০২৬"));
        assert!(!is_masthead("প্রকাশ: ১০ আগস্ট ২০২৬, ১২:০০ এএম"));
    }

    #[test]
    fn machine_dates() {
        let iso = |s| parse_machine(s).unwrap().iso();
        assert_eq!(
            iso("2026-08-10T00:00:00+06:00"),
            "2026-08-10T00:00:00+06:00"
        );
        assert_eq!(
            iso("2026-08-17T12:14:01.123+0600"),
            "2026-08-17T12:14:01+06:00"
        );
        assert_eq!(iso("2021-06-17 10:31:04"), "2021-06-17T10:31:04");
        assert_eq!(iso("2021-06-17T16:01:04Z"), "2021-06-17T16:01:04+00:00");
        assert_eq!(
            iso("2021-06-17T16:01:04-04:30"),
            "2021-06-17T16:01:04-04:30"
        );
        assert_eq!(iso("2026-08-10"), "2026-08-10");
        assert_eq!(iso("২০২৬-০৮-১০"), "2026-08-10");
        assert_eq!(parse_machine("2026-13-10"), None);
        assert_eq!(parse_machine("10 August 2026"), None);
        assert_eq!(parse_any("10 August 2026").unwrap().iso(), "2026-08-10");
    }

    #[test]
    fn zone_and_local_date() {
        let s = parse_machine("2026-01-06T20:00:00Z").unwrap();
        assert_eq!(s.date_in(Some(360)), (2026, 1, 7));
        assert_eq!(s.date_in(None), (2026, 1, 6));
        let z = parse_text("৭ জানুয়ারি ২০২৬, ০৫:৩০ পিএম").unwrap();
        assert_eq!(z.in_zone(Some(330)).iso(), "2026-01-07T17:30:00+05:30");
        assert_eq!(z.in_zone(None).iso(), "2026-01-07T17:30:00");
        assert_eq!(
            parse_text("৭ জানুয়ারি ২০২৬").unwrap().in_zone(Some(360)).iso(),
            "2026-01-07"
        );
    }

    #[test]
    fn a_relative_time_at_a_lines_end_is_cut_off() {
        assert_eq!(before_relative_time("সিলেট প্রতিনিধি ৫ ঘণ্টা আগে").trim_end(), "সিলেট প্রতিনিধি");
        assert_eq!(before_relative_time("Staff Writer an hour ago").trim_end(), "Staff Writer");
        assert_eq!(before_relative_time("১২ মিনিট আগে"), "");
        // Not a count of time units back from now.
        assert_eq!(before_relative_time("তিনি দুই দিন আগে"), "তিনি দুই দিন আগে");
        assert_eq!(before_relative_time("নিজস্ব প্রতিবেদক"), "নিজস্ব প্রতিবেদক");
        // Spaces of more than one byte part words too.
        assert_eq!(before_relative_time("নিজস্ব প্রতিবেদক\u{a0}৫\u{3000}ঘণ্টা\u{a0}আগে").trim_end(), "নিজস্ব প্রতিবেদক");
    }
}
