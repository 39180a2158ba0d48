// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { inheritsMetrics } from '@/engine/inherits-metrics';
import { SIZE_ATTRIBUTE } from '@/utils/page-marks';

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

describe('inheritsMetrics', () => {
  it('is false while nothing is marked, shadow content included', () => {
    const { outer, host, inside } = page();
    expect(inheritsMetrics([document.body, outer, host, inside])).toBe(false);
  });

  it('follows inheritance out of a shadow root, across its host', () => {
    const { outer, inside } = page();
    outer.setAttribute(SIZE_ATTRIBUTE, '16');
    expect(inheritsMetrics([inside])).toBe(true);
  });

  it('looks at the top of each new subtree only', () => {
    const { outer } = page();
    const added = document.createElement('em');
    const inner = document.createElement('b');
    added.append(inner);
    document.body.append(added);
    outer.setAttribute(SIZE_ATTRIBUTE, '16');
    expect(inheritsMetrics([added, inner])).toBe(false);
    outer.append(added);
    expect(inheritsMetrics([added, inner])).toBe(true);
  });
});
