import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from '../../../server/versions/attachmentDisposition.ts';

function readableName(disposition: string): string {
  return decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!);
}

describe('attachmentDisposition', () => {
  it('caps the readable name at 80 code points without splitting a surrogate pair', () => {
    const name = `${'报'.repeat(79)}😀😀😀`;
    const readable = readableName(attachmentDisposition(name, 'report-x', 'txt'));
    expect(readable).toBe(`${'报'.repeat(79)}😀.txt`);
  });

  it('replaces a lone surrogate instead of failing to encode it', () => {
    const readable = readableName(attachmentDisposition('报告\ud800名称', 'report-x', 'md'));
    expect(readable).toBe('报告 名称.md');
  });
});
