//! Every word list, label lexicon and threshold of the extractor, in one place, grouped by the
//! stage that uses it. Stage files hold no numbers but 0 and 1 and no Bengali literals.
//! Each constant says why it has its value; change one only with a fixture that shows the need.

// --- budgets (defaults of `Options`) ---

/// Why: four times the largest real news page we have seen (~8 MB with inline JSON state), and
/// well above the 20 MB scaling page of the benchmark only when raised by the caller.
pub(crate) const MAX_BYTES: usize = 32 * 1024 * 1024;
/// Why: a 20 MB page builds about 1.2 million nodes; past two million a tab would stall anyway.
pub(crate) const MAX_NODES: usize = 2_000_000;
/// Why: a reader view that takes longer than five seconds is worse than the cluttered page.
pub(crate) const MAX_MILLIS: u64 = 5_000;

// --- text ---

/// The Bengali digits ০–৯, indexed by value.
pub(crate) const BENGALI_DIGITS: [char; 10] = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];
/// ta + virama + ZWJ: the old way to write khanda ta.
pub(crate) const KHANDA_TA_SPELLED: &str = "ত্\u{200D}";
/// ৎ, the khanda ta.
pub(crate) const KHANDA_TA: &str = "ৎ";
/// Why: danda and double danda end Bengali sentences; Latin ends cover mixed and English text.
pub(crate) const SENTENCE_ENDS: &[char] = &['।', '॥', '.', '?', '!', '？', '！'];
/// Why: Bengali uses the Latin comma; Arabic, CJK and full-width commas make the rule general.
pub(crate) const COMMAS: &[char] = &[',', '،', '、', '，'];

// --- parse ---

/// Classes that hide an element from every reader on every screen (not responsive ones such as
/// `hidden-xs`, which only hide on one screen size: dedupe handles those copies).
/// Why: Bootstrap 3/4/5, Foundation and the common print-only helpers.
pub(crate) const HIDDEN_CLASSES: &[&str] = &[
    "hidden", "hide", "d-none", "is-hidden", "invisible", "sr-only", "visually-hidden",
    "screen-reader-text", "visible-print", "visible-print-block", "visiblePrintDiv", "print-only",
    "d-print-block", "show-for-print",
];
