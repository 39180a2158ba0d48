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

afterEach(() => {
  document.body.replaceChildren();
});

describe('MarkedElements', () => {
  it('takes the marks off elements the page took out of the document, and off the rest', () => {
    document.body.innerHTML =
      '<main><section id="part"><p id="inside">In a part</p></section><p id="stays">Stays</p></main>';
    const marks = new MarkedElements();
    const part = document.getElementById('part')!;
    marks.set(document.getElementById('inside')!, SIZE_ATTRIBUTE, '16');
    marks.set(part, RELAX_ATTRIBUTE, 'height');
    marks.set(document.getElementById('stays')!, SIZE_ATTRIBUTE, '16');
    part.remove();
    expect(legibleMarks(part)).toEqual([RELAX_ATTRIBUTE, SIZE_ATTRIBUTE]);

    marks.clear();
    expect(legibleMarks(part)).toEqual([]);
    expect(legibleMarks(document.body)).toEqual([]);
    expect(marks.size).toBe(0);
  });

  it("removes only Legible's marks: the page's own attributes stay", () => {
    document.body.innerHTML = '<p id="p" data-page="mine" class="lead">Text</p>';
    const marks = new MarkedElements();
    const p = document.getElementById('p')!;
    marks.set(p, SIZE_ATTRIBUTE, '16');
    marks.clear();
    expect(p.getAttributeNames().sort()).toEqual(['class', 'data-page', 'id']);
  });

  it('holds an element marked twice once', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const marks = new MarkedElements();
    const p = document.getElementById('p')!;
    marks.set(p, SIZE_ATTRIBUTE, '16');
    marks.set(p, RELAX_ATTRIBUTE, 'height');
    expect(marks.size).toBe(1);
  });

  it("holds the scanner's marks: a measured part taken out loses them", () => {
    document.body.innerHTML = '<section id="part"><h2>Heading</h2><p>Text</p></section>';
    const marks = new MarkedElements();
    const scanner = new TextScanner(marks);
    const part = document.getElementById('part')!;
    scanner.mark(scanner.measure([part, ...part.querySelectorAll('*')], window));
    part.remove();
    expect(legibleMarks(part)).toContain(SIZE_ATTRIBUTE);
    marks.clear();
    expect(legibleMarks(part)).toEqual([]);
  });
});
