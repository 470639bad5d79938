/**
 * Cleaning rules applied to every seed line before it is parsed. They are the
 * documented contract of what "the text of a line" means (README: 입력 정리 규칙):
 * the page shows exactly this cleaned text, nothing more or less.
 */

// ANSI/VT escape sequences (colour codes from terminals and scrapers).
const ANSI_ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0/C1 controls and DEL. Tab is treated as white space below.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Invisible format characters that only confuse search and line breaking.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Any run of white space, including NBSP, ideographic space and tabs.
const WHITESPACE = /[\s\u00a0\u3000]+/g;

export type CleaningNote = 'control-characters' | 'ansi-escapes' | 'invalid-utf8' | 'invisible-characters';

export interface CleanedLine {
  text: string;
  notes: CleaningNote[];
}

/** NFC, escapes and controls removed, white space collapsed to single spaces, trimmed. */
export function cleanLine(raw: string): CleanedLine {
  const notes: CleaningNote[] = [];
  let text = raw;
  if (text.includes('\ufffd')) {
    notes.push('invalid-utf8');
    text = text.replaceAll('\ufffd', '');
  }
  if (ANSI_ESCAPE.test(text)) {
    notes.push('ansi-escapes');
    text = text.replace(ANSI_ESCAPE, '');
  }
  // Tabs and other C0 separators become spaces so words don't fuse.
  text = text.replace(/[\t\u000b\u000c\u001c-\u001f]/g, ' ');
  if (CONTROL.test(text)) {
    notes.push('control-characters');
    text = text.replace(CONTROL, '');
  }
  if (INVISIBLE.test(text)) {
    notes.push('invisible-characters');
    text = text.replace(INVISIBLE, '');
  }
  text = text.normalize('NFC').replace(WHITESPACE, ' ').trim();
  return { text, notes };
}
