// Types of scripts/make-icons.mjs for the tests that import it.
export function traySvg(svg: string, state: 'normal' | 'attention' | 'offline', style: 'light' | 'template'): string;
export function render(svg: string, size: number): Buffer;
