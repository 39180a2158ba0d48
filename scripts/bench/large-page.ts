/**
 * The bench's generated heavy page (issue 15): LARGE_TEXT_ELEMENTS elements that hold
 * text, in the mix a long real page has (headings, paragraphs with links and emphasis,
 * lists, data tables) under a site's own small stylesheet, with no script. It is made
 * the same way on every run (a fixed word sequence), so two runs measure the same page,
 * and the page server serves it like any other page.
 */
import type { PageServer } from '@/tests/e2e/support/page-server';
import type { BenchPage } from '@/scripts/bench/session';

export const LARGE_TEXT_ELEMENTS = 20_000;
/** Text elements per section: h2, 5 × (p, a, strong), 10 li, 4 th, 5 × 4 td. */
const PER_SECTION = 1 + 5 * 3 + 10 + 4 + 5 * 4;

const WORDS = (
  'the council said on tuesday that new rules for public transport would apply from ' +
  'next month after a long consultation with residents who had asked for better access ' +
  'to stations buses and trams across the region including ramps clearer signs and ' +
  'more frequent services in the evening'
).split(' ');

/** A fixed sequence of words: the same page on every run. */
function wordSource(): (count: number) => string {
  let next = 0;
  return (count) => {
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      words.push(WORDS[(next * 7 + 3) % WORDS.length] ?? '');
      next++;
    }
    return words.join(' ');
  };
}

const STYLE = `
body { font: 16px/1.4 Georgia, serif; color: #222; background: #fff; margin: 0 }
header, nav, main, footer { max-width: 960px; margin: 0 auto; padding: 0 16px }
nav a { margin-right: 12px; color: #0645ad }
h1 { font-size: 2.2em } h2 { font-size: 1.5em; border-bottom: 1px solid #ccc }
p { margin: 0 0 1em } a { color: #0645ad }
table { border-collapse: collapse; width: 100% }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left }
tbody tr:nth-child(even) { background: #f6f6f6 }
li { margin: 2px 0 }
`;

function section(index: number, words: (count: number) => string): string {
  const paragraphs = Array.from(
    { length: 5 },
    () =>
      `<p>${words(18)} <a href="#s${index}">${words(3)}</a> ${words(12)} ` +
      `<strong>${words(2)}</strong> ${words(10)}.</p>`,
  ).join('');
  const items = Array.from({ length: 10 }, () => `<li>${words(6)}</li>`).join('');
  const head = Array.from({ length: 4 }, () => `<th>${words(1)}</th>`).join('');
  const rows = Array.from(
    { length: 5 },
    () => `<tr>${Array.from({ length: 4 }, () => `<td>${words(2)}</td>`).join('')}</tr>`,
  ).join('');
  return (
    `<section id="s${index}"><h2>${words(5)}</h2>${paragraphs}<ul>${items}</ul>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`
  );
}

/** The page's markup. */
export function largePageHtml(): string {
  const words = wordSource();
  const sections = Array.from({ length: LARGE_TEXT_ELEMENTS / PER_SECTION }, (_, i) =>
    section(i, words),
  );
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<title>Bench: ${LARGE_TEXT_ELEMENTS} text elements</title><style>${STYLE}</style></head>` +
    '<body><header><h1>Regional transport: the full report</h1></header>' +
    '<nav><a href="#s0">Summary</a><a href="#s1">Stations</a><a href="#s2">Buses</a></nav>' +
    `<main>${sections.join('')}</main><footer><p>Published by the bench.</p></footer></body></html>`
  );
}

/** Serves the page on `server` and gives it as a bench page. */
export function serveLargePage(server: PageServer): BenchPage {
  const path = `/bench/text-${LARGE_TEXT_ELEMENTS}.html`;
  server.serve(path, largePageHtml());
  return { name: `generated/${LARGE_TEXT_ELEMENTS}-text`, path };
}
