import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet, tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import VirtualList from './VirtualList.svelte';

afterEach(() => cleanup());

// jsdom does no layout, so it has no ResizeObserver; the viewport then measures 0 px high.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

interface Item {
  id: number;
  name: string;
}

const items: Item[] = Array.from({ length: 10_000 }, (_, i) => ({ id: i, name: `server-${i}` }));
const row = createRawSnippet((item: () => Item) => ({
  render: () => `<span role="gridcell">${item().name}<button type="button"><svg><path d="M0 0"/></svg></button></span>`,
}));

function renderList(onopen = vi.fn()) {
  render(VirtualList<Item>, { items, key: (item: Item) => item.id, label: 'Servers', columns: '1fr', rowHeight: 40, row, onopen });
  return { viewport: screen.getByRole('grid').querySelector<HTMLElement>('.viewport')!, onopen };
}

describe('VirtualList', () => {
  it('puts only a window of rows in the DOM while the grid counts them all', () => {
    renderList();
    expect(screen.getAllByRole('row').length).toBeLessThan(30);
    expect(screen.getByRole('grid', { name: 'Servers' }).getAttribute('aria-rowcount')).toBe('10000');
    expect(screen.getByText('server-0')).toBeTruthy();
  });

  it('renders the rows under the scroll position', async () => {
    const { viewport } = renderList();
    viewport.scrollTop = 40 * 5_000;
    await fireEvent.scroll(viewport);
    expect(screen.getByText('server-5000')).toBeTruthy();
    expect(screen.queryByText('server-0')).toBeNull();
    expect(screen.getAllByRole('row').length).toBeLessThan(30);
  });

  it('moves the one tabbable row with the arrow keys and opens it with Enter', async () => {
    const { onopen } = renderList();
    const first = screen.getAllByRole('row')[0]!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    await tick();
    const second = screen.getByText('server-1').closest<HTMLElement>('[role="row"]')!;
    expect(document.activeElement).toBe(second);
    expect(second.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    await fireEvent.keyDown(second, { key: 'Enter' });
    expect(onopen).toHaveBeenCalledWith(items[1]);
  });

  it("leaves clicks on a row's controls to them, even on the icon inside", async () => {
    const { onopen } = renderList();
    await fireEvent.click(screen.getByText('server-2').querySelector('path')!);
    expect(onopen).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByText('server-2'));
    expect(onopen).toHaveBeenCalledWith(items[2]);
  });

  it('jumps to the end with End', async () => {
    renderList();
    const first = screen.getAllByRole('row')[0]!;
    first.focus();
    await fireEvent.keyDown(first, { key: 'End' });
    await tick();
    expect(document.activeElement?.textContent).toBe('server-9999');
  });
});
