import { describe, expect, it } from 'vitest';
import { splitCommentText } from '../../../shared/comments/splitCommentText.ts';

describe('splitCommentText', () => {
  it('turns web addresses into links and mentioned members into mentions', () => {
    const mentions = [
      { userId: 'u1', name: '张三' },
      { userId: 'u2', name: '张三丰' },
    ];
    expect(
      splitCommentText('请@张三丰 看 https://intra.gov.cn/a?b=1，谢谢@张三', mentions),
    ).toEqual([
      { kind: 'text', text: '请' },
      { kind: 'mention', text: '@张三丰', userId: 'u2' },
      { kind: 'text', text: ' 看 ' },
      { kind: 'link', text: 'https://intra.gov.cn/a?b=1', href: 'https://intra.gov.cn/a?b=1' },
      { kind: 'text', text: '，谢谢' },
      { kind: 'mention', text: '@张三', userId: 'u1' },
    ]);
  });

  it('never makes links of other schemes and leaves markup as text', () => {
    const text = 'javascript:alert(1) <a href="x">y</a> data:text/html,<b>';
    expect(splitCommentText(text, [])).toEqual([{ kind: 'text', text }]);
  });

  it('leaves an @ that names no mentioned member as text', () => {
    expect(splitCommentText('@李四 你好', [{ userId: 'u1', name: '张三' }])).toEqual([
      { kind: 'text', text: '@李四 你好' },
    ]);
  });
});
