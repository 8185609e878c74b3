// A small news page of our own, in the shapes the extractor handles (a headline ticker, a menu, a byline and a
// Bengali date, a body with a "আরও পড়ুন" box, a list of latest stories, JSON-LD), for content.js's `prepare`:
// extracting it once compiles the wasm's and the snapshot's code before the user's first toggle, without
// reading the user's page. Used by content.js only.

const PARAGRAPHS = [
  'নদীর পাড়ের গ্রামগুলোতে এবার বর্ষা এসেছে আগেভাগে। কৃষকেরা বীজতলা বাঁচাতে উঁচু জমি খুঁজছেন, কিন্তু সে জমিও কম।',
  'উপজেলা কৃষি কর্মকর্তা বলেন, গত বছরের তুলনায় এবার পানি বেড়েছে দ্রুত। তাই আগাম প্রস্তুতি ছাড়া উপায় নেই।',
  'স্থানীয় বিদ্যালয়ের মাঠে অস্থায়ী আশ্রয়কেন্দ্র খোলা হয়েছে। সেখানে শুকনো খাবার, বিশুদ্ধ পানি ও ওষুধ দেওয়া হচ্ছে।',
  'The district office said 1,250 families had been moved to higher ground by Tuesday evening, and more would follow.',
  'আবহাওয়া অফিস জানিয়েছে, আগামী তিন দিন ভারী বৃষ্টি চলতে পারে। নিচু এলাকার মানুষকে সরে যেতে বলা হয়েছে।',
  'এক শিক্ষক বলেন, পরীক্ষা পিছিয়ে গেলেও মানুষের নিরাপত্তাই আগে। পানি নামলে ক্লাস আবার শুরু হবে।',
];

export function warmupPage() {
  const body = PARAGRAPHS.map((text) => `<p>${text}</p>`);
  body.splice(3, 0, '<div class="related"><strong>আরও পড়ুন</strong><ul><li><a href="/a/2">বাঁধ ভেঙে দশ গ্রাম প্লাবিত</a></li></ul></div>');
  const latest = [1, 2, 3, 4, 5].map((n) => `<li><a href="/a/${n}">সর্বশেষ সংবাদ ${n}</a></li>`).join('');
  return `<!doctype html><html lang="bn"><head><title>বর্ষা এসেছে আগেভাগে | পাঠক</title>
<meta property="og:title" content="বর্ষা এসেছে আগেভাগে">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"বর্ষা এসেছে আগেভাগে","datePublished":"2026-06-12T09:30:00+06:00"}</script>
</head><body><header><nav><ul><li><a href="/">প্রচ্ছদ</a></li><li><a href="/bd">বাংলাদেশ</a></li></ul></nav>
<div class="ticker">সংবাদ শিরোনাম : <marquee>বাঁধ ভেঙে দশ গ্রাম প্লাবিত</marquee></div></header>
<main><article><h1>বর্ষা এসেছে আগেভাগে</h1><p class="byline">নিজস্ব প্রতিবেদক</p>
<p class="date">প্রকাশ: ১২ জুন ২০২৬, ০৯:৩০</p><figure><img src="/i/1.jpg" alt=""><figcaption>প্লাবিত মাঠ</figcaption></figure>
${body.join('\n')}
<div class="share"><a href="/s">শেয়ার করুন</a></div></article>
<aside><h2>সর্বশেষ</h2><ul>${latest}</ul></aside></main><footer><p>© পাঠক</p></footer></body></html>`;
}
