// One toplevel's text in CodeMirror 6: highlighting, undo, search, copy/paste as in any editor.
// Saving is Mod-s; once the unsaved edits are undone, Mod-z and Mod-Shift-z undo and redo the
// toplevel's saves on the server (its ops' undo and redo), as Dark's editor did.
import { defaultKeymap, history, historyKeymap, indentWithTab, redoDepth, undoDepth } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { EditorSelection, EditorState, Prec } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { dark } from "./dark-language";
import { liveValues, setLive, type LiveView } from "./live-values";
import type { TextError } from "./types";

export interface EditorEvents {
  save(text: string): void;
  undoSaved(): void;
  redoSaved(): void;
  /** The text differs from the one last loaded (or not any more). */
  dirty(dirty: boolean): void;
  /** 1-based line and column of the cursor. */
  cursor(line: number, column: number): void;
}

export class CodeEditor {
  private readonly view: EditorView;
  private loaded = "";
  private wasDirty = false;

  constructor(parent: HTMLElement, private readonly events: EditorEvents) {
    this.view = new EditorView({ parent, state: this.state("", 0) });
  }

  /** Shows a text as saved: unsaved edits and their undo history go; the cursor stays where it can. */
  load(text: string) {
    const head = Math.min(this.view.state.selection.main.head, text.length);
    this.loaded = text;
    this.view.setState(this.state(text, head));
    this.notifyDirty();
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  showLive(live: LiveView | null) {
    this.view.dispatch({ effects: setLive.of(live) });
  }

  /** Problems at 1-based line and column; each marks from there to the end of its line. */
  showProblems(problems: { line: number; column: number; message: string; severity: "error" | "warning" }[]) {
    const doc = this.view.state.doc;
    const diagnostics: Diagnostic[] = problems.map((p) => {
      const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines));
      const at = Math.min(line.from + Math.max(p.column, 1) - 1, line.to);
      // a problem at the end of its line (a missing expression) marks the whole line
      const from = at === line.to ? line.from : at;
      return { from, to: line.to, severity: p.severity, message: p.message };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Marks why a text was not saved at its place; the sentence to show with it. */
  showTextError(error: TextError): string {
    this.showProblems([{ ...error, severity: "error" }]);
    return `line ${error.line}, column ${error.column}: ${error.message}`;
  }

  focus() {
    this.view.focus();
  }

  destroy() {
    this.view.destroy();
  }

  private state(doc: string, head: number): EditorState {
    const save = () => (this.events.save(this.text()), true);
    const undoOrUndoSave = (view: EditorView) => undoDepth(view.state) > 0 ? false : (this.events.undoSaved(), true);
    const redoOrRedoSave = (view: EditorView) => redoDepth(view.state) > 0 ? false : (this.events.redoSaved(), true);
    return EditorState.create({
      doc,
      selection: EditorSelection.cursor(head),
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        search({ top: true }),
        highlightSelectionMatches(),
        syntaxHighlighting(defaultHighlightStyle),
        dark,
        lintGutter(),
        liveValues,
        Prec.high(keymap.of([
          { key: "Mod-s", run: save, preventDefault: true },
          { key: "Mod-z", run: undoOrUndoSave },
          { key: "Mod-Shift-z", run: redoOrRedoSave },
          { key: "Mod-y", run: redoOrRedoSave },
        ])),
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) this.notifyDirty();
          if (update.selectionSet || update.docChanged) {
            const head = update.state.selection.main.head;
            const line = update.state.doc.lineAt(head);
            this.events.cursor(line.number, head - line.from + 1);
          }
        }),
      ],
    });
  }

  private notifyDirty() {
    const dirty = this.text() !== this.loaded;
    if (dirty !== this.wasDirty) {
      this.wasDirty = dirty;
      this.events.dirty(dirty);
    }
  }
}
