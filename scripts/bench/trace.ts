/**
 * What a Chromium trace of one load says about the page's renderer main thread, as
 * counts that noise cannot move (issue 15) beside the thread's CPU time:
 * - CPU time: the sum of the thread CPU time (`tdur`) of its top-level tasks (RunTask
 *   events not inside another RunTask), and their wall time (`dur`) beside it.
 * - Style recalculations: UpdateLayoutTree events; "full" when the recalculation
 *   touched at least FULL_SHARE of the elements the document has at the end of the load.
 * - Elements recalculated: the sum of the recalculations' elementCount.
 * - Forced recalculations and layouts: UpdateLayoutTree and Layout events that happen
 *   inside a script span (SCRIPT_SPANS) on the same thread, i.e. synchronously, because
 *   a script asked for a style or a size; the rest run in the frame's own update.
 *
 * The page's thread is found from the trace itself: the main frame of the traced tab
 * (TracingStartedInBrowser), the renderer process its last commit went to
 * (FrameCommittedInBrowser), and that process's CrRendererMain thread.
 */

/**
 * What puppeteer's page.tracing must record for these counts: top-level tasks and the
 * frame's commits are in the disabled-by-default category, RunMicrotasks (where the
 * continuations of a content script's awaits run) in v8.execute.
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

/** One event of Chrome's trace event format, as far as these counts read it. */
export interface TraceEvent {
  name: string;
  /** Phase: X complete (with dur), B/E begin/end, I instant, M metadata. */
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread CPU time of an X event, in microseconds. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Spans in which script runs: a recalculation or layout inside one was forced by it. */
export const SCRIPT_SPANS: ReadonlySet<string> = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.callFunction',
  'v8.run',
  'v8.evaluateModule',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'V8.RunMicrotasks',
]);

/** Share of the document's elements from which a style recalculation counts as full. */
export const FULL_SHARE = 0.5;

export interface TraceCounts {
  /** Thread CPU time of the top-level tasks, ms. */
  cpuMs: number;
  /** Wall time of the top-level tasks, ms. */
  taskMs: number;
  /** The longest top-level task, wall time, and what it spent its time on. */
  longestTask: TaskParts;
  recalcs: number;
  fullRecalcs: number;
  forcedRecalcs: number;
  layouts: number;
  forcedLayouts: number;
  /** Sum of elementCount over the recalculations. */
  recalcElements: number;
}

/** Milliseconds of one top-level task, and of the script, recalculation and layout in it. */
export interface TaskParts {
  ms: number;
  /** Outermost script spans, forced recalculations and layouts included. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
}

interface Thread {
  pid: number;
  tid: number;
}

interface Span {
  name: string;
  start: number;
  end: number;
  /** Thread time, microseconds, when the trace gave it. */
  cpu: number;
  args: Record<string, unknown>;
}

function frameData(event: TraceEvent): Record<string, unknown> | undefined {
  const data = event.args?.['data'];
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
}

/** The renderer main thread of the traced tab's main frame, or undefined. */
export function pageThread(events: readonly TraceEvent[]): Thread | undefined {
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const frames = (frameData(started ?? ({} as TraceEvent))?.['frames'] ?? []) as {
    frame?: string;
    processId?: number;
    isOutermostMainFrame?: boolean;
  }[];
  const main = frames.find((frame) => frame.isOutermostMainFrame) ?? frames[0];
  if (!main) return undefined;
  let pid = main.processId;
  for (const event of events) {
    const data = event.name === 'FrameCommittedInBrowser' ? frameData(event) : undefined;
    if (data?.['frame'] === main.frame && typeof data?.['processId'] === 'number') {
      pid = data['processId'];
    }
  }
  const thread = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === pid &&
      event.args?.['name'] === 'CrRendererMain',
  );
  return thread ? { pid: thread.pid, tid: thread.tid } : undefined;
}

/** The thread's spans: X events and matched B/E pairs, in order of start, outer first. */
export function threadSpans(events: readonly TraceEvent[], thread: Thread): Span[] {
  const spans: Span[] = [];
  const open = new Map<string, TraceEvent[]>();
  const sorted = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid)
    .sort((a, b) => a.ts - b.ts);
  for (const event of sorted) {
    const args = event.args ?? {};
    if (event.ph === 'X') {
      const end = event.ts + (event.dur ?? 0);
      spans.push({ name: event.name, start: event.ts, end, cpu: event.tdur ?? 0, args });
    } else if (event.ph === 'B') {
      const stack = open.get(event.name) ?? [];
      stack.push(event);
      open.set(event.name, stack);
    } else if (event.ph === 'E') {
      const begin = open.get(event.name)?.pop();
      // An end's args (e.g. UpdateLayoutTree's elementCount) belong to the whole span.
      if (begin) {
        spans.push({
          name: event.name,
          start: begin.ts,
          end: event.ts,
          cpu: 0,
          args: { ...begin.args, ...args },
        });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Counts one load's trace; `documentElements` is the document's element count at the end. */
export function countTrace(events: readonly TraceEvent[], documentElements: number): TraceCounts {
  const counts: TraceCounts = {
    cpuMs: 0,
    taskMs: 0,
    longestTask: { ms: 0, scriptMs: 0, styleMs: 0, layoutMs: 0 },
    recalcs: 0,
    fullRecalcs: 0,
    forcedRecalcs: 0,
    layouts: 0,
    forcedLayouts: 0,
    recalcElements: 0,
  };
  const thread = pageThread(events);
  if (!thread) throw new Error("The trace has no renderer main thread for the tab's main frame");

  // The spans enclosing the current one; how many of them run script; the open task.
  const enclosing: Span[] = [];
  let scripts = 0;
  let taskEnd = -Infinity;
  let task: TaskParts = { ms: 0, scriptMs: 0, styleMs: 0, layoutMs: 0 };
  const endTask = () => {
    if (task.ms > counts.longestTask.ms) counts.longestTask = task;
  };
  for (const span of threadSpans(events, thread)) {
    for (let top = enclosing.at(-1); top && top.end <= span.start; top = enclosing.at(-1)) {
      enclosing.pop();
      if (SCRIPT_SPANS.has(top.name)) scripts--;
    }
    const inScript = scripts > 0;
    const ms = (span.end - span.start) / 1000;
    const inTask = span.start < taskEnd;
    if (span.name === 'RunTask' && !inTask) {
      counts.taskMs += ms;
      counts.cpuMs += span.cpu / 1000;
      endTask();
      task = { ms, scriptMs: 0, styleMs: 0, layoutMs: 0 };
      taskEnd = span.end;
    } else if (SCRIPT_SPANS.has(span.name) && !inScript && inTask) {
      task.scriptMs += ms;
    }
    if (inTask && span.name === 'UpdateLayoutTree') task.styleMs += ms;
    if (inTask && span.name === 'Layout') task.layoutMs += ms;
    if (span.name === 'UpdateLayoutTree') {
      const elements = Number(span.args['elementCount'] ?? 0);
      counts.recalcs++;
      counts.recalcElements += elements;
      if (documentElements > 0 && elements >= FULL_SHARE * documentElements) counts.fullRecalcs++;
      if (inScript) counts.forcedRecalcs++;
    } else if (span.name === 'Layout') {
      counts.layouts++;
      if (inScript) counts.forcedLayouts++;
    }
    enclosing.push(span);
    if (SCRIPT_SPANS.has(span.name)) scripts++;
  }
  endTask();
  return counts;
}

/** The events of a trace file as puppeteer's page.tracing.stop() gives it. */
export function traceEvents(buffer: Uint8Array): TraceEvent[] {
  const parsed = JSON.parse(new TextDecoder().decode(buffer)) as
    TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
