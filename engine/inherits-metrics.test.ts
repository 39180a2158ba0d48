// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { restyledAncestors, withoutMetricsMarks } from '@/engine/inherits-metrics';
import { LINE_ATTRIBUTE, SIZE_ATTRIBUTE } from '@/utils/page-marks';

/** A host in a paragraph, with a shadow root holding one paragraph. */
function page() {
  document.body.innerHTML = '<p id="outer">Text <span id="host"></span></p>';
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Inside</p>';
  const inside = shadow.querySelector('p')!;
  return { outer: document.getElementById('outer')!, host, inside };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('restyledAncestors', () => {
  it('is empty while nothing is marked, shadow content included', () => {
    const { outer, host, inside } = page();
    expect(restyledAncestors([document.body, outer, host, inside])).toEqual([]);
  });

  it('follows inheritance out of a shadow root, across its host', () => {
    const { outer, inside } = page();
    outer.setAttribute(SIZE_ATTRIBUTE, '16');
    expect(restyledAncestors([inside])).toEqual([outer]);
  });

  it('finds a measured element handed over again with its new children', () => {
    const { outer } = page();
    const added = document.createElement('em');
    const inner = document.createElement('b');
    added.append(inner);
    document.body.append(added);
    outer.setAttribute(SIZE_ATTRIBUTE, '16');
    expect(restyledAncestors([added, inner])).toEqual([]);
    outer.append(added);
    expect(restyledAncestors([added, inner])).toEqual([outer]);
    // The parser's open paragraph comes again in the batch with what it gained.
    expect(restyledAncestors([outer, added, inner])).toEqual([outer]);
  });

  it('gives every measured ancestor, each once', () => {
    document.body.innerHTML = '<div id="a">a<p id="b">b<em id="c">c</em><i id="d">d</i></p></div>';
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    a!.setAttribute(SIZE_ATTRIBUTE, '16');
    b!.setAttribute(SIZE_ATTRIBUTE, '16');
    expect(restyledAncestors([c!, d!])).toEqual([b, a]);
  });
});

describe('withoutMetricsMarks', () => {
  it('takes the metrics marks off while reading, and puts them back', () => {
    const { outer } = page();
    outer.setAttribute(SIZE_ATTRIBUTE, '16');
    outer.setAttribute(LINE_ATTRIBUTE, '1.5');
    const during = withoutMetricsMarks([outer], () =>
      [SIZE_ATTRIBUTE, LINE_ATTRIBUTE].map((name) => outer.getAttribute(name)),
    );
    expect(during).toEqual([null, null]);
    expect(outer.getAttribute(SIZE_ATTRIBUTE)).toBe('16');
    expect(outer.getAttribute(LINE_ATTRIBUTE)).toBe('1.5');
  });

  it('puts them back when reading throws', () => {
    const { outer } = page();
    outer.setAttribute(SIZE_ATTRIBUTE, '16');
    expect(() =>
      withoutMetricsMarks([outer], () => {
        throw new Error('read failed');
      }),
    ).toThrow('read failed');
    expect(outer.getAttribute(SIZE_ATTRIBUTE)).toBe('16');
  });
});
