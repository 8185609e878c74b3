//! The Bangladesh revised Bangla calendar (বঙ্গাব্দ) to and from the Gregorian one.
//! Pure arithmetic; it must not touch the DOM.
//!
//! The rules are those of the 2019 revision (in use from 1426 BS): 1 Boishakh is always 14 April;
//! Boishakh to Ashwin have 31 days; Kartik, Agrahayan, Poush, Magh and Chaitra 30; Falgun 29, or 30
//! when the February it spans is a Gregorian leap February. That places 21 February on 8 Falgun,
//! 26 March on 12 Chaitra and 16 December on 1 Poush every year, which is what the revision was for.
//! Dates before 1426 are computed with the same rules (proleptically), as Bangladeshi sites do.
//!
//! The Gregorian day count below is the days-from-civil method over 400-year eras; its numbers are
//! facts of the Gregorian calendar, not tunables, so they stay here rather than in `tables`.

use crate::{tables, text};

/// Days in one 400-year Gregorian era.
const DAYS_PER_ERA: i64 = 146_097;
/// Years in one era.
const YEARS_PER_ERA: i64 = 400;
/// Days in a common year.
const DAYS_PER_YEAR: i64 = 365;
/// Day 0 of the count is 1970-01-01; this is 0000-03-01's distance from it.
const EPOCH_SHIFT: i64 = 719_468;
/// The counted year starts in March, so February (with the leap day) comes last.
const MARCH: u32 = 3;
/// The month that gains the leap day.
const FEBRUARY: u32 = 2;
/// Months in a year.
const MONTHS: u32 = 12;
/// Days in the five months March–July, the repeating 153-day block of the month formula.
const DAYS_PER_FIVE_MONTHS: i64 = 153;
/// Months in that block.
const FIVE_MONTHS: i64 = 5;
/// The month formula's rounding constant ((153·m + 2) / 5).
const MONTH_ROUNDING: i64 = 2;
/// Leap rules: every 4th year, not every 100th, again every 400th.
const LEAP_EVERY: i32 = 4;
/// See [`LEAP_EVERY`].
const CENTURY: i32 = 100;
/// See [`LEAP_EVERY`].
const ERA: i32 = 400;
/// Days per 4-year block less one, per 100-year block, per era less one: the year-of-era formula.
const FOUR_YEAR_DAYS_LESS_ONE: i64 = 1_460;
/// See [`FOUR_YEAR_DAYS_LESS_ONE`].
const CENTURY_DAYS: i64 = 36_524;
/// See [`FOUR_YEAR_DAYS_LESS_ONE`].
const ERA_DAYS_LESS_ONE: i64 = DAYS_PER_ERA - 1;

/// A date in the revised Bangla calendar. `month` is 1 (বৈশাখ) to 12 (চৈত্র).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BanglaDate {
    pub(crate) year: i32,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// True for Gregorian leap years.
pub(crate) fn is_leap(year: i32) -> bool {
    year % LEAP_EVERY == 0 && (year % CENTURY != 0 || year % ERA == 0)
}

/// Days in a Gregorian month, 0 for a month out of range.
pub(crate) fn gregorian_month_days(year: i32, month: u32) -> u32 {
    let Some(&base) = usize::try_from(month)
        .ok()
        .and_then(|m| tables::GREGORIAN_MONTH_DAYS.get(m.wrapping_sub(1)))
    else {
        return 0;
    };
    base + u32::from(month == FEBRUARY && is_leap(year))
}

/// True when the Gregorian date exists.
pub(crate) fn is_valid(year: i32, month: u32, day: u32) -> bool {
    day >= 1 && day <= gregorian_month_days(year, month)
}

/// Days since 1970-01-01 of a Gregorian date (negative before it).
pub(crate) fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month < MARCH);
    let era = y.div_euclid(YEARS_PER_ERA);
    let yoe = y - era * YEARS_PER_ERA;
    let m = i64::from(month);
    let mp = if month >= MARCH {
        m - i64::from(MARCH)
    } else {
        m + i64::from(MONTHS - MARCH)
    };
    let doy = (DAYS_PER_FIVE_MONTHS * mp + MONTH_ROUNDING) / FIVE_MONTHS + i64::from(day) - 1;
    let doe = yoe * DAYS_PER_YEAR + yoe / i64::from(LEAP_EVERY) - yoe / i64::from(CENTURY) + doy;
    era * DAYS_PER_ERA + doe - EPOCH_SHIFT
}

/// The Gregorian date of a day count from [`days_from_civil`].
pub(crate) fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + EPOCH_SHIFT;
    let era = z.div_euclid(DAYS_PER_ERA);
    let doe = z - era * DAYS_PER_ERA;
    let yoe = (doe - doe / FOUR_YEAR_DAYS_LESS_ONE + doe / CENTURY_DAYS - doe / ERA_DAYS_LESS_ONE)
        / DAYS_PER_YEAR;
    let doy = doe - (DAYS_PER_YEAR * yoe + yoe / i64::from(LEAP_EVERY) - yoe / i64::from(CENTURY));
    let mp = (FIVE_MONTHS * doy + MONTH_ROUNDING) / DAYS_PER_FIVE_MONTHS;
    let day = doy - (DAYS_PER_FIVE_MONTHS * mp + MONTH_ROUNDING) / FIVE_MONTHS + 1;
    let month = (mp + i64::from(MARCH) - 1) % i64::from(MONTHS) + 1;
    let year = yoe + era * YEARS_PER_ERA + i64::from(month < i64::from(MARCH));
    // The ranges are bounded by construction: month 1..=12, day 1..=31, year within i32 for any
    // day count that came from an i32 year.
    (
        i32::try_from(year).unwrap_or(i32::MAX),
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// Days in Bangla month `month` (1–12) of Bangla year `year`.
fn bangla_month_days(year: i32, month: u32) -> u32 {
    let Some(&base) = usize::try_from(month)
        .ok()
        .and_then(|m| tables::BANGLA_MONTH_DAYS.get(m.wrapping_sub(1)))
    else {
        return 0;
    };
    let february_year = year + tables::BANGLA_YEAR_OFFSET + 1;
    if month == tables::BANGLA_LEAP_MONTH && is_leap(february_year) {
        base + 1
    } else {
        base
    }
}

/// Day count of 1 Boishakh of Bangla year `year`.
fn new_year_day(year: i32) -> i64 {
    let (month, day) = tables::BANGLA_NEW_YEAR;
    days_from_civil(year + tables::BANGLA_YEAR_OFFSET, month, day)
}

/// The Bangla date of a Gregorian one, `None` for a Gregorian date that does not exist.
pub(crate) fn to_bangla(year: i32, month: u32, day: u32) -> Option<BanglaDate> {
    if !is_valid(year, month, day) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let (ny_month, ny_day) = tables::BANGLA_NEW_YEAR;
    let mut by = year - tables::BANGLA_YEAR_OFFSET;
    if (month, day) < (ny_month, ny_day) {
        by -= 1;
    }
    let mut left = days - new_year_day(by);
    let mut bm = 1;
    loop {
        let len = i64::from(bangla_month_days(by, bm));
        if left < len || len == 0 {
            break;
        }
        left -= len;
        bm += 1;
    }
    let day = u32::try_from(left).ok()? + 1;
    Some(BanglaDate {
        year: by,
        month: bm,
        day,
    })
}

/// The Gregorian date of a Bangla one, `None` for a Bangla date that does not exist.
pub(crate) fn from_bangla(date: BanglaDate) -> Option<(i32, u32, u32)> {
    if date.day < 1 || date.day > bangla_month_days(date.year, date.month) {
        return None;
    }
    let before: i64 = (1..date.month)
        .map(|m| i64::from(bangla_month_days(date.year, m)))
        .sum();
    Some(civil_from_days(
        new_year_day(date.year) + before + i64::from(date.day) - 1,
    ))
}

/// "২৩ পৌষ ১৪৩২": day, month name and year, in Bengali digits.
pub(crate) fn format_bangla(date: BanglaDate) -> String {
    let month = usize::try_from(date.month)
        .ok()
        .and_then(|m| tables::BANGLA_MONTHS.get(m.wrapping_sub(1)))
        .map_or("", |names| names[0]);
    text::to_bengali_digits(&format!("{} {month} {}", date.day, date.year))
}

/// The month (1–12) a Bangla month name (any listed spelling) stands for.
pub(crate) fn bangla_month(word: &str) -> Option<u32> {
    tables::BANGLA_MONTH_KEYS
        .get(&text::fold_spelling(word))
        .copied()
}

/// Reads "২৩ পৌষ ১৪৩২" (Bengali or Latin digits, optional বঙ্গাব্দ) back into a date.
pub(crate) fn parse_bangla(s: &str) -> Option<BanglaDate> {
    let folded = text::fold_spelling(s);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(tables::BANGLA_DATE_WORDS).find_map(|w| {
        let day = w[0].parse().ok()?;
        let month = bangla_month(w[1])?;
        let year = w[2].parse().ok()?;
        let date = BanglaDate { year, month, day };
        from_bangla(date).map(|_| date)
    })
}

/// A line that gives one day in both calendars as Bangladesh counts them ("শনিবার, ৭ মার্চ ২০২৬
/// ইং, ২২ ফাল্গুন ১৪৩২"): the page keeps Bangladesh's revised calendar (West Bengal's older one
/// falls a day or two apart in most months), and so, most likely, Bangladesh's clock.
pub(crate) fn agrees_in_bangladesh(line: &str) -> bool {
    let day = parse_bangla(line).and_then(from_bangla);
    day.is_some() && crate::date::parse_text(line).is_some_and(|s| Some((s.year, s.month, s.day)) == day)
}

/// True when `s` names a Bangla-calendar date (a day, a Bangla month and a year, or বঙ্গাব্দ):
/// a masthead clock, never a publication time.
pub(crate) fn mentions_bangla_date(s: &str) -> bool {
    let folded = text::fold_spelling(s);
    folded.contains(tables::BANGABDA) || parse_bangla(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bangla(year: i32, month: u32, day: u32) -> String {
        format_bangla(to_bangla(year, month, day).unwrap())
    }

    #[test]
    fn seed_masthead_dates() {
        // The seed page's masthead: 12 January 2026 is ২৮ পৌষ ১৪৩২.
        assert_eq!(bangla(2026, 1, 12), "২৮ পৌষ ১৪৩২");
        assert_eq!(bangla(2026, 1, 7), "২৩ পৌষ ১৪৩২");
    }

    #[test]
    fn national_days_fall_where_the_revision_put_them() {
        for year in [2019, 2020, 2023, 2024, 2100] {
            assert_eq!(
                to_bangla(year, 4, 14).unwrap(),
                BanglaDate {
                    year: year - 593,
                    month: 1,
                    day: 1
                }
            );
            assert_eq!(to_bangla(year, 2, 21).unwrap().month, 11);
            assert_eq!(to_bangla(year, 2, 21).unwrap().day, 8);
            assert_eq!(
                to_bangla(year, 3, 26).unwrap(),
                BanglaDate {
                    year: year - 594,
                    month: 12,
                    day: 12
                }
            );
            assert_eq!(
                to_bangla(year, 12, 16).unwrap(),
                BanglaDate {
                    year: year - 593,
                    month: 9,
                    day: 1
                }
            );
        }
    }

    #[test]
    fn falgun_grows_in_leap_februaries() {
        // 1430 BS spans February 2024 (leap): Falgun has 30 days; 1431 spans 2025: 29.
        assert_eq!(bangla_month_days(1430, 11), 30);
        assert_eq!(bangla_month_days(1431, 11), 29);
        assert_eq!(bangla(2024, 3, 14), "৩০ ফাল্গুন ১৪৩০");
        assert_eq!(bangla(2025, 3, 14), "২৯ ফাল্গুন ১৪৩১");
        assert_eq!(bangla(2024, 4, 13), "৩০ চৈত্র ১৪৩০");
        // 1900 is not a Gregorian leap year, 2000 is.
        assert_eq!(bangla_month_days(1306, 11), 29);
        assert_eq!(bangla_month_days(1406, 11), 30);
    }

    #[test]
    fn year_lengths_match_gregorian_ones() {
        for by in 1300..1510 {
            let len: u32 = (1..=12).map(|m| bangla_month_days(by, m)).sum();
            let span = new_year_day(by + 1) - new_year_day(by);
            assert_eq!(i64::from(len), span, "year {by}");
        }
    }

    #[test]
    fn every_day_1900_to_2100_round_trips() {
        let (first, last) = (days_from_civil(1900, 1, 1), days_from_civil(2100, 12, 31));
        let mut previous: Option<BanglaDate> = None;
        for d in first..=last {
            let (y, m, day) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, day), d);
            let b = to_bangla(y, m, day).unwrap();
            assert_eq!(from_bangla(b), Some((y, m, day)));
            assert_eq!(parse_bangla(&format_bangla(b)), Some(b));
            if let Some(p) = previous {
                // Consecutive days are consecutive Bangla days.
                let next_in_month = p.day < bangla_month_days(p.year, p.month);
                let expected = if next_in_month {
                    BanglaDate {
                        day: p.day + 1,
                        ..p
                    }
                } else if p.month < 12 {
                    BanglaDate {
                        year: p.year,
                        month: p.month + 1,
                        day: 1,
                    }
                } else {
                    BanglaDate {
                        year: p.year + 1,
                        month: 1,
                        day: 1,
                    }
                };
                assert_eq!(b, expected);
            }
            previous = Some(b);
        }
    }

    #[test]
    fn civil_days_known_points() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert!(!is_valid(2025, 2, 29));
        assert!(is_valid(2024, 2, 29));
        assert_eq!(to_bangla(2025, 2, 29), None);
    }

    #[test]
    fn reads_spelling_variants_and_bangabda() {
        let want = BanglaDate {
            year: 1432,
            month: 9,
            day: 28,
        };
        assert_eq!(parse_bangla("ঢাকা, সোমবার, ২৮ পৌষ ১৪৩২ বঙ্গাব্দ"), Some(want));
        assert_eq!(parse_bangla("28 পৌষ 1432"), Some(want));
        assert_eq!(bangla_month("জৈষ্ঠ"), Some(2));
        assert_eq!(bangla_month("অগ্রহায়ণ"), Some(8));
        assert!(mentions_bangla_date("৮ শ্রাবণ ১৪৩৩"));
        assert!(!mentions_bangla_date("১২ জানুয়ারী ২০২৬"));
        assert_eq!(parse_bangla("৩২ পৌষ ১৪৩২"), None);
    }

    proptest! {
        #[test]
        fn any_day_round_trips(d in days_from_civil(1900, 1, 1)..=days_from_civil(2100, 12, 31)) {
            let (y, m, day) = civil_from_days(d);
            let b = to_bangla(y, m, day).unwrap();
            prop_assert!(b.day >= 1 && b.day <= 31 && (1..=12).contains(&b.month));
            prop_assert_eq!(from_bangla(b), Some((y, m, day)));
            prop_assert_eq!(parse_bangla(&format_bangla(b)), Some(b));
        }

        #[test]
        fn any_bangla_day_round_trips(year in 1306i32..1508, month in 1u32..=12, day in 1u32..=31) {
            let b = BanglaDate { year, month, day };
            match from_bangla(b) {
                Some((y, m, d)) => prop_assert_eq!(to_bangla(y, m, d), Some(b)),
                None => prop_assert!(day > bangla_month_days(year, month)),
            }
        }
    }
}
