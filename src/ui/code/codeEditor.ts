/**
 * The CodeMirror editor behind the code fields. Imported only dynamically,
 * so the editor's weight loads the first time a code field is shown and the
 * first page load stays small.
 */
import { javascript } from '@codemirror/lang-javascript';
import { syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { darkHighlight } from './darkHighlight';

/** In the dark theme the editor says so, which switches on the dark syntax colours (darkHighlight.ts). */
const prefersDark = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

export interface CodeEditorOptions {
  parent: HTMLElement;
  value: string;
  label: string;
  describedBy: string;
  onChange: (value: string) => void;
}

export interface CodeEditorHandle {
  setValue: (value: string) => void;
  /** Marks a problem at a 1-based line, or clears the marks with null. */
  showProblem: (problem: { line: number; message: string } | null) => void;
  destroy: () => void;
}

export function createCodeEditor(options: CodeEditorOptions): CodeEditorHandle {
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.value,
      extensions: [
        basicSetup,
        javascript(),
        // Only in the dark theme: a non-fallback style would replace basicSetup's light colours.
        prefersDark() ? [syntaxHighlighting(darkHighlight), EditorView.theme({}, { dark: true })] : [],
        EditorView.lineWrapping,
        // tabindex 0 says outright that the editable text is focusable, so a scrolling editor is reachable by keyboard (axe's scrollable-region-focusable).
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-describedby': options.describedBy, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setValue: (value) => {
      if (value === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    },
    showProblem: (problem) => {
      const { doc } = view.state;
      if (!problem || problem.line < 1 || problem.line > doc.lines) {
        view.dispatch(setDiagnostics(view.state, []));
        return;
      }
      const line = doc.line(problem.line);
      view.dispatch(setDiagnostics(view.state, [{ from: line.from, to: line.to, severity: 'error', message: problem.message }]));
    },
    destroy: () => view.destroy(),
  };
}
