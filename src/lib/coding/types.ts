/** A coding as the server sends it and the coding view holds it. */
export interface CodingRecord {
	id: string;
	versionId: string;
	codeId: string;
	coderId: string;
	coderName: string;
	start: number;
	end: number;
	memo: string;
	unplaced: boolean;
	version: number;
	createdAt: Date;
	updatedAt: Date;
}
