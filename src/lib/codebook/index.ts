// The codebook: types, the JSON format, the built-in codebook and tree helpers. Pure, browser-safe.
export * from './types';
export { BUILTIN_CODEBOOK, BUILTIN_CODEBOOK_NAME } from './builtin';
export { validateCodebookJson, parseCodebookText, countCodes, type CodebookValidation } from './json';
export { checkCodeFields, normalizeCodeFields, parseKeywordLines, normalizeKeywords, isPole, KEY_PATTERN, COLOR_PATTERN, SHORTCUT_PATTERN } from './fields';
export { buildTree, flattenTree, descendantIds, subtreeIds, levelOf, subtreeHeight, checkMove, type TreeRow, type TreeNode, type MoveCheck } from './tree';
