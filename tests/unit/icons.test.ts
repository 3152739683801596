// The icons in resources/ are what scripts/make-icons.mjs renders from the SVG sources, so an
// edited SVG that was not re-rendered (or a PNG edited by hand) fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, traySvg } from '../../scripts/make-icons.mjs';

const RESOURCES = path.resolve(import.meta.dirname, '..', '..', 'resources');
const tray = readFileSync(path.join(RESOURCES, 'icons', 'tray.svg'), 'utf8');
const STATES = ['normal', 'attention', 'offline'] as const;
const stateful = (svg: string) => [...svg.matchAll(/data-state="(\w+)"/g)].map((m) => m[1]);

describe('the icons', () => {
  it('take each tray state from the one source: its own marked elements, none of the others', () => {
    expect(new Set(stateful(tray))).toEqual(new Set(['attention', 'offline']));
    for (const state of STATES) {
      const svg = traySvg(tray, state, 'light');
      expect(stateful(svg).every((s) => s === state), state).toBe(true);
      expect(stateful(svg).length, state).toBe(stateful(tray).filter((s) => s === state).length);
      expect(svg).toContain('color="#ebeef3"');
    }
    expect(traySvg(tray, 'attention', 'template')).toMatch(/class="badge"[^>]*fill="currentColor"/);
  });

  it('in resources/ are the current renderings of the sources', () => {
    for (const state of STATES) {
      expect(readFileSync(path.join(RESOURCES, 'tray', `${state}@2x.png`)).equals(render(traySvg(tray, state, 'light'), 64)), state).toBe(true);
      expect(readFileSync(path.join(RESOURCES, 'tray', `${state}Template.png`)).equals(render(traySvg(tray, state, 'template'), 16)), state).toBe(true);
    }
    const app = readFileSync(path.join(RESOURCES, 'icons', 'app.svg'), 'utf8');
    expect(readFileSync(path.join(RESOURCES, 'icon.png')).equals(render(app, 512))).toBe(true);
  });
});
