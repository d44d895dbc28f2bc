/** The one search across capabilities: index documents in the writing transaction, query them. */
export { indexDocuments, removeDocuments } from './index-documents.ts';
export { search, tooLong } from './query.ts';
export { compactWordIndex } from './full-text.ts';
export { highlight, snippet } from './highlight.ts';
export { queryTerms, foldedText, exactText, MAX_QUERY_LENGTH } from './text.ts';
export * from './types.ts';
export { nameFacetValues, facetValueName } from './facet-names.ts';
