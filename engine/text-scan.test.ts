// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { isTextElement, ownTextOf, TextScanner } from '@/engine/text-scan';
import type { Measure } from '@/features/feature';
import { JUSTIFIED_ATTRIBUTE, SIZE_ATTRIBUTE } from '@/utils/page-marks';

const SIZES: ReadonlySet<Measure> = new Set(['sizes']);

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('text elements', () => {
  it('are those with visible text of their own, or controls', () => {
    expect(isTextElement(element('<p>Hello</p>'))).toBe(true);
    expect(isTextElement(element('<div>\n  <span>only a child</span>\n</div>'))).toBe(false);
    expect(isTextElement(element('<div><b>a</b> and <i>b</i></div>'))).toBe(true);
    expect(isTextElement(element('<div>   \n\t </div>'))).toBe(false);
    expect(isTextElement(element('<div><!-- a comment --></div>'))).toBe(false);
    expect(isTextElement(element('<button></button>'))).toBe(true);
    expect(isTextElement(element('<input>'))).toBe(true);
  });

  it('tell text from icon glyphs by their own text only, the children’s left out', () => {
    expect(ownTextOf(element('<p>a <b>b</b> c</p>'))).toBe('text');
    expect(ownTextOf(element('<i>\uE87C</i>'))).toBe('private-use');
    expect(ownTextOf(element('<i> \uE87C <b>text</b> \uF101 </i>'))).toBe('private-use');
    expect(ownTextOf(element('<span>\uE87C Home</span>'))).toBe('text');
    expect(ownTextOf(element('<span>\uE87C<!-- c -->Home</span>'))).toBe('text');
    expect(ownTextOf(element('<button>\uE5CD</button>'))).toBe('private-use');
    expect(ownTextOf(element('<div> <b>only a child</b> </div>'))).toBe('none');
  });
});

describe('TextScanner', () => {
  it('remembers an element found without text until it is measured with some', () => {
    const scanner = new TextScanner();
    const span = element('<span></span>');
    scanner.mark(scanner.measure([span], window, SIZES));
    expect(scanner.foundWithoutText(span)).toBe(true);

    span.append('27 November');
    scanner.mark(scanner.measure([span], window, SIZES));
    expect(span.hasAttribute(SIZE_ATTRIBUTE)).toBe(true);
    expect(scanner.foundWithoutText(span)).toBe(false);
  });

  it('reads only what the needs ask for', () => {
    document.body.innerHTML =
      '<div id="box" style="overflow: hidden"><p id="p" style="text-align: justify">Text</p></div>';
    const box = document.getElementById('box')!;
    const p = document.getElementById('p')!;
    const getComputedStyle = vi.spyOn(window, 'getComputedStyle');
    const justified = new TextScanner().measure([box, p], window, new Set(['justified']));
    // The box has no text and no box is asked for: its style is never read.
    expect(getComputedStyle.mock.calls.map(([element]) => element)).toEqual([p]);
    expect(justified.clipCandidates).toEqual([]);
    expect(justified.marks).toEqual([{ element: p, attributes: [[JUSTIFIED_ATTRIBUTE, '']] }]);

    const boxes = new TextScanner().measure([box, p], window, new Set(['clipping']));
    expect(boxes.clipCandidates).toContain(box);
    expect(boxes.marks).toEqual([]);
  });

  it('counts a box placed by position among the boxes that may clip', () => {
    // jsdom computes no overflow of its own (""): it is given where the test needs it.
    document.body.innerHTML =
      '<div id="placed" style="position: absolute; right: 320px; overflow: visible">' +
      '<a style="overflow: visible">10</a></div><p style="overflow: visible">Text</p>';
    const placed = document.getElementById('placed')!;
    const measured = new TextScanner().measure(
      [...document.body.querySelectorAll('*')],
      window,
      new Set(['clipping']),
    );
    expect(measured.clipCandidates).toEqual([placed]);
  });

  it('measures everything again when asked, marked elements and boxes seen before too', () => {
    document.body.innerHTML = '<div id="box" style="overflow: hidden"><p id="p">Text</p></div>';
    const box = document.getElementById('box')!;
    const p = document.getElementById('p')!;
    const scanner = new TextScanner();
    scanner.mark(scanner.measure([box, p], window, SIZES));
    expect(p.hasAttribute(SIZE_ATTRIBUTE)).toBe(true);
    const clipping: ReadonlySet<Measure> = new Set(['sizes', 'clipping']);
    expect(scanner.measure([box, p], window, clipping).clipCandidates).toEqual([]);
    scanner.forgetWithoutText();
    const again = scanner.measure([box, p], window, clipping, true);
    expect(again.clipCandidates).toContain(box);
    expect(again.marks.map(({ element }) => element)).toEqual([p]);
  });
});
