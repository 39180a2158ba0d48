import { describe, expect, it } from 'vitest';
import { countTrace, pageThread, threadSpans, type TraceEvent } from '@/scripts/bench/trace';

const PAGE = 20;
const OTHER = 30;
const BROWSER = 10;

/** The metadata and browser events that say which renderer main thread is the tab's. */
function header(committedTo = PAGE): TraceEvent[] {
  const thread = (pid: number, name: string): TraceEvent => ({
    name: 'thread_name',
    ph: 'M',
    ts: 0,
    pid,
    tid: pid,
    args: { name },
  });
  return [
    thread(PAGE, 'CrRendererMain'),
    thread(OTHER, 'CrRendererMain'),
    { ...thread(PAGE, 'Compositor'), tid: PAGE + 1 },
    {
      name: 'TracingStartedInBrowser',
      ph: 'I',
      ts: 1,
      pid: BROWSER,
      tid: BROWSER,
      args: { data: { frames: [{ frame: 'F', processId: OTHER, isOutermostMainFrame: true }] } },
    },
    {
      name: 'FrameCommittedInBrowser',
      ph: 'I',
      ts: 2,
      pid: BROWSER,
      tid: BROWSER,
      args: { data: { frame: 'F', processId: committedTo } },
    },
  ];
}

/** A complete (X) event on the page's main thread, times in ms. */
function x(name: string, startMs: number, durMs: number, more: Partial<TraceEvent> = {}) {
  return {
    name,
    ph: 'X',
    ts: startMs * 1000,
    dur: durMs * 1000,
    pid: PAGE,
    tid: PAGE,
    ...more,
  } satisfies TraceEvent;
}

const recalc = (startMs: number, elements: number) =>
  x('UpdateLayoutTree', startMs, 1, { args: { elementCount: elements } });

describe('pageThread', () => {
  it("follows the main frame's commit to its new renderer process", () => {
    expect(pageThread(header())).toEqual({ pid: PAGE, tid: PAGE });
  });

  it('stays with the first process when the frame committed nowhere else', () => {
    const events = header().filter((event) => event.name !== 'FrameCommittedInBrowser');
    expect(pageThread(events)).toEqual({ pid: OTHER, tid: OTHER });
  });
});

describe('threadSpans', () => {
  it('pairs B and E events, the end bringing its args', () => {
    const events: TraceEvent[] = [
      { name: 'UpdateLayoutTree', ph: 'B', ts: 5000, pid: PAGE, tid: PAGE },
      {
        name: 'UpdateLayoutTree',
        ph: 'E',
        ts: 7000,
        pid: PAGE,
        tid: PAGE,
        args: { elementCount: 4 },
      },
      { ...x('Layout', 1, 1), pid: OTHER, tid: OTHER },
    ];
    expect(threadSpans(events, { pid: PAGE, tid: PAGE })).toEqual([
      { name: 'UpdateLayoutTree', start: 5000, end: 7000, cpu: 0, args: { elementCount: 4 } },
    ]);
  });
});

describe('countTrace', () => {
  it('counts a recalculation or layout inside a script span as forced, in a frame as not', () => {
    const events = [
      ...header(),
      x('RunTask', 0, 10),
      x('FunctionCall', 1, 5),
      recalc(2, 10), // forced: getComputedStyle in the callback
      x('Layout', 4, 1), // forced: offsetHeight in the callback
      x('RunTask', 20, 10),
      recalc(21, 10), // the frame's own update, after the script
      x('Layout', 23, 1),
      x('RunTask', 40, 10),
      x('RunMicrotasks', 41, 2),
      x('Layout', 42, 0.5), // forced inside an await's continuation
      x('Layout', 43, 1), // starts where the microtasks end: not inside them
    ];
    expect(countTrace(events, 1000)).toMatchObject({
      recalcs: 2,
      forcedRecalcs: 1,
      layouts: 4,
      forcedLayouts: 2,
    });
  });

  it('counts full recalculations from half of the elements, and sums the elements', () => {
    const events = [...header(), recalc(1, 49), recalc(3, 50), recalc(5, 400)];
    expect(countTrace(events, 100)).toMatchObject({
      recalcs: 3,
      fullRecalcs: 2,
      recalcElements: 499,
    });
  });

  it('sums the top-level tasks only, CPU time from tdur, and finds the longest', () => {
    const events = [
      ...header(),
      x('RunTask', 0, 10, { tdur: 6000 }),
      x('RunTask', 2, 3, { tdur: 3000 }), // nested in the first: counted in it already
      x('RunTask', 20, 30, { tdur: 25000 }),
      { ...x('RunTask', 0, 99, { tdur: 99000 }), pid: OTHER, tid: OTHER }, // another tab
    ];
    expect(countTrace(events, 100)).toMatchObject({ cpuMs: 31, taskMs: 40 });
    expect(countTrace(events, 100).longestTask.ms).toBe(30);
  });

  it('splits the longest task into its outermost script, its recalculations and its layouts', () => {
    const events = [
      ...header(),
      x('RunTask', 0, 10),
      x('FunctionCall', 1, 2),
      x('RunTask', 20, 40),
      x('FunctionCall', 21, 10),
      x('TimerFire', 22, 5), // inside the call: its time is the call's already
      recalc(23, 10), // forced: script time, and recalculation time too
      recalc(40, 10),
      x('Layout', 45, 12),
      x('RunTask', 70, 5), // shorter, and last
      x('FunctionCall', 80, 50), // in no task
    ];
    expect(countTrace(events, 100).longestTask).toEqual({
      ms: 40,
      scriptMs: 10,
      styleMs: 2,
      layoutMs: 12,
    });
  });

  it('refuses a trace without the tab’s main thread', () => {
    expect(() => countTrace([x('RunTask', 0, 1)], 1)).toThrow(/no renderer main thread/);
  });
});
