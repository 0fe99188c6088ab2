// Live values drawn into the editor: a value at the end of each line, and code that did not run
// for the chosen trace faded. Placed by the server's expression positions (line and column of
// each expression id), so the browser needs no Dark parser.
import { StateEffect, StateField, type Range, type Text } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, WidgetType } from "@codemirror/view";
import type { Analysis, ExprAt, Source } from "./types";

/** How long a value may be at a line's end before it is cut (the panel below shows it whole). */
const LINE_VALUE_LENGTH = 60;

export interface LiveView {
  lineValues: { at: ExprAt; text: string }[];
  faded: ExprAt[];
}

/** What a trace's analysis shows on a source: the line values, and what did not run. */
export function liveView(source: Source, analysis: Analysis): LiveView {
  const notExecuted = new Set(analysis.notExecuted);
  return {
    lineValues: source.lineExprs.flatMap((at) => {
      const value = analysis.liveValues[at.id];
      return value ? [{ at, text: oneLine(value.repr, LINE_VALUE_LENGTH) }] : [];
    }),
    faded: source.positions.filter((at) => notExecuted.has(at.id)),
  };
}

/** The expression under the cursor: the last one written at or before it on its line. */
export function exprAt(source: Source, line: number, column: number): ExprAt | null {
  let found: ExprAt | null = null;
  for (const at of source.positions) {
    if (at.line === line && at.column <= column && (!found || at.column >= found.column)) found = at;
  }
  return found;
}

export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}

class LineValue extends WidgetType {
  constructor(readonly text: string) {
    super();
  }
  eq(other: LineValue) {
    return other.text === this.text;
  }
  toDOM() {
    const span = document.createElement("span");
    span.className = "cm-live-value";
    span.textContent = this.text;
    return span;
  }
}

export const setLive = StateEffect.define<LiveView | null>();

function decorations(doc: Text, live: LiveView): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const { at, text } of live.lineValues) {
    if (at.line > doc.lines) continue;
    ranges.push(Decoration.widget({ widget: new LineValue(text), side: 1 }).range(doc.line(at.line).to));
  }
  for (const at of live.faded) {
    if (at.line > doc.lines) continue;
    const line = doc.line(at.line);
    const from = Math.min(line.from + at.column - 1, line.to);
    if (from < line.to) ranges.push(Decoration.mark({ class: "cm-not-executed" }).range(from, line.to));
  }
  return Decoration.set(ranges, true);
}

/** The extension; {@link setLive} replaces what it shows, and edits move it along with the text. */
export const liveValues = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setLive)) next = e.value ? decorations(tr.state.doc, e.value) : Decoration.none;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});
