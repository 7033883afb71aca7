import { describe, expect, it } from 'vitest';
import { readingLine, sectionInView } from '../../src/client/section-in-view.ts';

describe('section in view, for the language switcher', () => {
  const landmarks = [
    { id: 'intro', top: -900 },
    { id: 'move-users', top: 72 },
    { id: 'check', top: 172 },
  ];
  const viewport = { height: 720, line: readingLine(720) };

  it('is the last section whose heading is above the reading line, near the top of the screen', () => {
    expect(sectionInView(landmarks, viewport)).toBe('move-users');
    expect(
      sectionInView(
        landmarks.map((landmark) => ({ ...landmark, top: landmark.top + 1400 })),
        viewport,
      ),
    ).toBeUndefined();
  });

  it('does not overshoot to the next heading a little further down (glossary terms are close together)', () => {
    expect(readingLine(720)).toBeLessThan(172);
    expect(readingLine(400)).toBe(100);
  });

  it('is the address’s own section while it is on screen, as a section near the end never reaches the top', () => {
    expect(sectionInView(landmarks, viewport, { id: 'check', top: 500 })).toBe('check');
    expect(sectionInView(landmarks, viewport, { id: 'intro', top: -900 })).toBe('move-users');
  });
});
