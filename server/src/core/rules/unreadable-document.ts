import type { Rule, Report } from './types';

/** Counts code points that suggest binary content: NUL and other C0 controls, and U+FFFD. */
function binaryRatio(text: string): number {
  const n = Math.min(text.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 1;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** A document that is too large or binary is not linted, and says so instead of hanging. */
export const rule: Rule = {
  meta: {
    id: 'unreadable-document',
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'The document is small enough to lint and is text, not binary data.',
    descriptionKo: '문서는 검사할 수 있는 크기의 텍스트여야 합니다.',
    messages: {
      tooLarge: {
        en: 'Not linted: the document has {size} characters, more than the limit of {limit} (setting "maxFileSize").',
        ko: '검사하지 않음: 문서가 {size}자로, 한도 {limit}자("maxFileSize")를 넘습니다.',
      },
      binary: { en: 'Not linted: the document looks like binary data, not Markdown text.', ko: '검사하지 않음: 문서가 Markdown 텍스트가 아닌 바이너리 데이터로 보입니다.' },
      tooComplex: {
        en: 'Not linted: the document is nested too deeply (or is otherwise too complex) to parse.',
        ko: '검사하지 않음: 문서가 너무 깊게 중첩되어(또는 너무 복잡해) 읽을 수 없습니다.',
      },
    },
  },
  check() {
    // Everything this rule finds, it finds before parsing (see precheck).
  },
  precheck(text, config): Report[] {
    const firstLineEnd = Math.min(text.length, Math.max(0, text.search(/\r|\n|$/)));
    const range = { start: 0, end: Math.min(firstLineEnd, 200) };
    if (text.length > config.maxFileSize) return [{ messageId: 'tooLarge', data: { size: text.length, limit: config.maxFileSize }, range }];
    if (binaryRatio(text) > 0.1) return [{ messageId: 'binary', range: { start: 0, end: 0 } }];
    return [];
  },
};
