/**
 * The restyling engine: applies the effective settings to one document (each frame runs
 * its own) and its open shadow roots, and removes every trace when readable mode goes
 * off. What runs when:
 * - apply(settings) on: the CSS goes in at once (colours, fonts, spacing need no
 *   measuring); the DOM watcher then hands over every element, once per frame, to be
 *   measured and marked (font size, icons, justified text), and the layout guard runs.
 * - apply(settings) with a changed value: only the CSS text is rewritten.
 * - apply(settings) off, or stop(): sheets, marks, alt texts and observers all go.
 * This is a deliberate engine of several cooperating parts; each lives in its own file.
 */
import { AltText } from '@/engine/alt-text';
import { relaxClippedBoxes, unmarkLayout, wrapOverflowingRows } from '@/engine/layout-guard';
import { pageCss, shadowCss } from '@/engine/page-css';
import { DomWatcher } from '@/engine/dom-watcher';
import { StyleHost, type StyleRoot } from '@/engine/style-host';
import { TextScanner } from '@/engine/text-scan';
import type { FeatureContext } from '@/features/feature';
import type { Settings } from '@/settings/schema';

export class ReadableEngine {
  private settings: Settings | null = null;
  private readonly hosts = new Map<StyleRoot, StyleHost>();
  private readonly scanner = new TextScanner();
  private readonly altText = new AltText();
  private watcher: DomWatcher | null = null;
  private documentCss = '';

  constructor(
    private readonly doc: Document,
    private readonly context: FeatureContext,
  ) {}

  apply(settings: Settings): void {
    if (!settings.enabled) {
      this.stop();
      return;
    }
    const previous = this.settings;
    this.settings = settings;
    this.render();
    if (previous?.images === 'hide' && settings.images !== 'hide') this.altText.clear();
    if (!this.watcher) this.start();
    else if (settings.images === 'hide' && previous?.images !== 'hide') {
      for (const root of this.hosts.keys()) this.altText.add([...root.querySelectorAll('img')]);
    }
  }

  stop(): void {
    this.watcher?.disconnect();
    this.watcher = null;
    this.settings = null;
    this.altText.clear();
    for (const [root, host] of this.hosts) {
      host.remove();
      this.scanner.unmark(root);
      unmarkLayout(root);
    }
    this.hosts.clear();
    this.scanner.reset();
  }

  private start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    this.watcher = new DomWatcher(
      view,
      (elements) => this.handleBatch(elements, view),
      () => this.reattach(),
    );
    this.hosts.set(this.doc, this.hosts.get(this.doc) ?? new StyleHost(this.doc));
    this.render();
    this.watcher.observe(this.doc);
  }

  private render(): void {
    if (!this.settings) return;
    this.documentCss = pageCss(this.settings, this.context, this.scanner);
    if (!this.hosts.has(this.doc)) return;
    for (const [root, host] of this.hosts) {
      host.set(root === this.doc ? this.documentCss : shadowCss(this.documentCss));
    }
  }

  private handleBatch(elements: Element[], view: Window): void {
    if (!this.settings) return;
    this.adoptShadowRoots(elements);
    for (const host of this.hosts.values()) host.attach();

    // Measure the page's own styles with Legible's sheets off; all inside one animation
    // frame callback, so no frame is painted in between.
    for (const host of this.hosts.values()) host.setDisabled(true);
    const measurement = this.scanner.measure(elements, view);
    const ownWidth = this.doc.documentElement.scrollWidth;
    for (const host of this.hosts.values()) host.setDisabled(false);

    if (this.scanner.mark(measurement)) this.render();
    if (this.settings.images === 'hide') this.altText.add(elements);
    relaxClippedBoxes(measurement.clipCandidates);
    wrapOverflowingRows(elements, view, ownWidth);
  }

  /** Gives each newly found open shadow root its own copy of the sheet and a watcher. */
  private adoptShadowRoots(elements: Element[]): void {
    for (const element of elements) {
      const shadow = element.shadowRoot;
      if (!shadow || this.hosts.has(shadow)) continue;
      const host = new StyleHost(shadow);
      this.hosts.set(shadow, host);
      host.set(shadowCss(this.documentCss));
      this.watcher?.observe(shadow);
    }
  }

  /** A page script removed a sheet (or replaced <html>): put it straight back. */
  private reattach(): void {
    for (const host of this.hosts.values()) host.attach();
  }
}
