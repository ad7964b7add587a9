/**
 * The theme's colours as the canvas needs them: cytoscape paints on a canvas and cannot read CSS
 * variables, so they are read at render time and again whenever the theme changes (the app's
 * toggle sets data-theme; "system" follows the operating system's preference).
 */
import { useEffect, useState } from 'react';
import type { ThemeColours } from './map-style';

function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return 1;
  const value = parseInt(match[1]!, 16);
  return (0.299 * ((value >> 16) & 255) + 0.587 * ((value >> 8) & 255) + 0.114 * (value & 255)) / 255;
}

export function readThemeColours(): ThemeColours {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const bg = read('--bg', '#ffffff');
  return {
    bg,
    bgSoft: read('--bg-soft', '#f4f5f7'),
    bgRaised: read('--bg-raised', '#ffffff'),
    fg: read('--fg', '#1b1e24'),
    fgMuted: read('--fg-muted', '#5b6270'),
    border: read('--border', '#d7dbe2'),
    accent: read('--accent', '#1f5fd1'),
    ok: read('--ok', '#137437'),
    warn: read('--warn', '#945400'),
    bad: read('--bad', '#c0262d'),
    unknown: read('--unknown', '#636a78'),
    focus: read('--focus', '#b35900'),
    dark: luminance(bg) < 0.5,
  };
}

export function useThemeColours(): ThemeColours {
  const [colours, setColours] = useState(readThemeColours);
  useEffect(() => {
    const refresh = () =>
      setColours((previous) => {
        const next = readThemeColours();
        return JSON.stringify(next) === JSON.stringify(previous) ? previous : next;
      });
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', refresh);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', refresh);
    };
  }, []);
  return colours;
}
