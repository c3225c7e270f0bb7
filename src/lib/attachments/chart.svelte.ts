// The one bridge to chart.js: `<canvas {@attach chart(() => config)}>`. It creates the chart once,
// pushes later changes into it, and destroys it with the element. Chart.js mutates what it is
// given, so it always gets a snapshot, never Svelte's reactive proxies.
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { Chart, type ChartConfiguration } from 'chart.js/auto';

export function chart(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const instance = new Chart(canvas, untrack(() => $state.snapshot(getConfig())) as ChartConfiguration);
		$effect(() => {
			const { data, options } = $state.snapshot(getConfig()) as ChartConfiguration;
			instance.data = data;
			if (options) instance.options = options;
			instance.update();
		});
		return () => instance.destroy();
	};
}

/** The chart drawn on a canvas, as a PNG data URL (for "download as PNG"), on a white background. */
export function canvasToPng(canvas: HTMLCanvasElement): string {
	const copy = document.createElement('canvas');
	copy.width = canvas.width;
	copy.height = canvas.height;
	const ctx = copy.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, copy.width, copy.height);
	ctx.drawImage(canvas, 0, 0);
	return copy.toDataURL('image/png');
}
