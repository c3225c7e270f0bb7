/** Names well-known binary formats from their magic bytes, for specific error messages. */
export function sniffBinaryKind(bytes: Uint8Array): string | undefined {
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
	if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
	if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
	if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
	if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'doc'; // OLE2: Word 97–2003 .doc (also old .xls/.ppt)
	if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
	if (isZip(bytes)) return 'zip';
	return undefined;
}

export function isZip(bytes: Uint8Array): boolean {
	return (
		bytes[0] === 0x50 &&
		bytes[1] === 0x4b &&
		((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
	);
}
