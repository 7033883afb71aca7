import { describe, expect, it } from 'vitest';
import { sectionInView } from '../../src/client/section-in-view.ts';

describe('section in view, for the language switcher', () => {
  const landmarks = [
    { id: 'intro', top: -900 },
    { id: 'move-users', top: -40 },
    { id: 'check', top: 500 },
  ];
  it('is the last section whose heading is above a third of the screen', () => {
    expect(sectionInView(landmarks, 300)).toBe('move-users');
    expect(sectionInView(landmarks.map((landmark) => ({ ...landmark, top: landmark.top + 1400 })), 300)).toBeUndefined();
  });
  it('is the address’s own section while it is on screen, as a section near the end never reaches the top', () => {
    expect(sectionInView(landmarks, 300, { id: 'check', top: 500 })).toBe('check');
    expect(sectionInView(landmarks, 300, { id: 'intro', top: -900 })).toBe('move-users');
  });
});
