// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTextElement, ownText, TextScanner } from '@/engine/text-scan';
import { SIZE_ATTRIBUTE } from '@/utils/page-marks';

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

  it('own text leaves out the children’s', () => {
    expect(ownText(element('<p>a <b>b</b> c</p>'))).toBe('a  c');
  });
});

describe('TextScanner', () => {
  it('remembers an element found without text until it is measured with some', () => {
    const scanner = new TextScanner();
    const span = element('<span></span>');
    scanner.mark(scanner.measure([span], window));
    expect(scanner.foundWithoutText(span)).toBe(true);

    span.append('27 November');
    scanner.mark(scanner.measure([span], window));
    expect(span.hasAttribute(SIZE_ATTRIBUTE)).toBe(true);
    expect(scanner.foundWithoutText(span)).toBe(false);
  });
});
