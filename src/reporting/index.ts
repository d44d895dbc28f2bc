/** The reporting capability's web surface, mounted by server/app.tsx. */
export { reportPages, reportUploads } from './report-page.tsx';
export { reportsApi } from './api.ts';
