import { describe, expect, it } from 'vitest';
import { NOTIFICATION_LIMITS, plainNotification } from './app-notification';

describe('plainNotification', () => {
  it('takes out markup, entities and control characters, on one line', () => {
    const shown = plainNotification({
      title: '<b>web-01</b> is up',
      body: 'Bad <a href="https://evil.example">name</a> &amp; <img src=x onerror=1>\n\u001b[31mred\u0007',
      target: { view: 'servers', id: 1 },
    });
    expect(shown).toEqual({ title: 'web-01 is up', body: 'Bad name ＆amp; red', target: { view: 'servers', id: 1 } });
  });

  it('leaves no character that could start markup, even unbalanced', () => {
    const { body } = plainNotification({ title: 't', body: 'a < b > c & d <i' });
    expect(body).not.toMatch(/[<>&]/);
  });

  it('shortens long texts with an ellipsis, without splitting a character', () => {
    const { title, body } = plainNotification({ title: '😀'.repeat(200), body: `${'x'.repeat(1000)} end` });
    expect(Array.from(title)).toHaveLength(NOTIFICATION_LIMITS.title);
    expect(title.endsWith('😀…')).toBe(true);
    expect(body.length).toBe(NOTIFICATION_LIMITS.body);
    expect(body.endsWith('…')).toBe(true);
  });
});
