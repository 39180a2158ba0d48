/**
 * The restyling engine: applies the effective settings to one document (each frame runs
 * its own) and its open shadow roots through the features it is given (features/
 * index.ts: their CSS and their page parts), and removes every trace when readable
 * mode goes off. What runs when:
 * - apply(settings) on: a bundled font chosen is loaded first (font-host.ts: its faces
 *   are in before any rule names its family); then the DOM watcher hands over every
 *   element in the next animation frame; the sheets go in, then the elements are
 *   measured and marked (font size, icons, justified text), all in that one callback,
 *   so the page is styled and laid out with all of Legible's rules before that frame,
 *   not once with colours and again with sizes. Until then the first-paint hold keeps
 *   the page invisible. New content is handed over the same way, once per frame; the
 *   layout guard follows, at most every LAYOUT_CHECK_MS (layout-checks.ts). Page parts
 *   hear every batch after it is measured.
 * - apply(settings) with a changed value: only the CSS text is rewritten (once a newly
 *   chosen bundled font is in), and the page parts are told.
 * - apply(settings) off, or stop(): sheets, font faces, marks (on elements the page took
 *   out too), page parts and observers all go.
 * This is a deliberate engine of several cooperating parts; each lives in its own file.
 */
import { LayoutChecks } from '@/engine/layout-checks';
import { overflowOf, unmarkLayout, type OwnLayout } from '@/engine/layout-guard';
import { pageCss, shadowCss, type PageCss } from '@/engine/page-css';
import { DomWatcher } from '@/engine/dom-watcher';
import { FontHost, type FetchAsset } from '@/engine/font-host';
import { restyledAncestors, withoutMetricsMarks } from '@/engine/inherits-metrics';
import { MarkedElements } from '@/engine/marked-elements';
import { StyleHost, type StyleRoot } from '@/engine/style-host';
import { TextScanner } from '@/engine/text-scan';
import type { Feature, Measure, PagePart } from '@/features/feature';
import type { Settings } from '@/settings/schema';
import { GUIDE_TAG, PANEL_TAG } from '@/utils/page-marks';

/** Legible's own shadow hosts. */
const LEGIBLE_HOSTS: ReadonlySet<string> = new Set([PANEL_TAG, GUIDE_TAG]);

export class ReadableEngine {
  /** The settings in effect; `wanted`, those asked for last, once their fonts are in. */
  private settings: Settings | null = null;
  private wanted: Settings | null = null;
  private readonly hosts = new Map<StyleRoot, StyleHost>();
  private readonly marks = new MarkedElements();
  private readonly scanner = new TextScanner(this.marks);
  private readonly parts: readonly PagePart[];
  private readonly fonts: FontHost;
  private watcher: DomWatcher | null = null;
  /** False until the first batch has been measured and the sheets have gone in. */
  private rendered = false;
  /** What the settings in effect need measured (Measure); grown, the page is measured again. */
  private needs: ReadonlySet<Measure> = new Set();
  private documentCss: PageCss = { presentation: '', metrics: '' };
  private layoutChecks: LayoutChecks | null = null;

  /** `fetchAsset` reads the files of the fonts the features ship. */
  constructor(
    private readonly doc: Document,
    fetchAsset: FetchAsset,
    private readonly features: readonly Feature[],
  ) {
    const page = { doc, roots: () => this.hosts.keys() };
    this.parts = features.flatMap((feature) => feature.page?.(page) ?? []);
    this.fonts = new FontHost(doc, fetchAsset);
  }

  /**
   * Applies `settings`. The promise settles once they are in effect: the first batch is
   * asked for (or the CSS rewritten), a newly chosen bundled font loaded before that.
   */
  apply(settings: Settings): Promise<void> {
    if (!settings.enabled) {
      this.stop();
      return Promise.resolve();
    }
    this.wanted = settings;
    const fonts = this.fonts.use(this.features.flatMap((f) => f.fontFaces?.(settings) ?? []));
    if (!fonts) {
      this.applyLoaded(settings);
      return Promise.resolve();
    }
    return fonts.then(() => {
      // Settings that came meanwhile (or readable mode off) have their own apply.
      if (this.wanted === settings) this.applyLoaded(settings);
    });
  }

  /** Puts `settings`, whose fonts are in, into effect. */
  private applyLoaded(settings: Settings): void {
    this.settings = settings;
    const needs = this.needsOf(settings);
    const grew = [...needs].some((need) => !this.needs.has(need));
    this.needs = needs;
    if (!needs.has('clipping')) this.layoutChecks?.stop();
    // The first batch renders the CSS.
    if (!this.watcher) this.start();
    else if (this.rendered && grew) this.measureAgain();
    else if (this.rendered) this.render();
    for (const part of this.parts) part.apply(settings);
  }

  /** What the features these settings turn on need measured; the panel, its pinned elements. */
  private needsOf(settings: Settings): ReadonlySet<Measure> {
    const needs = new Set(this.features.flatMap((feature) => feature.measures?.(settings) ?? []));
    if (settings.panel) needs.add('pinned');
    return needs;
  }

  /**
   * A setting that needs more measured than the page was measured for (a size chosen
   * where only colours were): every element is measured again, with Legible's metrics off
   * for that instant, then the CSS is rewritten for what was found.
   */
  private measureAgain(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const elements = [...this.hosts.keys()].flatMap((root) => [...root.querySelectorAll('*')]);
    this.scanner.forgetWithoutText();
    const measurement = this.withoutMetrics(() =>
      this.scanner.measure(elements, view, this.needs, true),
    );
    this.scanner.mark(measurement);
    this.render();
    this.scanner.markPinned(measurement, view);
    this.queueLayoutCheck(measurement.clipCandidates, elements, view);
  }

  stop(): void {
    this.watcher?.disconnect();
    this.watcher = null;
    this.settings = null;
    this.wanted = null;
    this.rendered = false;
    this.needs = new Set();
    for (const part of this.parts) part.stop();
    this.layoutChecks?.stop();
    // The marks on parts the page took out (marked-elements.ts), then those in the page:
    // each root's sweep also finds any an older copy of the script left.
    this.marks.clear();
    for (const [root, host] of this.hosts) {
      host.remove();
      this.scanner.unmark(root);
      unmarkLayout(root);
    }
    this.hosts.clear();
    this.fonts.clear();
    this.scanner.reset();
  }

  private start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    this.watcher = new DomWatcher(view, {
      onBatch: (elements) => this.handleBatch(elements, view),
      onRemoved: (removed) => {
        this.marks.removed(removed);
        this.reattach();
      },
      watchingRemovals: () => this.marks.watchingRemovals(),
      foundWithoutText: (element) => this.scanner.foundWithoutText(element),
    });
    this.hosts.set(this.doc, new StyleHost(this.doc));
    this.watcher.observe(this.doc);
  }

  private render(): void {
    if (!this.settings) return;
    this.rendered = true;
    this.documentCss = pageCss(this.settings, this.scanner, this.features);
    const inShadow = shadowCss(this.documentCss);
    for (const [root, host] of this.hosts)
      host.set(root === this.doc ? this.documentCss : inShadow);
  }

  private handleBatch(elements: Element[], view: Window): void {
    if (!this.settings) return;
    // What a new shadow root holds is measured with the batch that found it, so its text
    // never shows a frame in the scheme's colours at the page's own size.
    const inShadows = this.adoptShadowRoots(elements);
    if (inShadows.length > 0) elements = [...elements, ...inShadows];
    for (const host of this.hosts.values()) host.attach();

    // The first batch puts the sheets in before measuring: the presentation rules do not
    // touch what is measured, and the metrics rules match marked elements only, so the
    // style recalculation that measuring forces is the page's one full recalculation,
    // with Legible's rules already in it.
    if (!this.rendered) this.render();
    // Measure the page's own styles. New elements that inherit from a measured (and so
    // restyled) ancestor are measured with that ancestor's metrics marks off for an
    // instant (inherits-metrics.ts), all inside one animation frame callback, so no
    // frame is painted in between.
    // Before the first marks nothing can inherit Legible's metrics: no need to look.
    const restyled = this.scanner.sizes.size > 0 ? restyledAncestors(elements) : [];
    let measurement;
    if (restyled.length === 0) {
      measurement = this.scanner.measure(elements, view, this.needs);
    } else {
      // Measured already, they are not measured again while their marks are off.
      const skipped = new Set(restyled);
      const unmeasured = elements.filter((element) => !skipped.has(element));
      measurement = withoutMetricsMarks(restyled, () =>
        this.scanner.measure(unmeasured, view, this.needs),
      );
    }
    if (this.scanner.mark(measurement)) this.render();
    this.scanner.markPinned(measurement, view);
    for (const part of this.parts) part.added?.(elements);
    this.queueLayoutCheck(measurement.clipCandidates, elements, view);
  }

  private queueLayoutCheck(
    candidates: readonly Element[],
    elements: readonly Element[],
    view: Window,
  ): void {
    // Nothing chosen makes text take more room: nothing can clip or widen the page.
    if (!this.needs.has('clipping')) return;
    this.layoutChecks ??= new LayoutChecks(
      view,
      this.marks,
      (boxes) => this.ownLayout(boxes),
      () => this.settings !== null,
      () => this.hosts.keys(),
    );
    this.layoutChecks.queue(candidates, elements);
  }

  private withoutMetrics<T>(read: () => T): T {
    for (const host of this.hosts.values()) host.setMetricsDisabled(true);
    try {
      return read();
    } finally {
      for (const host of this.hosts.values()) host.setMetricsDisabled(false);
    }
  }

  private ownLayout(boxes: readonly Element[]): OwnLayout {
    return this.withoutMetrics(() => ({
      overflow: new Map(boxes.map((box) => [box, overflowOf(box)])),
      pageWidth: this.doc.documentElement.scrollWidth,
    }));
  }

  /**
   * Gives each newly found open shadow root its own copy of the sheet and a watcher.
   * Returns the elements inside them (shadow roots within shadow roots included).
   */
  private adoptShadowRoots(elements: readonly Element[]): Element[] {
    const inside: Element[] = [];
    const adopt = (element: Element) => {
      const shadow = element.shadowRoot;
      // Legible's own panel and reading guide keep their own look.
      if (!shadow || this.hosts.has(shadow) || LEGIBLE_HOSTS.has(element.localName)) return;
      const host = new StyleHost(shadow);
      this.hosts.set(shadow, host);
      host.set(shadowCss(this.documentCss));
      this.watcher?.observeAdditions(shadow);
      inside.push(...shadow.querySelectorAll('*'));
    };
    for (const element of elements) adopt(element);
    // `inside` grows while it is walked (an array iterator sees what is pushed meanwhile):
    // nested roots are found the same way.
    for (const element of inside) adopt(element);
    return inside;
  }

  /**
   * Something left the page. A sheet a page script removed (or an <html> it replaced)
   * is put straight back. A web component that left takes Legible's copy of the sheet
   * with it: a single-page app may create and drop thousands, and each kept copy would
   * cost memory and a rewrite on every settings change. If it comes back, the watcher
   * sees it arrive and it gets a fresh copy before the next frame is painted.
   */
  private reattach(): void {
    for (const [root, host] of this.hosts) {
      if (root !== this.doc && !(root as ShadowRoot).host.isConnected) {
        host.remove();
        this.hosts.delete(root);
      } else {
        host.attach();
      }
    }
  }
}
