// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MarkedElements } from '@/engine/marked-elements';
import { TextScanner } from '@/engine/text-scan';
import { RELAX_ATTRIBUTE, SIZE_ATTRIBUTE } from '@/utils/page-marks';

/** The data-legible-* attributes on `root` and everything in it. */
function legibleMarks(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((element) =>
    element.getAttributeNames().filter((name) => name.startsWith('data-legible-')),
  );
}

function page(html: string): Record<string, HTMLElement> {
  document.body.innerHTML = html;
  return Object.fromEntries(
    [...document.querySelectorAll<HTMLElement>('[id]')].map((element) => [element.id, element]),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('MarkedElements', () => {
  it('takes the marks off a part the page took out while it was parsed (held till then)', () => {
    const { part, inside } = page('<section id="part"><p id="inside">In a part</p></section>');
    const marks = new MarkedElements();
    marks.set(inside!, SIZE_ATTRIBUTE, '16');
    marks.set(part!, RELAX_ATTRIBUTE, 'height');
    part!.remove();
    expect(legibleMarks(part!)).toEqual([RELAX_ATTRIBUTE, SIZE_ATTRIBUTE]);
    marks.clear();
    expect(legibleMarks(part!)).toEqual([]);
  });

  it('keeps, once removals are reported, only what is out of the document, weakly', () => {
    const { out, stays } = page('<p id="out">Out</p><p id="stays">Stays</p>');
    const marks = new MarkedElements();
    marks.set(out!, SIZE_ATTRIBUTE, '16');
    marks.set(stays!, SIZE_ATTRIBUTE, '16');
    out!.remove();
    marks.watchingRemovals();
    expect(marks.size).toBe(1);
    marks.set(stays!, RELAX_ATTRIBUTE, 'height');
    expect(marks.size).toBe(1);
    marks.clear();
    expect(legibleMarks(out!)).toEqual([]);
  });

  it('takes the marks off a part reported removed, open shadow roots in it included', () => {
    const { part, inside, host } = page(
      '<section id="part"><p id="inside">Text</p><div id="host"></div></section>',
    );
    const shadow = host!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>In a shadow root</p>';
    const marks = new MarkedElements();
    marks.watchingRemovals();
    marks.set(inside!, SIZE_ATTRIBUTE, '16');
    marks.set(shadow.firstElementChild!, SIZE_ATTRIBUTE, '20');
    part!.remove();
    marks.removed([part!, document.createTextNode('text nodes are skipped')]);
    marks.clear();
    expect(legibleMarks(part!)).toEqual([]);
    expect(legibleMarks(shadow.firstElementChild!)).toEqual([]);
  });

  it('leaves a part put back in the document to the sweep of the document', () => {
    const { part } = page('<section id="part"><p>Text</p></section>');
    const marks = new MarkedElements();
    marks.watchingRemovals();
    marks.set(part!, SIZE_ATTRIBUTE, '16');
    part!.remove();
    marks.removed([part!]);
    document.body.append(part!);
    marks.clear();
    expect(legibleMarks(part!)).toEqual([SIZE_ATTRIBUTE]);
  });

  it("removes only Legible's marks: the page's own attributes stay", () => {
    const { p } = page('<p id="p" data-page="mine" class="lead">Text</p>');
    const marks = new MarkedElements();
    marks.set(p!, SIZE_ATTRIBUTE, '16');
    p!.remove();
    marks.clear();
    expect(p!.getAttributeNames().sort()).toEqual(['class', 'data-page', 'id']);
  });

  it("follows the scanner's marks: a measured part taken out loses them", () => {
    const { part } = page('<section id="part"><h2>Heading</h2><p>Text</p></section>');
    const marks = new MarkedElements();
    const scanner = new TextScanner(marks);
    scanner.mark(
      scanner.measure([part!, ...part!.querySelectorAll('*')], window, new Set(['sizes'])),
    );
    part!.remove();
    expect(legibleMarks(part!)).toContain(SIZE_ATTRIBUTE);
    marks.clear();
    expect(legibleMarks(part!)).toEqual([]);
  });
});
