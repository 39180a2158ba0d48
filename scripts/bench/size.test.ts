import { describe, expect, it } from 'vitest';
import { sizeTarget } from '@/scripts/bench/size';

describe('the size targets (figure 5)', () => {
  it('says met or missed beside the content script and the panel, nothing elsewhere', () => {
    const file = 'content-scripts/content.js';
    expect(sizeTarget({ file, gzipped: 10 * 1024 })).toBe('<= 10 KiB met');
    expect(sizeTarget({ file, gzipped: 10 * 1024 + 1 })).toBe('<= 10 KiB MISSED');
    expect(sizeTarget({ file: 'content-scripts/panel.js', gzipped: 13_000 })).toBe(
      '<= 12 KiB MISSED',
    );
    expect(sizeTarget({ file: 'content-scripts/speech.js', gzipped: 1 })).toBe('');
  });
});
