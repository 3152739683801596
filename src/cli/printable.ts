// Text from the API reaches the terminal only through here: a server named "\u001b[2J" must
// print as those characters, not clear the screen. Control characters (C0, DEL, C1) and the
// invisible bidirectional controls that can make a line read as something it is not are
// written as visible \u escapes; in JSON they are the same escapes, so nothing is lost.

/* eslint-disable no-control-regex -- finding control characters is what this module is for */
// Everything in C0 except the line feed, then DEL, C1 and the bidi marks, embeddings and isolates.
const UNSAFE_IN_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// JSON.stringify escapes C0 itself.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One value on one line: every control character escaped, line breaks included. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Text of several lines: the line feeds kept, every other control character escaped. */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_IN_LINES, escape);
}

/** JSON text that parses to the same value, with no character a terminal acts on. */
export function printableJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escape);
}
