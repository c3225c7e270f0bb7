// Shared by every chart.
export const charts = {
	'chart.download_png': { da: 'Hent som PNG', en: 'Download PNG' },
	'chart.download_csv': { da: 'Hent data som CSV', en: 'Download data as CSV' },
	'chart.show_table': { da: 'Vis som tabel', en: 'Show as table' },
	'chart.hide_table': { da: 'Skjul tabellen', en: 'Hide the table' }
} as const;
