//! The Bangladesh revised Bangla calendar (বঙ্গাব্দ) to and from the Gregorian one.
//! Pure arithmetic; it must not touch the DOM.
