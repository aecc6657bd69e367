import fc from 'fast-check';
import type { Mark } from '../../../lib/interview';

/**
 * What anyone might type, for the property tests of everything rendered from
 * it (the summary, the message for the candidate): any text, pieces known to
 * break HTML, Markdown and string templates, and links of every scheme.
 */

export const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>x</a>",
  '</li></ul><p style="x">',
  '<!--',
  ']]>',
  '<![CDATA[',
  '&lt;b&gt;',
  '&#60;b&#62;',
  '[x](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  '**bold**',
  '_em_',
  '*em*',
  '`code`',
  '\n# heading',
  '\n> quote',
  '\n- item',
  '\n1. item',
  '\n---',
  '\n===',
  '\n```',
  '\\',
  '|a|b|\n|-|-|',
  '~~del~~',
  '[ref]: https://evil.example',
  '\u2028',
  '\r\n',
  '\n\n',
  // String.replace patterns and the message's own placeholders (lib/growth fills `{name}` and `{interviewer}`).
  '$&',
  "$'",
  '{name}',
  '{interviewer}',
];

/** Any text: printable ASCII (all of Markdown's and HTML's punctuation), any Unicode, and known attack pieces glued together. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })), { maxLength: 6 }).map((parts) => parts.join('')),
);

/** Links (an ATS link, an offering's) that try every way past the scheme check, and some fine ones. */
export const anyLink = fc.oneof(
  anyText,
  fc.webUrl(),
  anyText.map((s) => `https://ats.example/${s}`),
  anyText.map((s) => `mailto:${s}`),
  fc
    .tuple(
      fc.constantFrom(
        'javascript:',
        ' JavaScript:',
        'java\nscript:',
        'data:text/html,',
        'vbscript:',
        'file:///',
        '//evil.example/',
      ),
      anyText,
    )
    .map(([scheme, s]) => scheme + s),
);

export const anyMark = fc.constantFrom<Mark | ''>('quote', 'followup', '');
