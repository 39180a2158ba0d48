// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PolicyNotice } from '@/components/PolicyNotice';
import { usePolicyProblems } from '@/components/useSettings';

const { managed } = fakeBrowser.storage;

afterEach(() => {
  render(null, document.body);
  Object.assign(fakeBrowser.storage, { managed });
});

/** The notice as the options page shows it. */
function OptionsNotice() {
  return <PolicyNotice lines={usePolicyProblems()} />;
}

describe("the options page's notice about the administrator's policy", () => {
  it('lists what could not be applied', async () => {
    await fakeBrowser.storage.managed.set({ offSites: 5 });
    render(<OptionsNotice />, document.body);
    await vi.waitFor(() => expect(document.getElementById('policy-problems')).not.toBeNull());
  });

  it('is absent, and nothing fails, where managed storage rejects every call (Firefox for Android)', async () => {
    const asked = vi.fn(() => Promise.reject(new Error('storage.managed is not supported')));
    Object.assign(fakeBrowser.storage, { managed: { ...managed, get: asked } });
    render(<OptionsNotice />, document.body);
    await vi.waitFor(() => expect(asked).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.body.textContent).toBe('');
  });
});
