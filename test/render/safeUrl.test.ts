import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/render/safeUrl.js';

describe('safeUrl: http/https only', () => {
  const rows: [unknown, string | null][] = [
    ['https://aawsat.com/a', 'https://aawsat.com/a'],
    ['http://example.org/x?y=1', 'http://example.org/x?y=1'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['//evil.example/x', null],
    ['/relative', null],
    ['https://user:pw@example.org/', null],
    ['https://example.org/\u202egnp.exe', null],
    ['', null],
    [null, null],
    [42, null],
  ];
  for (const [input, expected] of rows) it(`${JSON.stringify(input)} → ${String(expected)}`, () => expect(safeUrl(input)).toBe(expected));
  it('percent-encodes Arabic paths', () => expect(safeUrl('https://example.org/عربي')).toBe('https://example.org/%D8%B9%D8%B1%D8%A8%D9%8A'));
});
