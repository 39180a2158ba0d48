import { describe, expect, it } from 'vitest';
import { excludeMatchesFor } from '@/entrypoints/background/page-scripts';

describe('excludeMatchesFor', () => {
  it('leaves out each site turned off, with and without www., addresses as they are', () => {
    expect(excludeMatchesFor(['news.example', '192.168.0.1'])).toEqual([
      '*://192.168.0.1/*',
      '*://news.example/*',
      '*://www.news.example/*',
    ]);
  });

  it('never makes a pattern the browser would refuse from a key that names no site', () => {
    expect(excludeMatchesFor(['*.example.org', '', 'a b', 'ok.example', 'OK.example'])).toEqual([
      '*://ok.example/*',
      '*://www.ok.example/*',
    ]);
  });
});
