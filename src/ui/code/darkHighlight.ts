/**
 * Syntax colours for the code fields in the dark theme. CodeMirror's default
 * colours are made for a light background (dark blue keywords, dark green
 * strings fall under 3:1 on the dark panel); these stay above 4.5:1 on it,
 * and apply only while the editor's theme is dark.
 */
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

export const darkHighlight = HighlightStyle.define(
  [
    { tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword], color: '#c4b5fd' },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: '#86efac' },
    { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#fdba74' },
    { tag: [tags.comment, tags.lineComment, tags.blockComment], color: '#9aa4b0', fontStyle: 'italic' },
    { tag: [tags.variableName, tags.propertyName, tags.definition(tags.variableName), tags.function(tags.variableName)], color: '#e6e9ed' },
    { tag: [tags.typeName, tags.className], color: '#93c5fd' },
    { tag: tags.invalid, color: '#fca5a5' },
  ],
  { themeType: 'dark' },
);
